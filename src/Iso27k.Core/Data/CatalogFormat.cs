using System.Text.Json.Serialization;

namespace Iso27k.Data;

// Internal DTOs of the embedded data format. Public model types carry no JSON attributes; these exist only to read
// and write data/*.json with source-generated, reflection-free System.Text.Json.
internal static class CatalogFormat
{
    // A reader rejects any other version: a newer data file needs a newer library.
    public const int CurrentVersion = 1;
}

internal sealed class SourceDto
{
    public required string Name { get; init; }

    public required string Location { get; init; }

    public required string Checked { get; init; }

    public required string Covers { get; init; }
}

internal sealed class ProvenanceDto
{
    public required List<SourceDto> Sources { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Notes { get; init; }
}

internal sealed class AttributesDto
{
    public required List<string> ControlTypes { get; init; }

    public required List<string> SecurityProperties { get; init; }

    public required List<string> CybersecurityConcepts { get; init; }

    public required List<string> OperationalCapabilities { get; init; }

    public required List<string> SecurityDomains { get; init; }
}

internal sealed class ControlDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AlternateTitle { get; init; }

    public required string Summary { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool NewIn2022 { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AttributesDto? Attributes { get; init; }
}

internal sealed class GroupDto
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<GroupDto>? Groups { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ControlDto>? Controls { get; init; }
}

internal sealed class CatalogDto
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public required int FormatVersion { get; init; }

    public required string DataVersion { get; init; }

    public required string Edition { get; init; }

    public required string Title { get; init; }

    public required ProvenanceDto Provenance { get; init; }

    public required List<GroupDto> Groups { get; init; }
}

internal sealed class DocumentedInformationDto
{
    public required string Kind { get; init; }

    public required string Item { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }
}

internal sealed class ClauseDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Requirement { get; init; }

    public required List<DocumentedInformationDto> DocumentedInformation { get; init; }
}

internal sealed class ClauseCatalogDto
{
    [JsonPropertyName("$schema")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Schema { get; init; }

    public required int FormatVersion { get; init; }

    public required string DataVersion { get; init; }

    public required string Edition { get; init; }

    public required string Title { get; init; }

    public required ProvenanceDto Provenance { get; init; }

    public required List<ClauseDto> Clauses { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(CatalogDto))]
[JsonSerializable(typeof(ClauseCatalogDto))]
internal sealed partial class DataJsonContext : JsonSerializerContext
{
}
