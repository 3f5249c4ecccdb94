using System.Diagnostics.CodeAnalysis;

namespace Iso27k.Risk.Matrix;

/// <summary>
/// The input of a <see cref="RiskMatrix"/>: a likelihood and a consequence value, each 1 to its scale's count, or 0
/// for "not rated". <c>default(MatrixRating)</c> is <see cref="NotRated"/>.
/// </summary>
public readonly struct MatrixRating : IEquatable<MatrixRating>
{
    /// <summary>Neither input is rated.</summary>
    public static readonly MatrixRating NotRated;

    /// <summary>Creates a rating.</summary>
    /// <param name="likelihood">The likelihood value, 1 to the scale's count, or 0 when not rated.</param>
    /// <param name="consequence">The consequence value, 1 to the scale's count, or 0 when not rated.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or above <see cref="RiskScale.MaxCount"/>.</exception>
    public MatrixRating(int likelihood, int consequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(likelihood);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(likelihood, RiskScale.MaxCount);
        ArgumentOutOfRangeException.ThrowIfNegative(consequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(consequence, RiskScale.MaxCount);
        Likelihood = likelihood;
        Consequence = consequence;
    }

    /// <summary>The likelihood value, or 0 when not rated.</summary>
    public int Likelihood { get; }

    /// <summary>The consequence value, or 0 when not rated.</summary>
    public int Consequence { get; }

    /// <summary>Whether both inputs are rated.</summary>
    public bool IsRated => Likelihood != 0 && Consequence != 0;

    /// <inheritdoc/>
    public bool Equals(MatrixRating other) => Likelihood == other.Likelihood && Consequence == other.Consequence;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MatrixRating other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Likelihood * 16) + Consequence;

    /// <summary>Whether two ratings are equal.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MatrixRating left, MatrixRating right) => left.Equals(right);

    /// <summary>Whether two ratings differ.</summary>
    /// <param name="left">The first rating.</param>
    /// <param name="right">The second rating.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(MatrixRating left, MatrixRating right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() =>
        $"L{(Likelihood == 0 ? "?" : Likelihood.ToString(System.Globalization.CultureInfo.InvariantCulture))} x C{(Consequence == 0 ? "?" : Consequence.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
