using System.Diagnostics.CodeAnalysis;

namespace Iso27k.Risk.Owasp;

/// <summary>
/// The result of <see cref="OwaspRiskRating.Score(OwaspVector, OwaspImpactPolicy)"/>: the factor sums behind each
/// average, the levels and the severity. A small struct, so scoring allocates nothing;
/// <see cref="OwaspRiskRating.Explain(OwaspScore)"/> turns it into text.
/// </summary>
public readonly struct OwaspScore : IEquatable<OwaspScore>
{
    // Packed into 16 bytes so a score is returned in registers and scoring stays allocation-free and fast.
    private readonly byte policy;
    private readonly byte likelihoodSum;
    private readonly byte technicalSum;
    private readonly byte businessSum;
    private readonly byte likelihoodLevel;
    private readonly byte impactLevel;
    private readonly byte severity;

    internal OwaspScore(OwaspVector vector, OwaspImpactPolicy policy, int likelihoodSum, int technicalSum, int businessSum, OwaspLevel likelihoodLevel, OwaspLevel impactLevel, OwaspSeverity severity)
    {
        Vector = vector;
        this.policy = (byte)policy;
        this.likelihoodSum = (byte)likelihoodSum;
        this.technicalSum = (byte)technicalSum;
        this.businessSum = (byte)businessSum;
        this.likelihoodLevel = (byte)likelihoodLevel;
        this.impactLevel = (byte)impactLevel;
        this.severity = (byte)severity;
    }

    /// <summary>The factor ratings scored.</summary>
    public OwaspVector Vector { get; }

    /// <summary>Which impact the severity used.</summary>
    public OwaspImpactPolicy Policy => (OwaspImpactPolicy)policy;

    /// <summary>The sum of the 8 likelihood factors (SL, M, O, S, ED, EE, A, ID), 0 to 72.</summary>
    public int LikelihoodSum => likelihoodSum;

    /// <summary>The sum of the 4 technical impact factors (LC, LI, LAV, LAC), 0 to 36.</summary>
    public int TechnicalSum => technicalSum;

    /// <summary>The sum of the 4 business impact factors (FD, RD, NC, PV), 0 to 36.</summary>
    public int BusinessSum => businessSum;

    /// <summary>The likelihood: the average of the 8 likelihood factors, 0 to 9.</summary>
    public double Likelihood => LikelihoodSum / 8.0;

    /// <summary>The technical impact: the average of LC, LI, LAV and LAC.</summary>
    public double TechnicalImpact => TechnicalSum / 4.0;

    /// <summary>The business impact: the average of FD, RD, NC and PV.</summary>
    public double BusinessImpact => BusinessSum / 4.0;

    /// <summary>The impact <see cref="Policy"/> selects.</summary>
    public double Impact => Policy switch
    {
        OwaspImpactPolicy.Technical => TechnicalImpact,
        OwaspImpactPolicy.Maximum => Math.Max(TechnicalImpact, BusinessImpact),
        OwaspImpactPolicy.Average => (TechnicalSum + BusinessSum) / 8.0,
        _ => BusinessImpact,
    };

    /// <summary>The likelihood level.</summary>
    public OwaspLevel LikelihoodLevel => (OwaspLevel)likelihoodLevel;

    /// <summary>The level of <see cref="Impact"/>.</summary>
    public OwaspLevel ImpactLevel => (OwaspLevel)impactLevel;

    /// <summary>The overall risk severity.</summary>
    public OwaspSeverity Severity => (OwaspSeverity)severity;

    /// <inheritdoc/>
    public bool Equals(OwaspScore other) => Vector == other.Vector && Policy == other.Policy;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is OwaspScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Vector, Policy);

    /// <summary>Whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OwaspScore left, OwaspScore right) => left.Equals(right);

    /// <summary>Whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OwaspScore left, OwaspScore right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Severity} (likelihood {LikelihoodLevel}, impact {ImpactLevel})";
}
