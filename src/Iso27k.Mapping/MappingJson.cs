using System.Text;
using System.Text.Json;
using Iso27k.Mapping.Data;

namespace Iso27k.Mapping;

/// <summary>
/// Writes a <see cref="ControlMapping"/> as JSON in the documented mapping format
/// (<c>data/schema/control-mapping-1.schema.json</c>, described in <c>docs/formats/mapping.md</c>), with each
/// pair's derived kind. This is the output of <c>iso27k mapping export --format json</c>, and
/// <see cref="ControlMapping.FromStream"/> reads it back.
/// </summary>
public static class MappingJson
{
    /// <summary>Writes the mapping as UTF-8 JSON (indented by two spaces, <c>\n</c> line endings, no BOM).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="mapping">The mapping.</param>
    public static void Write(Stream stream, ControlMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(mapping);
        JsonSerializer.Serialize(stream, ToDto(mapping), MappingJsonContext.Default.MappingDocumentDto);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes the mapping as JSON text (indented by two spaces, <c>\n</c> line endings).</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="mapping">The mapping.</param>
    public static void Write(TextWriter writer, ControlMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mapping);
        writer.Write(JsonSerializer.Serialize(ToDto(mapping), MappingJsonContext.Default.MappingDocumentDto));
        writer.Write('\n');
    }

    /// <summary>Returns the mapping as a JSON string.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(ControlMapping mapping)
    {
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
        {
            Write(writer, mapping);
        }

        return builder.ToString();
    }

    private static MappingDocumentDto ToDto(ControlMapping mapping) => new()
    {
        FormatVersion = MappingFormat.CurrentVersion,
        DataVersion = mapping.VersionId,
        Title = $"{mapping.Source.Title} to {mapping.Target.Title}",
        Source = new CatalogRefDto { Edition = mapping.Source.Edition.ToYearString(), Title = mapping.Source.Title },
        Target = new CatalogRefDto { Edition = mapping.Target.Edition.ToYearString(), Title = mapping.Target.Title },
        Provenance = new MappingProvenanceDto
        {
            Sources = [.. mapping.Sources.Select(s => new MappingSourceDto { Name = s.Name, Location = s.Location, Checked = s.CheckedOn, Covers = s.Covers })],
            Notes = mapping.Notes.IsEmpty ? null : [.. mapping.Notes],
        },
        Controls = new ControlsDto
        {
            Pairs = [.. mapping.Entries.Where(e => e.IsPair).Select(e => new PairDto
            {
                Source = e.Source.ToString(),
                Target = e.Target.ToString(),
                Relationship = e.Relationship.ToToken(),
                Rationale = e.Rationale!.Value.ToToken(),
                Kind = e.Kind.ToToken(),
            })],
            NewTargets = [.. mapping.NewTargets.Select(id => id.ToString())],
            RemovedSources = [.. mapping.RemovedSources.Select(id => id.ToString())],
        },
    };
}
