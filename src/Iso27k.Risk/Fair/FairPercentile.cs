using System.Globalization;

namespace Iso27k.Risk.Fair;

/// <summary>One percentile of a simulated annual loss distribution (type-7 interpolation).</summary>
/// <remarks><c>default(FairPercentile)</c> is the 0th percentile with value 0.</remarks>
public readonly struct FairPercentile : IEquatable<FairPercentile>
{
    /// <summary>Creates a percentile.</summary>
    /// <param name="probability">The probability in [0, 1], e.g. 0.95.</param>
    /// <param name="value">The annual loss at that probability.</param>
    public FairPercentile(double probability, double value)
    {
        Probability = probability;
        Value = value;
    }

    /// <summary>The probability in [0, 1], e.g. 0.95 for the 95th percentile.</summary>
    public double Probability { get; }

    /// <summary>The annual loss not exceeded with that probability.</summary>
    public double Value { get; }

    /// <summary>Whether two percentiles are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether probability and value are equal.</returns>
    public static bool operator ==(FairPercentile left, FairPercentile right) => left.Equals(right);

    /// <summary>Whether two percentiles differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether probability or value differ.</returns>
    public static bool operator !=(FairPercentile left, FairPercentile right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(FairPercentile other) => Probability.Equals(other.Probability) && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FairPercentile other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Probability, Value);

    /// <summary>Formats as <c>p95=123456.7</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p{Probability * 100}={Value}");
}
