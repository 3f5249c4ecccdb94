using System.Diagnostics;
using System.Globalization;

namespace Iso27k.Risk.Cvss;

/// <summary>The score of a CVSS v4.0 vector, with the metric groups it reflects and the MacroVector it fell in.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CvssV40Score : IEquatable<CvssV40Score>
{
    private readonly int macroVector;

    internal CvssV40Score(double score, CvssNomenclature nomenclature, int macroVector)
    {
        Score = score;
        Nomenclature = nomenclature;
        this.macroVector = macroVector;
    }

    /// <summary>The score, 0.0 to 10.0, rounded to one decimal.</summary>
    public double Score { get; }

    /// <summary>Which metric groups the score reflects: CVSS-B, -BT, -BE or -BTE.</summary>
    public CvssNomenclature Nomenclature { get; }

    /// <summary>The rating of <see cref="Score"/>.</summary>
    public CvssSeverity Severity => CvssSeverityRating.FromScore(Score);

    /// <summary>The MacroVector as six digits EQ1 to EQ6, such as <c>002201</c> (allocates).</summary>
    public string MacroVector => macroVector.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The level (0, 1 or 2) of equivalence set <paramref name="eq"/>.</summary>
    /// <param name="eq">The equivalence set, 1 to 6.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eq"/> is not 1 to 6.</exception>
    public int GetEquivalenceLevel(int eq)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(eq, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(eq, 6);
        var value = macroVector;
        for (var i = 6; i > eq; i--)
        {
            value /= 10;
        }

        return value % 10;
    }

    /// <summary>Compares score, nomenclature and MacroVector.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CvssV40Score left, CvssV40Score right) => left.Equals(right);

    /// <summary>Compares score, nomenclature and MacroVector.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CvssV40Score left, CvssV40Score right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CvssV40Score other) =>
        Score.Equals(other.Score) && Nomenclature == other.Nomenclature && macroVector == other.macroVector;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CvssV40Score other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Score, Nomenclature, macroVector);

    /// <summary>For example <c>9.3 CVSS-B (Critical)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Score:0.0} {Nomenclature.ToLabel()} ({Severity})");
}
