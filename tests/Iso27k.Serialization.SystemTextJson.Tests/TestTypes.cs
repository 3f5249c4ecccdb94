using System.Text.Json.Serialization;
using Iso27k.Risk;
using Iso27k.Risk.Cvss;
using Iso27k.Soa;

namespace Iso27k.Serialization.SystemTextJson.Tests;

// An application's own type holding Iso27k values, serialized through the application's own generated context.
internal sealed class AuditRecord
{
    public ControlId Control { get; set; }

    public List<ControlId> Related { get; set; } = [];

    public Dictionary<ControlId, string> Notes { get; set; } = [];

    public AttributeValue Focus { get; set; }

    public AttributeSet Tags { get; set; }

    public Control? Full { get; set; }

    public CvssV31Vector? V3 { get; set; }

    public CvssV40Vector? V4 { get; set; }

    public StatementOfApplicability? Soa { get; set; }

    public RiskRegister? Register { get; set; }
}

[JsonSerializable(typeof(AuditRecord))]
internal sealed partial class AppJsonContext : JsonSerializerContext
{
}
