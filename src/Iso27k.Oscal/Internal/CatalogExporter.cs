using System.Text.Json;

namespace Iso27k.Oscal.Internal;

// Catalog -> OSCAL catalog. Groups and controls keep the model's order; every UUID is a version 5 UUID of a stable
// name, and the document UUID also covers a digest of the content, so a new data revision gets a new UUID.
internal static class CatalogExporter
{
    public const string SummaryClass = "iso27k-summary";
    public const string SourceRole = "data-source";

    public static void Write(Catalog catalog, Stream stream, OscalExportOptions options)
    {
        using var content = new MemoryStream();
        catalog.WriteTo(content);
        var digest = OscalUuid.Digest(content.ToArray());
        var edition = catalog.Edition.ToYearString();

        using var w = OscalWriter.Create(stream);
        w.WriteStartObject();
        w.WriteStartObject("catalog");
        w.WriteString("uuid", OscalUuid.Create($"catalog/{edition}/{catalog.VersionId}/{digest}"));

        var props = new List<OscalProp> { OscalProp.Ours("edition", edition) };
        for (var i = 0; i < catalog.Notes.Length; i++)
        {
            props.Add(OscalProp.Ours("note", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), catalog.Notes[i]));
        }

        OscalWriter.WriteMetadata(
            w,
            catalog.Title,
            options.LastModified ?? OscalWriter.FromDataVersion(catalog.VersionId),
            catalog.VersionId,
            options.Version,
            props,
            "Exported by Iso27k.Oscal. Control and group titles are those of the standard; the statement parts hold one-line summaries written by the Iso27k.Core project, not ISO text.");

        if (!catalog.Groups.IsEmpty)
        {
            w.WriteStartArray("groups");
            foreach (var group in catalog.Groups)
            {
                WriteGroup(w, catalog.Edition, group);
            }

            w.WriteEndArray();
        }

        if (!catalog.Sources.IsEmpty)
        {
            w.WriteStartObject("back-matter");
            w.WriteStartArray("resources");
            for (var i = 0; i < catalog.Sources.Length; i++)
            {
                WriteSource(w, edition, i, catalog.Sources[i]);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteGroup(Utf8JsonWriter w, Edition edition, ControlGroup group)
    {
        w.WriteStartObject();
        w.WriteString("id", OscalIds.ForGroup(edition, group.Id));
        w.WriteString("class", group.Kind switch
        {
            ControlGroupKind.Theme => "theme",
            ControlGroupKind.Clause => "clause",
            _ => "objective",
        });
        w.WriteString("title", group.Title);
        OscalWriter.WriteProps(w, [new OscalProp("label", group.Id), new OscalProp("sort-id", OscalIds.GroupSortId(group.Id))]);
        if (!group.Groups.IsEmpty)
        {
            w.WriteStartArray("groups");
            foreach (var child in group.Groups)
            {
                WriteGroup(w, edition, child);
            }

            w.WriteEndArray();
        }

        // Only groups without sub-groups hold controls of their own (a 2013 clause holds objectives only).
        if (group.Groups.IsEmpty && !group.Controls.IsEmpty)
        {
            w.WriteStartArray("controls");
            foreach (var control in group.Controls)
            {
                WriteControl(w, control);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteControl(Utf8JsonWriter w, Control control)
    {
        var id = OscalIds.ForControl(control.Id);
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("title", control.Title);
        var props = new List<OscalProp>
        {
            new("label", control.Id.ToString()),
            new("sort-id", OscalIds.SortId(control.Id)),
        };
        if (control.AlternateTitle is { } alternate)
        {
            props.Add(OscalProp.OursText("alternate-title", alternate));
        }

        if (control.IsNewIn2022)
        {
            props.Add(OscalProp.Ours("new-in-2022", "true"));
        }

        foreach (var value in control.Attributes)
        {
            props.Add(new OscalProp(OscalAttributes.PropName(value.Type), value.Name, OscalIds.Namespace, OscalAttributes.Class));
        }

        OscalWriter.WriteProps(w, props);
        if (control.Summary.Length > 0)
        {
            w.WriteStartArray("parts");
            w.WriteStartObject();
            w.WriteString("id", id + "_smt");
            w.WriteString("name", "statement");
            w.WriteString("class", SummaryClass);
            w.WriteString("prose", control.Summary);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, string edition, int index, DataSource source)
    {
        w.WriteStartObject();
        w.WriteString("uuid", OscalUuid.Create($"catalog/{edition}/source/{index}/{source.Name}"));
        w.WriteString("title", source.Name);
        OscalWriter.WriteStringIfAny(w, "description", source.Covers);
        var props = new List<OscalProp> { OscalProp.Ours("resource-role", SourceRole) };
        if (source.CheckedOn.Length > 0)
        {
            props.Add(OscalProp.OursText("checked-on", source.CheckedOn));
        }

        OscalWriter.WriteProps(w, props);
        if (source.Location.Length > 0)
        {
            w.WriteStartObject("citation");
            w.WriteString("text", source.Location);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
