using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iso27k.Soa.Formats;

// Lenient DTOs for users' SoA documents: every scalar is read as text and checked afterwards so that one bad value
// becomes one diagnostic, and unknown properties land in Extra to be written back.
internal sealed class SoaDocumentDto
{
    public int? FormatVersion { get; set; }

    public string? Edition { get; set; }

    public string? Organization { get; set; }

    public string? Scope { get; set; }

    public string? Version { get; set; }

    public string? LastModified { get; set; }

    public SoaApprovalDto? Approval { get; set; }

    public List<SoaEntryDto?>? Entries { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class SoaApprovalDto
{
    public string? Approver { get; set; }

    public string? Date { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class SoaEntryDto
{
    public string? ControlId { get; set; }

    public string? Applicability { get; set; }

    public List<SoaReasonDto?>? InclusionReasons { get; set; }

    public string? ExclusionJustification { get; set; }

    public string? ImplementationStatus { get; set; }

    public string? Owner { get; set; }

    public List<string?>? Evidence { get; set; }

    public string? LastReviewed { get; set; }

    public string? Notes { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class SoaReasonDto
{
    public string? Kind { get; set; }

    public List<string?>? RiskIds { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(SoaDocumentDto))]
internal sealed partial class SoaJsonContext : JsonSerializerContext
{
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(List<SoaEntryDto?>))]
internal sealed partial class SoaJsonCompactContext : JsonSerializerContext
{
}
