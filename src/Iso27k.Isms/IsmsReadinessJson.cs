using System.Text.Json;

namespace Iso27k.Isms;

/// <summary>Writes a <see cref="ReadinessReport"/> as JSON (documented in docs/isms.md).</summary>
public static class IsmsReadinessJson
{
    /// <summary>Writes the report as indented UTF-8 JSON.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="report">The report.</param>
    public static void Write(Stream stream, ReadinessReport report)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(report);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        w.WriteStartObject();
        w.WriteString("organization", report.Organization);
        w.WriteString("assessedOn", IsmsText.Format(report.AssessedOn));
        w.WriteString("status", IsmsText.Format(report.Status));
        w.WriteStartObject("score");
        w.WriteNumber("satisfied", report.Score.Satisfied);
        w.WriteNumber("deficient", report.Score.Deficient);
        w.WriteNumber("missing", report.Score.Missing);
        w.WriteNumber("required", report.Score.Total);
        w.WriteNumber("percent", Math.Round(report.Score.Percent, 1));
        w.WriteString("formula", report.Score.Formula);
        w.WriteEndObject();
        w.WriteStartArray("clauses");
        foreach (var clause in report.Clauses)
        {
            w.WriteStartObject();
            w.WriteString("id", clause.Clause.Id);
            w.WriteString("title", clause.Clause.Title);
            w.WriteString("status", IsmsText.Format(clause.Status));
            w.WriteStartArray("reasons");
            foreach (var reason in clause.Reasons)
            {
                w.WriteStringValue(reason);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("items");
        foreach (var item in report.Items)
        {
            w.WriteStartObject();
            w.WriteString("id", item.Id);
            w.WriteString("clause", item.ClauseId);
            w.WriteString("description", item.Description);
            w.WriteBoolean("required", item.Required);
            if (item.Source is { } source)
            {
                w.WriteString("kind", source.Kind == DocumentedInformationKind.Maintain ? "maintain" : "retain");
            }

            w.WriteString("state", IsmsText.Format(item.State));
            w.WriteString("reason", item.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteDiagnostics(w, "diagnostics", report.Diagnostics);
        WriteDiagnostics(w, "readDiagnostics", report.ReadDiagnostics);
        w.WriteStartArray("plan");
        foreach (var step in report.Plan)
        {
            w.WriteStartObject();
            w.WriteNumber("order", step.Order);
            w.WriteString("title", step.Title);
            w.WriteString("clauses", step.Clauses);
            w.WriteString("status", step.Status switch
            {
                CertificationStepStatus.Done => "done",
                CertificationStepStatus.InProgress => "in-progress",
                _ => "not-started",
            });
            w.WriteString("detail", step.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        var t = report.Transition;
        w.WriteStartObject("transition");
        w.WriteString("status", IsmsText.Format(t.Status));
        if (t.Edition is { } edition)
        {
            w.WriteString("edition", edition.ToYearString());
        }

        if (t.ValidUntil is { } until)
        {
            w.WriteString("validUntil", IsmsText.Format(until));
        }

        if (t.DaysRemaining is { } days)
        {
            w.WriteNumber("daysRemaining", days);
        }

        if (t.Code is { } code)
        {
            w.WriteString("code", code);
        }

        w.WriteString("message", t.Message);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter w, string name, IEnumerable<IsmsDiagnostic> diagnostics)
    {
        w.WriteStartArray(name);
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("severity", IsmsText.Level(d.Severity));
            if (d.ClauseId is { } clause)
            {
                w.WriteString("clause", clause);
            }

            if (d.File is { } file)
            {
                w.WriteString("file", file);
            }

            if (d.Path is { } path)
            {
                w.WriteString("path", path);
            }

            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
