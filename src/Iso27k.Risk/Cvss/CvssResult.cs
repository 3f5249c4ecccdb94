using System.Diagnostics;
using System.Globalization;

namespace Iso27k.Risk.Cvss;

/// <summary>
/// The score of a CVSS vector of any version, as reported by <see cref="CvssCalculator.TryScore(ReadOnlySpan{char}, out CvssResult, out CvssParseError)"/>.
/// </summary>
/// <remarks>
/// <para>
/// For v3.x, <see cref="BaseScore"/>, <see cref="TemporalScore"/> and <see cref="EnvironmentalScore"/> are filled and
/// <see cref="Score"/> is the base score. For v4.0, which has a single score per vector, those three are
/// <see langword="null"/>, <see cref="Score"/> is the CVSS-B, -BT, -BE or -BTE score and <see cref="Nomenclature"/> says
/// which.
/// </para>
/// <para><c>default(CvssResult)</c> is the result of <c>default(CvssV31Vector)</c> without scores; do not use it.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CvssResult : IEquatable<CvssResult>
{
    private readonly CvssV31Vector v3;
    private readonly CvssV40Vector v4;
    private readonly CvssV31Scores v3Scores;
    private readonly CvssV40Score v4Score;

    internal CvssResult(CvssV31Vector vector, CvssV31Scores scores)
    {
        v3 = vector;
        v3Scores = scores;
        Version = vector.Version;
    }

    internal CvssResult(CvssV40Vector vector, CvssV40Score score)
    {
        v4 = vector;
        v4Score = score;
        Version = CvssVersion.V40;
    }

    /// <summary>The version of the vector.</summary>
    public CvssVersion Version { get; }

    /// <summary>The headline score: the base score for v3.x, the CVSS-B/BT/BE/BTE score for v4.0.</summary>
    public double Score => Version == CvssVersion.V40 ? v4Score.Score : v3Scores.BaseScore;

    /// <summary>The rating of <see cref="Score"/>.</summary>
    public CvssSeverity Severity => CvssSeverityRating.FromScore(Score);

    /// <summary>The v3.x base score; <see langword="null"/> for v4.0.</summary>
    public double? BaseScore => Version == CvssVersion.V40 ? null : v3Scores.BaseScore;

    /// <summary>The v3.x temporal score; <see langword="null"/> for v4.0.</summary>
    public double? TemporalScore => Version == CvssVersion.V40 ? null : v3Scores.TemporalScore;

    /// <summary>The v3.x environmental score; <see langword="null"/> for v4.0.</summary>
    public double? EnvironmentalScore => Version == CvssVersion.V40 ? null : v3Scores.EnvironmentalScore;

    /// <summary>For v4.0, which metric groups the score reflects; <see langword="null"/> for v3.x.</summary>
    public CvssNomenclature? Nomenclature => Version == CvssVersion.V40 ? v4Score.Nomenclature : null;

    /// <summary>The canonical vector string.</summary>
    public string Vector => Version == CvssVersion.V40 ? v4.ToString() : v3.ToString();

    /// <summary>Compares the vectors and scores.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CvssResult left, CvssResult right) => left.Equals(right);

    /// <summary>Compares the vectors and scores.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CvssResult left, CvssResult right) => !left.Equals(right);

    /// <summary>A multi-line explanation of the computation.</summary>
    /// <returns>The explanation.</returns>
    public string Explain() => Version == CvssVersion.V40 ? v4.Explain().ToString() : v3.Explain().ToString();

    /// <inheritdoc/>
    public bool Equals(CvssResult other) =>
        Version == other.Version && v3 == other.v3 && v4 == other.v4 && v3Scores == other.v3Scores && v4Score == other.v4Score;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CvssResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Version, v3, v4);

    /// <summary>For example <c>9.8 Critical (CVSS:3.1/...)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Score:0.0} {Severity} ({Vector})");
}
