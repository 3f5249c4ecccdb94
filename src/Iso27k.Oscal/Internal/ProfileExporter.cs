using Iso27k.Soa;

namespace Iso27k.Oscal.Internal;

// SoA -> OSCAL profile: applicable controls in include-controls, excluded ones in exclude-controls and, with their
// justification in remarks, as "exclusion" properties of the metadata. Undecided controls appear in neither.
internal static class ProfileExporter
{
    public const string ExclusionProp = "exclusion";
    public const string UndecidedProp = "undecided";

    public static void Write(StatementOfApplicability statement, Stream stream, OscalExportOptions options)
    {
        var export = new SoaExport(statement, options);
        var selection = SoaSelection.From(statement);
        using var w = OscalWriter.Create(stream);
        w.WriteStartObject();
        w.WriteStartObject("profile");
        w.WriteString("uuid", OscalUuid.Create($"profile/{export.Edition}/{export.Digest}"));

        var props = export.MetadataProps();
        foreach (var exclusion in selection.Excluded)
        {
            props.Add(OscalProp.Ours(ExclusionProp, OscalIds.ForControl(exclusion.ControlId), exclusion.Justification));
        }

        // OSCAL 1.2 requires an import to include something. With nothing applicable, the profile includes all and
        // excludes all; the undecided controls among them are marked so that they read back as undecided.
        var excludedIds = selection.Excluded.Select(e => e.ControlId).ToList();
        var includeAll = selection.Applicable.IsEmpty;
        if (includeAll)
        {
            var undecided = statement.Catalog.Controls.Select(c => c.Id).Where(id => !excludedIds.Contains(id)).ToList();
            props.AddRange(undecided.Select(id => OscalProp.Ours(UndecidedProp, OscalIds.ForControl(id))));
            excludedIds = [.. statement.Catalog.Controls.Select(c => c.Id)];
        }

        OscalWriter.WriteMetadata(
            w,
            export.Title("Statement of Applicability"),
            export.LastModified,
            statement.Version ?? "unversioned",
            options.Version,
            props,
            "Exported by Iso27k.Oscal from a Statement of Applicability (ISO/IEC 27001 6.1.3 d). Applicable controls are included; excluded controls are listed in exclude-controls and, with their justification in remarks, as 'exclusion' properties. Controls not yet decided are in neither list (or, when no control is applicable, excluded and marked 'undecided').");

        w.WriteStartArray("imports");
        w.WriteStartObject();
        w.WriteString("href", "#" + export.CatalogResourceUuid);
        if (includeAll)
        {
            w.WriteStartObject("include-all");
            w.WriteEndObject();
        }

        WriteSelection(w, "include-controls", selection.Applicable);
        WriteSelection(w, "exclude-controls", excludedIds);
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("merge");
        w.WriteBoolean("as-is", true);
        w.WriteEndObject();

        w.WriteStartObject("back-matter");
        w.WriteStartArray("resources");
        export.WriteCatalogResource(w);
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteSelection(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<ControlId> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        w.WriteStartObject();
        w.WriteStartArray("with-ids");
        foreach (var id in ids)
        {
            w.WriteStringValue(OscalIds.ForControl(id));
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
