using System.Collections.Immutable;

namespace Iso27k.Risk.Fair;

/// <summary>A degenerate distribution: every draw is the same value. Consumes no random numbers.</summary>
internal sealed class ConstantDistribution : FairDistribution
{
    public ConstantDistribution(double value)
    {
        RequireFinite(value, nameof(value));
        Value = value;
        Parameters = [new("value", value)];
    }

    public double Value { get; }

    public override FairDistributionKind Kind => FairDistributionKind.Constant;

    public override double Mean => Value;

    public override double Variance => 0.0;

    public override double Minimum => Value;

    public override double Maximum => Value;

    public override ImmutableArray<KeyValuePair<string, double>> Parameters { get; }

    public override string Name => "const";

    internal override double Sample(ref Xoshiro256StarStar rng) => Value;

    internal override void Fill(Span<double> destination, ref Xoshiro256StarStar rng) => destination.Fill(Value);
}
