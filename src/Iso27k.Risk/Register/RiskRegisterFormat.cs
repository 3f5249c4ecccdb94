using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iso27k.Risk;

// Internal DTOs of the register format (docs/formats/risk-register.md). Public model types carry no JSON attributes.
// Every object keeps the properties it does not know in Extra, so a user's document round-trips.
internal static class RiskRegisterFormat
{
    public const string RegisterFormat = "iso27k-risk-register";
    public const string CriteriaFormat = "iso27k-risk-criteria";
    public const int CurrentVersion = 1;
}

internal abstract class ExtensibleDto
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class RegisterDto : ExtensibleDto
{
    public required string Format { get; init; }

    public required int FormatVersion { get; init; }

    public required string Title { get; init; }

    public string? Organization { get; init; }

    public CriteriaDto? Criteria { get; init; }

    public List<AssetDto?>? Assets { get; init; }

    public List<ThreatDto?>? Threats { get; init; }

    public List<VulnerabilityDto?>? Vulnerabilities { get; init; }

    public required List<RiskDto?> Risks { get; init; }
}

internal class CriteriaDto : ExtensibleDto
{
    public required string Id { get; init; }

    public required string Version { get; init; }

    public string? Title { get; init; }

    public required string Method { get; init; }

    public MatrixDto? Matrix { get; init; }

    public OwaspMethodDto? Owasp { get; init; }

    public required string AcceptanceLevel { get; init; }
}

internal sealed class CriteriaFileDto : CriteriaDto
{
    [JsonPropertyOrder(-2)]
    public required string Format { get; init; }

    [JsonPropertyOrder(-1)]
    public required int FormatVersion { get; init; }
}

internal sealed class MatrixDto : ExtensibleDto
{
    public required string Kind { get; init; }

    public required ScaleDto Likelihood { get; init; }

    public required ScaleDto Consequence { get; init; }

    public required List<string?> Levels { get; init; }

    public List<List<string?>?>? Grid { get; init; }

    public List<BandDto?>? Bands { get; init; }

    public bool? Monotone { get; init; }
}

internal sealed class ScaleDto : ExtensibleDto
{
    public required string Name { get; init; }

    public required List<string?> Labels { get; init; }
}

internal sealed class BandDto : ExtensibleDto
{
    public required int Min { get; init; }

    public required int Max { get; init; }

    public required string Level { get; init; }
}

internal sealed class OwaspMethodDto : ExtensibleDto
{
    public string? ImpactPolicy { get; init; }
}

internal sealed class AssetDto : ExtensibleDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Owner { get; init; }

    public string? Description { get; init; }
}

internal sealed class ThreatDto : ExtensibleDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }
}

internal sealed class VulnerabilityDto : ExtensibleDto
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public List<string?>? Affects { get; init; }
}

internal sealed class RiskDto : ExtensibleDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? Owner { get; init; }

    public List<string?>? Assets { get; init; }

    public string? Threat { get; init; }

    public string? Vulnerability { get; init; }

    public AssessmentDto? Inherent { get; init; }

    public AssessmentDto? Current { get; init; }

    public AssessmentDto? Residual { get; init; }

    public string? Treatment { get; init; }

    public List<string?>? Controls { get; init; }

    public AcceptanceDto? Acceptance { get; init; }

    public string? NextReview { get; init; }
}

internal sealed class AssessmentDto : ExtensibleDto
{
    public int? Likelihood { get; init; }

    public int? Consequence { get; init; }

    public string? Owasp { get; init; }

    public string? Rationale { get; init; }
}

internal sealed class AcceptanceDto : ExtensibleDto
{
    public required string AcceptedBy { get; init; }

    public required string AcceptedOn { get; init; }

    public string? ExpiresOn { get; init; }

    public string? Note { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(RegisterDto))]
[JsonSerializable(typeof(CriteriaFileDto))]
internal sealed partial class RiskJsonContext : JsonSerializerContext
{
}
