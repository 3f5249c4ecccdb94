using System.Diagnostics.CodeAnalysis;

namespace Iso27k.Risk.Matrix;

/// <summary>
/// A band of a multiplicative or additive <see cref="RiskMatrix"/>: the values <see cref="Min"/> to
/// <see cref="Max"/> (both included) have the level <see cref="Level"/>.
/// </summary>
public readonly struct RiskBand : IEquatable<RiskBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="min">The lowest value in the band.</param>
    /// <param name="max">The highest value in the band.</param>
    /// <param name="level">The label of the level; it must be one of the matrix's levels.</param>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public RiskBand(int min, int max, string level)
    {
        ArgumentNullException.ThrowIfNull(level);
        Min = min;
        Max = max;
        Level = level;
    }

    /// <summary>The lowest value in the band.</summary>
    public int Min { get; }

    /// <summary>The highest value in the band.</summary>
    public int Max { get; }

    /// <summary>The label of the band's level; <see langword="null"/> only for <c>default(RiskBand)</c>.</summary>
    public string Level { get; }

    /// <inheritdoc/>
    public bool Equals(RiskBand other) => Min == other.Min && Max == other.Max && string.Equals(Level, other.Level, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RiskBand other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Min, Max, Level);

    /// <summary>Whether two bands are equal.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RiskBand left, RiskBand right) => left.Equals(right);

    /// <summary>Whether two bands differ.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RiskBand left, RiskBand right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Min}-{Max}: {Level}";
}
