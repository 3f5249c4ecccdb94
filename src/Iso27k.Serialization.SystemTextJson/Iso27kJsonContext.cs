using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Iso27k.Risk;
using Iso27k.Risk.Cvss;
using Iso27k.Soa;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>
/// Source-generated System.Text.Json metadata for the Iso27k types, with this package's converters built in.
/// Chain it for trim- and AOT-safe use: <c>options.TypeInfoResolverChain.Add(Iso27kJsonContext.Default)</c> after your own context.
/// </summary>
[JsonSourceGenerationOptions(Converters =
[
    typeof(ControlIdJsonConverter),
    typeof(AttributeValueJsonConverter),
    typeof(AttributeSetJsonConverter),
    typeof(ControlJsonConverter),
    typeof(CvssV31VectorJsonConverter),
    typeof(CvssV40VectorJsonConverter),
    typeof(StatementOfApplicabilityJsonConverter),
    typeof(RiskRegisterJsonConverter),
])]
[JsonSerializable(typeof(ControlId))]
[JsonSerializable(typeof(ControlId?))]
[JsonSerializable(typeof(ControlId[]))]
[JsonSerializable(typeof(List<ControlId>))]
[JsonSerializable(typeof(ImmutableArray<ControlId>))]
[JsonSerializable(typeof(Dictionary<ControlId, string>))]
[JsonSerializable(typeof(AttributeValue))]
[JsonSerializable(typeof(AttributeValue[]))]
[JsonSerializable(typeof(AttributeSet))]
[JsonSerializable(typeof(Control))]
[JsonSerializable(typeof(Control[]))]
[JsonSerializable(typeof(List<Control>))]
[JsonSerializable(typeof(CvssV31Vector))]
[JsonSerializable(typeof(CvssV40Vector))]
[JsonSerializable(typeof(StatementOfApplicability))]
[JsonSerializable(typeof(RiskRegister))]
public sealed partial class Iso27kJsonContext : JsonSerializerContext
{
}
