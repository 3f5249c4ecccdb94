namespace Iso27k.Risk.Owasp;

/// <summary>
/// Which impact the OWASP severity uses. The methodology advises the business impact when the business
/// consequences are known, and the technical impact otherwise; <see cref="Business"/> is the default.
/// </summary>
public enum OwaspImpactPolicy
{
    /// <summary>The average of FD, RD, NC and PV (OWASP's advice when business information is available).</summary>
    Business = 0,

    /// <summary>The average of LC, LI, LAV and LAC.</summary>
    Technical = 1,

    /// <summary>The higher of the technical and the business impact (the cautious choice).</summary>
    Maximum = 2,

    /// <summary>The average of all eight impact factors.</summary>
    Average = 3,
}
