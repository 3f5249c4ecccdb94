using System.Collections.Immutable;
using System.Globalization;
using Iso27k.Csv;

namespace Iso27k.Soa.Formats;

// Streams CSV rows into entries: memory grows with the entries kept (at most maxEntries), never with the file.
internal sealed class SoaCsvReader
{
    private readonly ImmutableArray<SoaDiagnostic>.Builder diagnostics = ImmutableArray.CreateBuilder<SoaDiagnostic>();
    private readonly List<long> lines = [];
    private readonly List<ImmutableArray<int>> columns = [];

    public static SoaDocument Read(TextReader text, Edition? edition, int maxEntries) => new SoaCsvReader().ReadCore(text, edition, maxEntries);

    private SoaDocument ReadCore(TextReader text, Edition? editionArgument, int maxEntries)
    {
        var csv = new CsvReader(text);
        var entries = new List<SoaEntry>();
        var rows = 0;
        try
        {
            if (csv.Read() is not { } header)
            {
                Report(SoaReadRules.BadHeader, null, 1, 1, $"The file is empty; expected the header {string.Join(',', SoaCsvColumns.All)}.");
                return Fail();
            }

            if (!ReadHeader(header, out var standard, out var extra))
            {
                return Fail();
            }

            while (csv.Read() is { } record)
            {
                if (record.Count == 1 && string.IsNullOrWhiteSpace(record[0]))
                {
                    continue;
                }

                // Rows, not entries, count: rows that fail to read would otherwise pile up diagnostics without bound.
                if (rows++ >= maxEntries)
                {
                    Report(SoaReadRules.TooLarge, null, record.LineNumber, 1, string.Create(CultureInfo.InvariantCulture, $"The file has more than {maxEntries} entries, the import limit; reading stopped here. An SoA has one row per Annex A control (93 or 114): check that this is the right file."));
                    return Fail();
                }

                if (record.Count != header.Count)
                {
                    Report(SoaReadRules.Malformed, null, record.LineNumber, record.Columns[^1], string.Create(CultureInfo.InvariantCulture, $"The row has {record.Count} fields but the header has {header.Count}; missing fields are read as empty and extra fields are ignored. Quote fields that contain commas."));
                }

                if (ReadRow(record, standard, extra) is { } entry)
                {
                    entries.Add(entry);
                    lines.Add(record.LineNumber);
                    var fieldColumns = new int[SoaCsvColumns.All.Length + 1];
                    fieldColumns[0] = 1;
                    for (var i = 0; i < standard.Length; i++)
                    {
                        if (standard[i] is { } index && index < record.Count)
                        {
                            fieldColumns[i + 1] = record.Columns[index];
                        }
                    }

                    columns.Add(ImmutableArray.Create(fieldColumns));
                }
            }
        }
        catch (CsvFormatException ex)
        {
            Report(SoaReadRules.Malformed, null, ex.LineNumber, ex.Column, $"The CSV cannot be read: {ex.Message}");
            return Fail();
        }

        var edition = editionArgument ?? SoaLimits.InferEdition(entries.Select(e => e.ControlId));
        var soa = new StatementOfApplicability(edition, entries);
        return new SoaDocument(soa, diagnostics.DrainToImmutable(), SoaSourceMap.ForCsv(lines, columns), SoaFormat.Csv);
    }

    private SoaDocument Fail() => new(null, diagnostics.DrainToImmutable(), SoaSourceMap.ForCsv([], []), SoaFormat.Csv);

    // standard[i] is the column index of SoaCsvColumns.All[i] (or null); extra lists the other columns.
    private bool ReadHeader(CsvRecord header, out int?[] standard, out List<(int Index, string Name)> extra)
    {
        standard = new int?[SoaCsvColumns.All.Length];
        extra = [];
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var known = Array.FindIndex(SoaCsvColumns.All, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known >= 0)
            {
                if (standard[known] is not null)
                {
                    Report(SoaReadRules.BadHeader, null, header.LineNumber, header.Columns[i], $"Column '{name}' appears twice in the header; keep one.");
                    ok = false;
                }

                standard[known] = i;
            }
            else if (name.Length == 0 || extra.Exists(e => string.Equals(e.Name, name, StringComparison.Ordinal)))
            {
                Report(SoaReadRules.BadHeader, null, header.LineNumber, header.Columns[i], "A header cell is empty or repeated; every column needs its own name.");
                ok = false;
            }
            else
            {
                extra.Add((i, name));
                Report(SoaReadRules.UnknownProperty, null, header.LineNumber, header.Columns[i], $"Column '{name}' is not part of the format; its values are kept and written back. Check the spelling if you meant {string.Join(", ", SoaCsvColumns.All)}.");
            }
        }

        foreach (var required in new[] { 0, 1 })
        {
            if (standard[required] is null)
            {
                Report(SoaReadRules.BadHeader, null, header.LineNumber, 1, $"The header has no '{SoaCsvColumns.All[required]}' column; expected {string.Join(',', SoaCsvColumns.All)}.");
                ok = false;
            }
        }

        return ok;
    }

    private SoaEntry? ReadRow(CsvRecord record, int?[] standard, List<(int Index, string Name)> extra)
    {
        string Field(int column, out int position)
        {
            if (standard[column] is { } index && index < record.Count)
            {
                position = record.Columns[index];
                return record[index];
            }

            position = 0;
            return string.Empty;
        }

        var line = record.LineNumber;
        var idText = Field(0, out var idColumn).Trim();
        if (idText.Length == 0)
        {
            Report(SoaReadRules.MissingField, null, line, idColumn, "The row has no control id; it is skipped. Fill control_id, e.g. 5.23.");
            return null;
        }

        if (!ControlId.TryParse(idText.AsSpan(), out var id, out var error))
        {
            Report(SoaReadRules.InvalidControlId, null, line, idColumn, error + " The row is skipped.");
            return null;
        }

        var entry = new SoaEntry(id);
        var applicable = Field(1, out var applicableColumn).Trim().ToLowerInvariant();
        switch (applicable)
        {
            case "yes" or "true" or "y":
                entry = entry.WithApplicability(Applicability.Applicable);
                break;
            case "no" or "false" or "n":
                entry = entry.WithApplicability(Applicability.Excluded);
                break;
            case "" or "undecided":
                break;
            default:
                Report(SoaReadRules.InvalidValue, id, line, applicableColumn, $"'{applicable}' is not a value of 'applicable'; expected yes or no (true/false accepted; empty means undecided). Read as undecided.");
                break;
        }

        entry = entry.WithInclusionReasons(ReadReasons(Field(2, out var reasonsColumn), id, line, reasonsColumn))
            .WithExclusionJustification(Field(3, out _));
        var statusText = Field(4, out var statusColumn).Trim();
        if (statusText.Length > 0)
        {
            if (SoaText.TryParseStatus(statusText, out var status))
            {
                entry = entry.WithImplementationStatus(status);
            }
            else
            {
                Report(SoaReadRules.InvalidValue, id, line, statusColumn, $"'{statusText}' is not an implementation status; expected not-started, planned, partial or implemented. The status is left empty.");
            }
        }

        entry = entry.WithOwner(Field(5, out _)).WithEvidence(SplitList(Field(6, out _)));
        var reviewedText = Field(7, out var reviewedColumn).Trim();
        if (reviewedText.Length > 0)
        {
            if (SoaText.TryParseDate(reviewedText, out var reviewed))
            {
                entry = entry.WithLastReviewed(reviewed);
            }
            else
            {
                Report(SoaReadRules.InvalidValue, id, line, reviewedColumn, $"'{reviewedText}' is not a date; expected YYYY-MM-DD. The date is left empty.");
            }
        }

        entry = entry.WithNotes(Field(8, out _));
        if (extra.Count > 0)
        {
            var unknown = ImmutableArray.CreateBuilder<SoaUnknownProperty>();
            foreach (var (index, name) in extra)
            {
                if (index < record.Count && record[index].Length > 0)
                {
                    unknown.Add(SoaUnknownProperty.FromString(name, record[index]));
                }
            }

            entry = entry.WithUnknownProperties(unknown.DrainToImmutable());
        }

        return entry;
    }

    private List<InclusionReason> ReadReasons(string text, ControlId id, long line, int column)
    {
        var result = new List<InclusionReason>();
        List<string>? risks = null;
        var riskPosition = -1;
        foreach (var token in SplitList(text))
        {
            if (token.StartsWith("risk:", StringComparison.OrdinalIgnoreCase))
            {
                var riskId = token["risk:".Length..].Trim();
                if (riskId.Length == 0)
                {
                    Report(SoaReadRules.InvalidValue, id, line, column, "'risk:' must be followed by a risk id, e.g. risk:R-012. The reason is skipped.");
                    continue;
                }

                if (risks is null)
                {
                    risks = [];
                    riskPosition = result.Count;
                }

                risks.Add(riskId);
            }
            else if (SoaText.TryParseReasonKind(token, out var kind) && kind != InclusionReasonKind.RiskTreatment)
            {
                result.Add(InclusionReason.Of(kind));
            }
            else
            {
                Report(SoaReadRules.InvalidValue, id, line, column, $"'{token}' is not an inclusion reason; expected risk:<risk id>, legal, contractual or business, separated by ';'. The reason is skipped.");
            }
        }

        // All risk tokens form one risk-treatment reason, placed where the first one stood.
        if (risks is not null)
        {
            result.Insert(riskPosition, InclusionReason.RiskTreatment(risks));
        }

        return result;
    }

    private static string[] SplitList(string text) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private void Report(SoaRuleInfo rule, ControlId? id, long line, int column, string message) =>
        diagnostics.Add(new SoaDiagnostic(rule.Code, rule.Severity, id, SoaLocation.AtLine(Math.Max(1, line), Math.Max(0, column)), message, rule.Requirement));
}
