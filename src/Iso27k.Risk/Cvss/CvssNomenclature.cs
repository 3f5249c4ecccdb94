namespace Iso27k.Risk.Cvss;

/// <summary>
/// Which CVSS v4.0 metric groups contributed to a score, as the specification requires a score to be labelled:
/// CVSS-B (base only), CVSS-BT (base and threat), CVSS-BE (base and environmental), CVSS-BTE (all three).
/// </summary>
/// <remarks>Supplemental metrics never change the score and so never change the nomenclature.</remarks>
public enum CvssNomenclature
{
    /// <summary>CVSS-B: base metrics only.</summary>
    CvssB = 0,

    /// <summary>CVSS-BT: base and threat metrics.</summary>
    CvssBT = 1,

    /// <summary>CVSS-BE: base and environmental metrics.</summary>
    CvssBE = 2,

    /// <summary>CVSS-BTE: base, threat and environmental metrics.</summary>
    CvssBTE = 3,
}
