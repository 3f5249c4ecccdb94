using System.Collections.Immutable;

namespace Iso27k.Risk.Owasp;

/// <summary>
/// The OWASP Risk Rating Methodology as the <see cref="IRiskMethod"/> of a register's criteria: the levels are the
/// severities Note &lt; Low &lt; Medium &lt; High &lt; Critical, and an assessment is rated when it carries a vector.
/// </summary>
public sealed class OwaspRiskMethod : IRiskMethod, IEquatable<OwaspRiskMethod>
{
    /// <summary>The method's name in the register format.</summary>
    public const string MethodName = "owasp";

    private static readonly ImmutableArray<string> SeverityLevels = ["Note", "Low", "Medium", "High", "Critical"];

    /// <summary>Creates the method with an impact policy.</summary>
    /// <param name="policy">Which impact the severity uses.</param>
    /// <exception cref="ArgumentOutOfRangeException">The policy is not defined.</exception>
    public OwaspRiskMethod(OwaspImpactPolicy policy = OwaspImpactPolicy.Business)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)policy, (uint)OwaspImpactPolicy.Average, nameof(policy));
        Policy = policy;
    }

    /// <summary>Which impact the severity uses.</summary>
    public OwaspImpactPolicy Policy { get; }

    /// <inheritdoc/>
    public string Name => MethodName;

    /// <inheritdoc/>
    public ImmutableArray<string> Levels => SeverityLevels;

    /// <inheritdoc/>
    public int LevelOf(RiskAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return assessment.Owasp is { } vector ? (int)OwaspRiskRating.Score(vector, Policy).Severity : -1;
    }

    /// <inheritdoc/>
    public RiskEvaluation Evaluate(RiskAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Owasp is not { } vector)
        {
            return new RiskEvaluation(MethodName, Levels, -1, "Not rated: the assessment has no OWASP vector, so no severity is computed.");
        }

        var score = OwaspRiskRating.Score(vector, Policy);
        return new RiskEvaluation(MethodName, Levels, (int)score.Severity, OwaspRiskRating.Explain(score));
    }

    /// <inheritdoc/>
    public bool Equals(OwaspRiskMethod? other) => other is not null && Policy == other.Policy;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OwaspRiskMethod);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Policy;

    /// <inheritdoc/>
    public override string ToString() => $"OWASP Risk Rating (impact policy {Policy})";
}
