using System.Globalization;

namespace Iso27k.Risk.Fair;

/// <summary>One point of a loss exceedance curve: a loss and the probability that annual loss exceeds it.</summary>
/// <remarks><c>default(FairExceedancePoint)</c> is loss 0 with probability 0.</remarks>
public readonly struct FairExceedancePoint : IEquatable<FairExceedancePoint>
{
    /// <summary>Creates a point.</summary>
    /// <param name="loss">The loss threshold.</param>
    /// <param name="probability">P(annual loss &gt; loss).</param>
    public FairExceedancePoint(double loss, double probability)
    {
        Loss = loss;
        Probability = probability;
    }

    /// <summary>The loss threshold.</summary>
    public double Loss { get; }

    /// <summary>The fraction of iterations whose annual loss is strictly greater than <see cref="Loss"/>.</summary>
    public double Probability { get; }

    /// <summary>Whether two points are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether loss and probability are equal.</returns>
    public static bool operator ==(FairExceedancePoint left, FairExceedancePoint right) => left.Equals(right);

    /// <summary>Whether two points differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether loss or probability differ.</returns>
    public static bool operator !=(FairExceedancePoint left, FairExceedancePoint right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(FairExceedancePoint other) => Loss.Equals(other.Loss) && Probability.Equals(other.Probability);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FairExceedancePoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Loss, Probability);

    /// <summary>Formats as <c>P(loss &gt; 1000) = 0.25</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P(loss > {Loss}) = {Probability}");
}
