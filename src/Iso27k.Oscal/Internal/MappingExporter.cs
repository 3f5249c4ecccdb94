using System.Globalization;
using System.Text;
using System.Text.Json;
using Iso27k.Mapping;

namespace Iso27k.Oscal.Internal;

// ControlMapping -> OSCAL 1.2 mapping collection: one mapping between the two catalogs, one map per stated pair with
// its NIST IR 8477 relationship and matching rationale, and gap summaries for the controls without a counterpart.
internal static class MappingExporter
{
    public static void Write(ControlMapping mapping, Stream stream, OscalExportOptions options)
    {
        var from = mapping.Source.Edition.ToYearString();
        var to = mapping.Target.Edition.ToYearString();
        var key = $"mapping/{from}-{to}";
        var digest = new StringBuilder();
        foreach (var pair in mapping.Pairs)
        {
            digest.Append(pair.ToString()).Append('\n');
        }

        var sourceUuid = OscalUuid.Create($"{key}/source-catalog");
        var targetUuid = OscalUuid.Create($"{key}/target-catalog");
        using var w = OscalWriter.Create(stream);
        w.WriteStartObject();
        w.WriteStartObject("mapping-collection");
        w.WriteString("uuid", OscalUuid.Create($"{key}/{mapping.VersionId}/{OscalUuid.Digest(Encoding.UTF8.GetBytes(digest.ToString()))}"));

        var props = new List<OscalProp> { OscalProp.Ours("source-edition", from), OscalProp.Ours("target-edition", to) };
        for (var i = 0; i < mapping.Notes.Length; i++)
        {
            props.Add(OscalProp.Ours("note", (i + 1).ToString(CultureInfo.InvariantCulture), mapping.Notes[i]));
        }

        OscalWriter.WriteMetadata(
            w,
            $"{mapping.Source.Title} to {mapping.Target.Title}",
            options.LastModified ?? OscalWriter.FromDataVersion(mapping.VersionId),
            mapping.VersionId,
            OscalVersion.V122,
            props,
            "Exported by Iso27k.Oscal. Relationships are stated from the source control's point of view; the kind of each pair (one-to-one, merged, split) is a property in the Iso27k namespace.");

        var description = $"Correspondence of the {mapping.Source.Count} controls of {mapping.Source.Title} to the {mapping.Target.Count} controls of {mapping.Target.Title}: {mapping.Pairs.Length} pairs, {mapping.NewTargets.Length} target controls without a source, {mapping.RemovedSources.Length} source controls without a target.";
        w.WriteStartObject("provenance");
        w.WriteString("method", "human");
        w.WriteString("matching-rationale", "semantic");
        w.WriteString("status", "complete");
        w.WriteString("mapping-description", description);
        w.WriteEndObject();

        w.WriteStartArray("mappings");
        w.WriteStartObject();
        w.WriteString("uuid", OscalUuid.Create($"{key}/mapping"));
        w.WriteString("method", "human");
        w.WriteString("status", "complete");
        WriteResource(w, "source-resource", sourceUuid);
        WriteResource(w, "target-resource", targetUuid);
        w.WriteStartArray("maps");
        foreach (var entry in mapping.Entries)
        {
            if (entry.IsPair)
            {
                WriteMap(w, key, entry);
            }
        }

        w.WriteEndArray();
        w.WriteString("mapping-description", description);
        WriteGap(w, "source-gap-summary", $"{key}/source-gap", mapping.RemovedSources);
        WriteGap(w, "target-gap-summary", $"{key}/target-gap", mapping.NewTargets);
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("back-matter");
        w.WriteStartArray("resources");
        OscalWriter.WriteLinkedResource(w, sourceUuid, mapping.Source.Title, OscalCatalog.DefaultFileName(mapping.Source.Edition), "application/oscal.catalog+json", "source-catalog");
        OscalWriter.WriteLinkedResource(w, targetUuid, mapping.Target.Title, OscalCatalog.DefaultFileName(mapping.Target.Edition), "application/oscal.catalog+json", "target-catalog");
        for (var i = 0; i < mapping.Sources.Length; i++)
        {
            var source = mapping.Sources[i];
            w.WriteStartObject();
            w.WriteString("uuid", OscalUuid.Create($"{key}/data-source/{i}/{source.Name}"));
            w.WriteString("title", source.Name);
            OscalWriter.WriteStringIfAny(w, "description", source.Covers);
            var sourceProps = new List<OscalProp> { OscalProp.Ours("resource-role", CatalogExporter.SourceRole) };
            if (source.CheckedOn.Length > 0)
            {
                sourceProps.Add(OscalProp.OursText("checked-on", source.CheckedOn));
            }

            OscalWriter.WriteProps(w, sourceProps);
            if (source.Location.Length > 0)
            {
                w.WriteStartObject("citation");
                w.WriteString("text", source.Location);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }

    // OSCAL 1.2 spells the first relationship "equal-to"; the others share our tokens.
    public static string Relationship(MappingRelationship relationship) =>
        relationship == MappingRelationship.Equal ? "equal-to" : relationship.ToToken();

    private static void WriteResource(Utf8JsonWriter w, string name, string uuid)
    {
        w.WriteStartObject(name);
        w.WriteString("type", "catalog");
        w.WriteString("href", "#" + uuid);
        w.WriteEndObject();
    }

    private static void WriteMap(Utf8JsonWriter w, string key, MappingEntry entry)
    {
        var source = OscalIds.ForControl(entry.Source);
        var target = OscalIds.ForControl(entry.Target);
        w.WriteStartObject();
        w.WriteString("uuid", OscalUuid.Create($"{key}/map/{source}/{target}"));
        w.WriteString("matching-rationale", entry.Rationale!.Value.ToToken());
        w.WriteString("relationship", Relationship(entry.Relationship));
        WriteItems(w, "sources", source);
        WriteItems(w, "targets", target);
        OscalWriter.WriteProps(w, [OscalProp.Ours("kind", entry.Kind.ToToken())]);
        w.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter w, string name, string controlToken)
    {
        w.WriteStartArray(name);
        w.WriteStartObject();
        w.WriteString("type", "control");
        w.WriteString("id-ref", controlToken);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteGap(Utf8JsonWriter w, string name, string key, IReadOnlyList<ControlId> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("uuid", OscalUuid.Create(key));
        w.WriteStartArray("unmapped-controls");
        w.WriteStartObject();
        w.WriteStartArray("with-ids");
        foreach (var id in ids)
        {
            w.WriteStringValue(OscalIds.ForControl(id));
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
