namespace Iso27k.Oscal.Internal;

// ISO/IEC 27002:2022 attribute types as OSCAL property names (values are the standard's names without '#').
internal static class OscalAttributes
{
    public const string Class = "iso27002-attribute";

    public static string PropName(AttributeType type) => type switch
    {
        AttributeType.ControlType => "control-type",
        AttributeType.InformationSecurityProperty => "information-security-property",
        AttributeType.CybersecurityConcept => "cybersecurity-concept",
        AttributeType.OperationalCapability => "operational-capability",
        _ => "security-domain",
    };

    public static bool TryParseType(string name, out AttributeType type)
    {
        foreach (var candidate in Enum.GetValues<AttributeType>())
        {
            if (string.Equals(PropName(candidate), name, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
