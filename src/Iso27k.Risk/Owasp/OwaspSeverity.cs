namespace Iso27k.Risk.Owasp;

/// <summary>The overall risk severity of the OWASP Risk Rating Methodology, from its 3 x 3 likelihood-impact table.</summary>
public enum OwaspSeverity
{
    /// <summary>Likelihood LOW and impact LOW.</summary>
    Note = 0,

    /// <summary>LOW/MEDIUM or MEDIUM/LOW.</summary>
    Low = 1,

    /// <summary>LOW/HIGH, MEDIUM/MEDIUM or HIGH/LOW.</summary>
    Medium = 2,

    /// <summary>MEDIUM/HIGH or HIGH/MEDIUM.</summary>
    High = 3,

    /// <summary>Likelihood HIGH and impact HIGH.</summary>
    Critical = 4,
}
