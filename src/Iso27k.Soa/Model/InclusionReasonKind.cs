namespace Iso27k.Soa;

/// <summary>Why a control is included in the Statement of Applicability.</summary>
public enum InclusionReasonKind
{
    /// <summary>The risk treatment plan selects the control for one or more risks (CSV: <c>risk:&lt;risk id&gt;</c>).</summary>
    RiskTreatment = 1,

    /// <summary>A law or regulation requires it (CSV: <c>legal</c>).</summary>
    LegalOrRegulatory = 2,

    /// <summary>A contract requires it (CSV: <c>contractual</c>).</summary>
    Contractual = 3,

    /// <summary>A business requirement or recognised good practice (CSV: <c>business</c>).</summary>
    BusinessRequirement = 4,
}
