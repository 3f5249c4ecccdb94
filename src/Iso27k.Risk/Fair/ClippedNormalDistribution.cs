using System.Collections.Immutable;

namespace Iso27k.Risk.Fair;

/// <summary>max(0, X) for X ~ N(mean, sd): a point mass at zero plus the positive part of the normal.</summary>
internal sealed class ClippedNormalDistribution : FairDistribution
{
    public ClippedNormalDistribution(double mean, double standardDeviation)
    {
        RequireFinite(mean, nameof(mean));
        RequireFinite(standardDeviation, nameof(standardDeviation));
        if (!(standardDeviation > 0))
        {
            throw new ArgumentException($"normal needs sd > 0 (got {standardDeviation}).", nameof(standardDeviation));
        }

        NormalMean = mean;
        StandardDeviation = standardDeviation;

        // E[max(0,X)] = mu Phi(mu/s) + s phi(mu/s); E[max(0,X)^2] = (mu^2 + s^2) Phi(mu/s) + mu s phi(mu/s).
        var z = mean / standardDeviation;
        var cdf = FairSampling.NormalCdf(z);
        var pdf = FairSampling.NormalPdf(z);
        Mean = (mean * cdf) + (standardDeviation * pdf);
        var second = (((mean * mean) + (standardDeviation * standardDeviation)) * cdf) + (mean * standardDeviation * pdf);
        Variance = Math.Max(0.0, second - (Mean * Mean));
        Parameters = [new("mean", mean), new("sd", standardDeviation), new("pZero", 1.0 - cdf)];
    }

    public double NormalMean { get; }

    public double StandardDeviation { get; }

    public override FairDistributionKind Kind => FairDistributionKind.NormalClippedAtZero;

    public override double Mean { get; }

    public override double Variance { get; }

    public override double Minimum => 0.0;

    public override double Maximum => double.PositiveInfinity;

    public override ImmutableArray<KeyValuePair<string, double>> Parameters { get; }

    public override string Name => "normal-clipped";

    internal override double Sample(ref Xoshiro256StarStar rng) =>
        Math.Max(0.0, NormalMean + (StandardDeviation * FairSampling.Normal(ref rng)));
}
