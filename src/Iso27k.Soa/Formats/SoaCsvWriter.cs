using Iso27k.Csv;

namespace Iso27k.Soa.Formats;

internal static class SoaCsvWriter
{
    public static void Write(StatementOfApplicability soa, TextWriter writer)
    {
        // Unknown properties become extra columns, in the order they first appear.
        var extra = new List<string>();
        foreach (var entry in soa.Entries)
        {
            foreach (var property in entry.UnknownProperties)
            {
                if (!extra.Contains(property.Name, StringComparer.Ordinal)
                    && !SoaCsvColumns.All.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                {
                    extra.Add(property.Name);
                }
            }
        }

        CsvWriter.WriteRecord(writer, SoaCsvColumns.All.Concat(extra));
        var fields = new string?[SoaCsvColumns.All.Length + extra.Count];
        foreach (var entry in soa.Entries)
        {
            fields[0] = entry.ControlId.ToString();
            fields[1] = entry.Applicability switch
            {
                Applicability.Applicable => "yes",
                Applicability.Excluded => "no",
                _ => null,
            };
            fields[2] = string.Join(';', entry.InclusionReasons.Select(r => r.ToString()));
            fields[3] = entry.ExclusionJustification;
            fields[4] = entry.ImplementationStatus is { } status ? SoaText.Format(status) : null;
            fields[5] = entry.Owner;
            fields[6] = string.Join(';', entry.Evidence);
            fields[7] = entry.LastReviewed is { } reviewed ? SoaText.Format(reviewed) : null;
            fields[8] = entry.Notes;
            for (var i = 0; i < extra.Count; i++)
            {
                fields[SoaCsvColumns.All.Length + i] = null;
                foreach (var property in entry.UnknownProperties)
                {
                    if (string.Equals(property.Name, extra[i], StringComparison.Ordinal))
                    {
                        fields[SoaCsvColumns.All.Length + i] = property.ToText();
                        break;
                    }
                }
            }

            CsvWriter.WriteRecord(writer, fields);
        }
    }
}
