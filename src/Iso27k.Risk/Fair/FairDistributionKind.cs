namespace Iso27k.Risk.Fair;

/// <summary>The family of a <see cref="FairDistribution"/>.</summary>
public enum FairDistributionKind
{
    /// <summary>A single value, drawn every time.</summary>
    Constant = 0,

    /// <summary>A PERT (scaled Beta) distribution from a minimum, most likely and maximum estimate.</summary>
    Pert = 1,

    /// <summary>A lognormal distribution fitted to a 90% confidence interval.</summary>
    LogNormal = 2,

    /// <summary>A normal distribution whose negative draws are replaced by zero.</summary>
    NormalClippedAtZero = 3,
}
