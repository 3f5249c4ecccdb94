namespace Iso27k.Soa;

/// <summary>The requirement texts that built-in rules cite (clause references only, never ISO wording).</summary>
public static class SoaRequirements
{
    /// <summary>The SoA content requirement: necessary controls, inclusion and exclusion justification, implementation.</summary>
    public const string Soa = "ISO/IEC 27001:2022 6.1.3 d)";

    /// <summary>Comparison of the determined controls with Annex A so that none is overlooked.</summary>
    public const string CompareWithAnnexA = "ISO/IEC 27001:2022 6.1.3 c)";

    /// <summary>Controls determined by the risk treatment.</summary>
    public const string RiskTreatment = "ISO/IEC 27001:2022 6.1.3 b) and d)";

    /// <summary>Review and approval of documented information.</summary>
    public const string ReviewAndApproval = "ISO/IEC 27001:2022 7.5.2 c)";

    /// <summary>Evidence that controls operate (documented information as evidence of results).</summary>
    public const string Evidence = "ISO/IEC 27001:2022 7.5.1 b) and 9.1";

    /// <summary>The documented format of SoA files read by this library.</summary>
    public const string Format = "Iso27k SoA format (docs/formats/soa.md)";
}
