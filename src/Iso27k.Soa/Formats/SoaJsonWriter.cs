using System.Text.Json;

namespace Iso27k.Soa.Formats;

internal static class SoaJsonWriter
{
    public static void Write(StatementOfApplicability soa, Stream stream)
    {
        var dto = new SoaDocumentDto
        {
            FormatVersion = SoaLimits.JsonFormatVersion,
            Edition = soa.Edition.ToYearString(),
            Organization = soa.Organization,
            Scope = soa.Scope,
            Version = soa.Version,
            LastModified = soa.LastModified is { } modified ? SoaText.Format(modified) : null,
            Approval = soa.Approval is { } approval
                ? new SoaApprovalDto { Approver = approval.Approver, Date = SoaText.Format(approval.Date) }
                : null,
            Entries = [.. soa.Entries.Select(ToDto)],
            Extra = Extra(soa.UnknownProperties),
        };
        JsonSerializer.Serialize(stream, dto, SoaJsonContext.Default.SoaDocumentDto);
    }

    internal static SoaEntryDto? ToDto(SoaEntry entry) => new()
    {
        ControlId = entry.ControlId.ToString(),
        Applicability = SoaText.Format(entry.Applicability),
        InclusionReasons = entry.InclusionReasons.IsEmpty
            ? null
            : [.. entry.InclusionReasons.Select(r => (SoaReasonDto?)new SoaReasonDto
            {
                Kind = r.Kind == InclusionReasonKind.RiskTreatment ? "risk-treatment" : SoaText.Format(r.Kind),
                RiskIds = r.RiskIds.IsEmpty ? null : [.. r.RiskIds],
            })],
        ExclusionJustification = entry.ExclusionJustification,
        ImplementationStatus = entry.ImplementationStatus is { } status ? SoaText.Format(status) : null,
        Owner = entry.Owner,
        Evidence = entry.Evidence.IsEmpty ? null : [.. entry.Evidence],
        LastReviewed = entry.LastReviewed is { } reviewed ? SoaText.Format(reviewed) : null,
        Notes = entry.Notes,
        Extra = Extra(entry.UnknownProperties),
    };

    private static Dictionary<string, JsonElement>? Extra(System.Collections.Immutable.ImmutableArray<SoaUnknownProperty> properties)
    {
        if (properties.IsEmpty)
        {
            return null;
        }

        var extra = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            using var document = JsonDocument.Parse(property.Json);
            extra[property.Name] = document.RootElement.Clone();
        }

        return extra;
    }
}
