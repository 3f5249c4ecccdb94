using System.Globalization;

namespace Iso27k.Isms;

/// <summary>Writes a <see cref="ReadinessReport"/> as plain text: the per-clause table, findings, the figure, the plan and the transition.</summary>
public static class IsmsReadinessText
{
    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The report.</param>
    public static void Write(TextWriter writer, ReadinessReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(string.Create(c, $"ISMS readiness: {report.Organization ?? "(unnamed organization)"}, ISO/IEC 27001:2022, assessed {IsmsText.Format(report.AssessedOn)}"));
        if (!report.ReadDiagnostics.IsEmpty)
        {
            writer.WriteLine();
            writer.WriteLine("Reading the record:");
            foreach (var d in report.ReadDiagnostics)
            {
                writer.WriteLine("  " + d);
            }
        }

        writer.WriteLine();
        var width = report.Clauses.Max(x => x.Clause.Id.Length + (2 * x.Clause.Depth) + 1 + x.Clause.Title.Length);
        width = Math.Min(width, 72);
        writer.WriteLine($"{Pad("Clause", width)}  {"Status",-8}  Items");
        foreach (var clause in report.Clauses)
        {
            var label = new string(' ', 2 * clause.Clause.Depth) + clause.Clause.Id + " " + clause.Clause.Title;
            var own = clause.Items.Where(i => i.ClauseId == clause.Clause.Id).ToList();
            var items = own.Count == 0 ? string.Empty : string.Create(c, $"{own.Count(i => i.State == ReadinessItemState.Satisfied)}/{own.Count}");
            writer.WriteLine($"{Pad(label, width)}  {IsmsText.Format(clause.Status),-8}  {items}".TrimEnd());
            foreach (var item in own.Where(i => i.State != ReadinessItemState.Satisfied))
            {
                writer.WriteLine($"{new string(' ', (2 * clause.Clause.Depth) + 4)}{IsmsText.Format(item.State)}{(item.Required ? string.Empty : " (recommended)")}: {item.Description}");
            }
        }

        writer.WriteLine();
        writer.WriteLine("Findings:");
        if (report.Diagnostics.IsEmpty)
        {
            writer.WriteLine("  none");
        }

        foreach (var d in report.Diagnostics)
        {
            writer.WriteLine("  " + d);
        }

        writer.WriteLine();
        writer.WriteLine(string.Create(c, $"Readiness: {IsmsText.Format(report.Status)}, {report.Score.Formula}"));
        writer.WriteLine("  (share of required documented information present and passing its checks; see docs/isms.md)");
        writer.WriteLine();
        writer.WriteLine("Certification path:");
        foreach (var step in report.Plan)
        {
            writer.WriteLine(string.Create(c, $"  {step.Order}. [{Mark(step.Status)}] {step.Title} ({step.Clauses}): {step.Detail}"));
        }

        writer.WriteLine();
        writer.WriteLine($"Certificate: {IsmsText.Format(report.Transition.Status)}{(report.Transition.Code is { } code ? " " + code : string.Empty)}: {report.Transition.Message}");
    }

    private static string Pad(string text, int width) => text.Length > width ? text[..(width - 1)] + "~" : text.PadRight(width);

    private static string Mark(CertificationStepStatus status) => status switch
    {
        CertificationStepStatus.Done => "x",
        CertificationStepStatus.InProgress => "~",
        _ => " ",
    };
}
