using System.Collections.Immutable;

namespace Iso27k.Risk.Fair;

/// <summary>A lognormal distribution fitted to a 90% confidence interval (5th and 95th percentiles).</summary>
internal sealed class LogNormalDistribution : FairDistribution
{
    public LogNormalDistribution(double low, double high)
    {
        RequireFinite(low, nameof(low));
        RequireFinite(high, nameof(high));
        if (!(low > 0))
        {
            throw new ArgumentException($"lognormal90 needs 0 < low < high (got low {low}).", nameof(low));
        }

        if (!(high > low))
        {
            throw new ArgumentException($"lognormal90 needs 0 < low < high (got low {low}, high {high}).", nameof(high));
        }

        Low = low;
        High = high;
        Mu = (Math.Log(low) + Math.Log(high)) / 2.0;
        Sigma = (Math.Log(high) - Math.Log(low)) / (2.0 * Z95);
        var s2 = Sigma * Sigma;
        Mean = Math.Exp(Mu + (s2 / 2.0));
        Variance = (Math.Exp(s2) - 1.0) * Math.Exp((2.0 * Mu) + s2);
        Parameters = [new("low", low), new("high", high), new("mu", Mu), new("sigma", Sigma)];
    }

    public double Low { get; }

    public double High { get; }

    public double Mu { get; }

    public double Sigma { get; }

    public override FairDistributionKind Kind => FairDistributionKind.LogNormal;

    public override double Mean { get; }

    public override double Variance { get; }

    public override double Minimum => 0.0;

    public override double Maximum => double.PositiveInfinity;

    public override ImmutableArray<KeyValuePair<string, double>> Parameters { get; }

    public override string Name => "lognormal90";

    internal override double Sample(ref Xoshiro256StarStar rng) => Math.Exp(Mu + (Sigma * FairSampling.Normal(ref rng)));

    internal override void Fill(Span<double> destination, ref Xoshiro256StarStar rng)
    {
        var local = rng;
        var mu = Mu;
        var sigma = Sigma;
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Math.Exp(mu + (sigma * FairSampling.Normal(ref local)));
        }

        rng = local;
    }
}
