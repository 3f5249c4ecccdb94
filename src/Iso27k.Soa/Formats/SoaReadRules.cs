using System.Collections.Immutable;

namespace Iso27k.Soa;

// Codes of problems found while reading a document (SOA1xx), as opposed to rules over the model (SOA0xx).
internal static class SoaReadRules
{
    public static readonly SoaRuleInfo Malformed = Read("SOA101", SoaSeverity.Error, "Document is not well-formed");
    public static readonly SoaRuleInfo UnsupportedVersion = Read("SOA102", SoaSeverity.Error, "Unsupported format version");
    public static readonly SoaRuleInfo InvalidControlId = Read("SOA103", SoaSeverity.Error, "Invalid control id");
    public static readonly SoaRuleInfo InvalidValue = Read("SOA104", SoaSeverity.Error, "Invalid field value");
    public static readonly SoaRuleInfo MissingField = Read("SOA105", SoaSeverity.Error, "Required field missing");
    public static readonly SoaRuleInfo BadHeader = Read("SOA106", SoaSeverity.Error, "CSV header does not match the format");
    public static readonly SoaRuleInfo TooLarge = Read("SOA107", SoaSeverity.Error, "Document exceeds the size limit");
    public static readonly SoaRuleInfo UnknownProperty = Read("SOA108", SoaSeverity.Info, "Unknown property kept");
    public static readonly SoaRuleInfo Edition = Read("SOA109", SoaSeverity.Warning, "Edition missing or inconsistent");

    public static readonly ImmutableArray<SoaRuleInfo> All =
        [Malformed, UnsupportedVersion, InvalidControlId, InvalidValue, MissingField, BadHeader, TooLarge, UnknownProperty, Edition];

    private static SoaRuleInfo Read(string code, SoaSeverity severity, string title) =>
        new(code, severity, title, SoaRequirements.Format, SoaRuleInfo.DocumentationUri + "#" + code.ToLowerInvariant());
}
