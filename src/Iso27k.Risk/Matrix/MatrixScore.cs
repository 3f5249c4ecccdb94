using System.Diagnostics.CodeAnalysis;

namespace Iso27k.Risk.Matrix;

/// <summary>
/// The result of <see cref="RiskMatrix.Score(MatrixRating)"/>: the inputs, the combined value and the level. It is a
/// small struct so scoring allocates nothing; <see cref="RiskMatrix.Explain(MatrixScore)"/> turns it into text.
/// </summary>
public readonly struct MatrixScore : IEquatable<MatrixScore>
{
    internal MatrixScore(MatrixRating rating, int value, int level, MatrixScoreStatus status)
    {
        Rating = rating;
        Value = value;
        Level = level;
        Status = status;
    }

    /// <summary>The inputs.</summary>
    public MatrixRating Rating { get; }

    /// <summary>
    /// The combined value: likelihood x consequence (multiplicative), likelihood + consequence (additive), or the
    /// level index + 1 (lookup); 0 when not rated.
    /// </summary>
    public int Value { get; }

    /// <summary>The level index into <see cref="RiskMatrix.Levels"/>, or -1 when not rated.</summary>
    public int Level { get; }

    /// <summary>Whether a level was computed, and if not, why.</summary>
    public MatrixScoreStatus Status { get; }

    /// <summary>Whether a level was computed.</summary>
    public bool IsRated => Status == MatrixScoreStatus.Rated;

    /// <inheritdoc/>
    public bool Equals(MatrixScore other) =>
        Rating == other.Rating && Value == other.Value && Level == other.Level && Status == other.Status;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MatrixScore other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rating, Value, Level, Status);

    /// <summary>Whether two scores are equal.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MatrixScore left, MatrixScore right) => left.Equals(right);

    /// <summary>Whether two scores differ.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(MatrixScore left, MatrixScore right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => IsRated ? $"{Rating} = {Value} (level {Level})" : $"{Rating}: {Status}";
}
