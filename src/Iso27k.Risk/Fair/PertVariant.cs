namespace Iso27k.Risk.Fair;

/// <summary>How a PERT estimate (minimum, mode, maximum) is turned into the Beta shape parameters.</summary>
/// <remarks>
/// Both variants have the same mean, (min + gamma * mode + max) / (gamma + 2); they differ in spread. See
/// <c>docs/risk-fair.md</c>.
/// </remarks>
public enum PertVariant
{
    /// <summary>
    /// The classic (Vose) modified PERT: alpha = 1 + gamma (mode - min) / (max - min),
    /// beta = 1 + gamma (max - mode) / (max - min). Variance (mean - min)(max - mean) / (gamma + 3).
    /// </summary>
    Classic = 0,

    /// <summary>
    /// The moment-matched Beta used by pyfair's <c>FairBetaPert</c>: the standard deviation is fixed at
    /// (max - min) / (gamma + 2), and alpha, beta are solved from that mean and standard deviation.
    /// </summary>
    MomentMatched = 1,
}
