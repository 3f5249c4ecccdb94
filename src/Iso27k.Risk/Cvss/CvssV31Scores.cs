using System.Diagnostics;
using System.Globalization;

namespace Iso27k.Risk.Cvss;

/// <summary>The three scores of a CVSS v3.x vector, each rounded up to one decimal as the specification requires.</summary>
/// <remarks>
/// The temporal and environmental scores are always defined: Not Defined metrics take neutral weights, so a base-only
/// vector has a temporal score equal to its base score and an environmental score computed from the base metrics
/// (which in v3.1 can differ by 0.1 from the base score when the scope is changed).
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CvssV31Scores : IEquatable<CvssV31Scores>
{
    internal CvssV31Scores(CvssVersion version, double baseScore, double temporalScore, double environmentalScore)
    {
        Version = version;
        BaseScore = baseScore;
        TemporalScore = temporalScore;
        EnvironmentalScore = environmentalScore;
    }

    /// <summary>The version whose formulas were used.</summary>
    public CvssVersion Version { get; }

    /// <summary>The base score, 0.0 to 10.0.</summary>
    public double BaseScore { get; }

    /// <summary>The temporal score, 0.0 to 10.0.</summary>
    public double TemporalScore { get; }

    /// <summary>The environmental score, 0.0 to 10.0.</summary>
    public double EnvironmentalScore { get; }

    /// <summary>The rating of <see cref="BaseScore"/>.</summary>
    public CvssSeverity BaseSeverity => CvssSeverityRating.FromScore(BaseScore);

    /// <summary>The rating of <see cref="TemporalScore"/>.</summary>
    public CvssSeverity TemporalSeverity => CvssSeverityRating.FromScore(TemporalScore);

    /// <summary>The rating of <see cref="EnvironmentalScore"/>.</summary>
    public CvssSeverity EnvironmentalSeverity => CvssSeverityRating.FromScore(EnvironmentalScore);

    /// <summary>Compares version and scores.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CvssV31Scores left, CvssV31Scores right) => left.Equals(right);

    /// <summary>Compares version and scores.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CvssV31Scores left, CvssV31Scores right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CvssV31Scores other) =>
        Version == other.Version && BaseScore.Equals(other.BaseScore) &&
        TemporalScore.Equals(other.TemporalScore) && EnvironmentalScore.Equals(other.EnvironmentalScore);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CvssV31Scores other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Version, BaseScore, TemporalScore, EnvironmentalScore);

    /// <summary>For example <c>base 9.8, temporal 9.1, environmental 9.1</c>.</summary>
    /// <returns>The scores.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"base {BaseScore:0.0}, temporal {TemporalScore:0.0}, environmental {EnvironmentalScore:0.0}");
}
