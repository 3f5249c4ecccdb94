using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Iso27k.Mapping;

namespace Iso27k.Soa;

/// <summary>
/// The migration report: per 2022 control, its sources and relationships, the rule applied, conflicts and what a
/// person must decide; per 2013 entry, where it went. Written as Markdown for people and JSON for tools.
/// </summary>
public sealed class SoaMigrationReport
{
    internal SoaMigrationReport(int sourceEntryCount, string mappingVersion, ImmutableArray<SoaMigrationItem> items, ImmutableArray<SoaMigrationTrace> traces)
    {
        SourceEntryCount = sourceEntryCount;
        MappingVersion = mappingVersion;
        Items = items;
        Traces = traces;
    }

    /// <summary>How many entries the 2013 SoA had.</summary>
    public int SourceEntryCount { get; }

    /// <summary>The version of the mapping data used.</summary>
    public string MappingVersion { get; }

    /// <summary>One item per 2022 control, in id order.</summary>
    public ImmutableArray<SoaMigrationItem> Items { get; }

    /// <summary>One trace per 2013 entry, in input order.</summary>
    public ImmutableArray<SoaMigrationTrace> Traces { get; }

    /// <summary>How many items need a person's decision.</summary>
    public int DecisionCount
    {
        get
        {
            var count = 0;
            foreach (var item in Items)
            {
                count += item.Decisions.IsEmpty ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>Writes the report as Markdown (LF line ends, deterministic).</summary>
    /// <param name="writer">Where to write.</param>
    public void WriteMarkdown(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# SoA migration: ISO/IEC 27001:2013 to 2022\n\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"- 2013 entries read: {SourceEntryCount}\n- 2022 controls in the draft: {Items.Length}\n- Controls with conflicts: {Items.Count(i => !i.Conflicts.IsEmpty)}\n- Controls needing a decision: {DecisionCount}\n- Mapping data: {MappingVersion}\n\n"));
        writer.Write("## Per 2022 control\n\n| 2022 control | Sources (relationship, 2013 decision) | Rule | Result | Conflicts | To decide |\n|---|---|---|---|---|---|\n");
        foreach (var item in Items)
        {
            writer.Write('|');
            writer.Write(item.ControlId.ToString());
            writer.Write(" | ");
            writer.Write(item.Sources.IsEmpty ? "(new in 2022)" : Cell(string.Join("; ", item.Sources)));
            writer.Write(" | ");
            writer.Write(RuleToken(item.Rule));
            writer.Write(" | ");
            writer.Write(SoaText.Format(item.Result));
            writer.Write(" | ");
            writer.Write(Cell(string.Join(" ", item.Conflicts)));
            writer.Write(" | ");
            writer.Write(Cell(string.Join(" ", item.Decisions)));
            writer.Write(" |\n");
        }

        writer.Write("\n## Where each 2013 entry went\n\n| # | 2013 entry | 2022 controls | Note |\n|---|---|---|---|\n");
        foreach (var trace in Traces)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"| {trace.EntryIndex} | {trace.ControlId} | {string.Join(", ", trace.Targets)} | {Cell(trace.Disposition)} |\n"));
        }
    }

    /// <summary>Writes the report as JSON (indented, LF line ends, deterministic).</summary>
    /// <param name="stream">Where to write UTF-8.</param>
    public void WriteJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        w.WriteStartObject();
        w.WriteNumber("formatVersion", 1);
        w.WriteString("from", "2013");
        w.WriteString("to", "2022");
        w.WriteString("mappingVersion", MappingVersion);
        w.WriteNumber("sourceEntries", SourceEntryCount);
        w.WriteStartArray("controls");
        foreach (var item in Items)
        {
            w.WriteStartObject();
            w.WriteString("controlId", item.ControlId.ToString());
            w.WriteStartArray("sources");
            foreach (var source in item.Sources)
            {
                w.WriteStartObject();
                w.WriteString("controlId", source.ControlId.ToString());
                w.WriteString("relationship", source.Relationship.ToToken());
                if (source.Applicability is { } applicability)
                {
                    w.WriteString("applicability", SoaText.Format(applicability));
                }
                else
                {
                    w.WriteNull("applicability");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("rule", RuleToken(item.Rule));
            w.WriteString("result", SoaText.Format(item.Result));
            WriteStrings(w, "conflicts", item.Conflicts);
            WriteStrings(w, "decisions", item.Decisions);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("trace");
        foreach (var trace in Traces)
        {
            w.WriteStartObject();
            w.WriteNumber("entryIndex", trace.EntryIndex);
            w.WriteString("controlId", trace.ControlId.ToString());
            w.WriteStartArray("targets");
            foreach (var target in trace.Targets)
            {
                w.WriteStringValue(target.ToString());
            }

            w.WriteEndArray();
            w.WriteString("note", trace.Disposition);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static string RuleToken(SoaMigrationRule rule) => rule switch
    {
        SoaMigrationRule.CarriedOver => "carried-over",
        SoaMigrationRule.Merged => "merged",
        SoaMigrationRule.NewControl => "new-control",
        _ => "no-decided-source",
    };

    private static void WriteStrings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
