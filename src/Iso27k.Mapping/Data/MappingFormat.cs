using System.Text.Json.Serialization;

namespace Iso27k.Mapping.Data;

// Internal DTOs of the mapping data format (data/schema/control-mapping-1.schema.json). Public model types carry no
// JSON attributes; these exist only for source-generated, reflection-free System.Text.Json.
internal static class MappingFormat
{
    // A reader rejects any other version: a newer data file needs a newer library.
    public const int CurrentVersion = 1;
}

internal sealed class MappingSourceDto
{
    public required string Name { get; init; }

    public required string Location { get; init; }

    public required string Checked { get; init; }

    public required string Covers { get; init; }
}

internal sealed class MappingProvenanceDto
{
    public required List<MappingSourceDto> Sources { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Notes { get; init; }
}

internal sealed class CatalogRefDto
{
    public required string Edition { get; init; }

    public required string Title { get; init; }
}

internal sealed class PairDto
{
    public required string Source { get; init; }

    public required string Target { get; init; }

    public required string Relationship { get; init; }

    public required string Rationale { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kind { get; init; }
}

internal sealed class ControlsDto
{
    public required List<PairDto> Pairs { get; init; }

    public required List<string> NewTargets { get; init; }

    public required List<string> RemovedSources { get; init; }
}

internal sealed class ClausePairDto
{
    public required string Source { get; init; }

    public required List<string> Targets { get; init; }
}

internal sealed class ClausesDto
{
    public required string Source { get; init; }

    public required string Target { get; init; }

    public required List<ClausePairDto> Pairs { get; init; }

    public required List<string> NewTargets { get; init; }
}

internal sealed class MappingDocumentDto
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public required int FormatVersion { get; init; }

    public required string DataVersion { get; init; }

    public required string Title { get; init; }

    public required CatalogRefDto Source { get; init; }

    public required CatalogRefDto Target { get; init; }

    public required MappingProvenanceDto Provenance { get; init; }

    public required ControlsDto Controls { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClausesDto? Clauses { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(MappingDocumentDto))]
internal sealed partial class MappingJsonContext : JsonSerializerContext
{
}
