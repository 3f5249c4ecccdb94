using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iso27k.Isms.Formats;

// Lenient DTOs for users' ISMS records: scalars are read as text and checked afterwards so that one bad value becomes
// one diagnostic, and unknown properties land in Extra to be written back.
internal sealed class IsmsRecordDto
{
    public int? FormatVersion { get; set; }

    public string? Organization { get; set; }

    public List<string?>? Issues { get; set; }

    public List<InterestedPartyDto?>? InterestedParties { get; set; }

    public ScopeDto? Scope { get; set; }

    public PolicyDto? Policy { get; set; }

    public List<RoleDto?>? Roles { get; set; }

    public DocumentDto? RiskAssessmentProcess { get; set; }

    public DocumentDto? RiskTreatmentProcess { get; set; }

    public JsonElement? Soa { get; set; }

    public string? SoaFile { get; set; }

    public JsonElement? RiskRegister { get; set; }

    public string? RiskRegisterFile { get; set; }

    public List<ObjectiveDto?>? Objectives { get; set; }

    public List<ChangeDto?>? PlannedChanges { get; set; }

    public List<CompetenceDto?>? Competence { get; set; }

    public List<DocumentDto?>? Documents { get; set; }

    public List<DocumentDto?>? OperationalRecords { get; set; }

    public List<MonitoringDto?>? MonitoringResults { get; set; }

    public ProgrammeDto? InternalAudit { get; set; }

    public List<ReviewDto?>? ManagementReviews { get; set; }

    public List<NonconformityDto?>? Nonconformities { get; set; }

    public CertificationDto? Certification { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class InterestedPartyDto
{
    public string? Name { get; set; }

    public string? Requirements { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class ScopeDto
{
    public string? Statement { get; set; }

    public List<string?>? Interfaces { get; set; }

    public List<string?>? Exclusions { get; set; }

    public string? ApprovedBy { get; set; }

    public string? ApprovedOn { get; set; }

    public string? Reference { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class PolicyDto
{
    public string? Title { get; set; }

    public string? Reference { get; set; }

    public string? ApprovedBy { get; set; }

    public string? ApprovedOn { get; set; }

    public string? NextReview { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class RoleDto
{
    public string? Name { get; set; }

    public string? Holder { get; set; }

    public string? Responsibilities { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class DocumentDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Reference { get; set; }

    public string? Owner { get; set; }

    public string? Date { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class ObjectiveDto
{
    public string? Id { get; set; }

    public string? Description { get; set; }

    public string? Measure { get; set; }

    public string? Target { get; set; }

    public string? Owner { get; set; }

    public string? Due { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class ChangeDto
{
    public string? Id { get; set; }

    public string? Description { get; set; }

    public string? Owner { get; set; }

    public string? PlannedFor { get; set; }

    public bool? Done { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class CompetenceDto
{
    public string? Person { get; set; }

    public string? Role { get; set; }

    public string? Competence { get; set; }

    public string? Evidence { get; set; }

    public string? Date { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class MonitoringDto
{
    public string? Metric { get; set; }

    public string? MeasuredOn { get; set; }

    public string? Result { get; set; }

    public string? ObjectiveId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class ProgrammeDto
{
    public string? Reference { get; set; }

    public List<AuditDto?>? Audits { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class AuditDto
{
    public string? Id { get; set; }

    public string? HeldOn { get; set; }

    public string? Auditor { get; set; }

    public string? Scope { get; set; }

    public string? ReportReference { get; set; }

    public List<FindingDto?>? Findings { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class FindingDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Description { get; set; }

    public string? NonconformityId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class ReviewDto
{
    public string? Id { get; set; }

    public string? HeldOn { get; set; }

    public string? Chair { get; set; }

    public List<string?>? Inputs { get; set; }

    public List<string?>? Decisions { get; set; }

    public string? MinutesReference { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class NonconformityDto
{
    public string? Id { get; set; }

    public string? RaisedOn { get; set; }

    public string? Description { get; set; }

    public string? Source { get; set; }

    public string? Correction { get; set; }

    public string? RootCause { get; set; }

    public List<ActionDto?>? Actions { get; set; }

    public string? ClosedOn { get; set; }

    public string? Result { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class ActionDto
{
    public string? Description { get; set; }

    public string? Owner { get; set; }

    public string? Due { get; set; }

    public string? Status { get; set; }

    public string? CompletedOn { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

internal sealed class CertificationDto
{
    public string? Edition { get; set; }

    public string? Body { get; set; }

    public string? CertificateNumber { get; set; }

    public string? Stage1On { get; set; }

    public string? Stage2On { get; set; }

    public string? IssuedOn { get; set; }

    public string? ExpiresOn { get; set; }

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
[JsonSerializable(typeof(IsmsRecordDto))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class IsmsJsonContext : JsonSerializerContext
{
}

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class IsmsJsonCompactContext : JsonSerializerContext
{
}
