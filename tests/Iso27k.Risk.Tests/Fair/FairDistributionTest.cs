using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class FairDistributionTest
{
    private const int N = 400_000;

    [Fact]
    public void ClassicPertDerivesVoseAlphaAndBeta()
    {
        var pert = (PertDistribution)FairDistribution.Pert(1, 2, 4);
        Assert.Equal(1 + (4.0 / 3.0), pert.Alpha, 12);
        Assert.Equal(1 + (8.0 / 3.0), pert.Beta, 12);
        Assert.Equal(13.0 / 6.0, pert.Mean, 12);

        // Classic variance (mean - min)(max - mean) / (gamma + 3).
        Assert.Equal((7.0 / 6.0) * (11.0 / 6.0) / 7.0, pert.Variance, 12);
    }

    [Fact]
    public void MomentMatchedPertReproducesPyfairAlphaBetaAndPinnedDeviation()
    {
        // pyfair FairBetaPert(1, 2, 4): mean 13/6, sd 3/6, alpha = (7/18)(68/9) = 476/162, beta = alpha * 11/7.
        var pert = (PertDistribution)FairDistribution.Pert(1, 2, 4, PertVariant.MomentMatched);
        Assert.Equal(476.0 / 162.0, pert.Alpha, 12);
        Assert.Equal(476.0 / 162.0 * 11.0 / 7.0, pert.Beta, 12);
        Assert.Equal(13.0 / 6.0, pert.Mean, 12);
        Assert.Equal(0.25, pert.Variance, 12);
    }

    [Theory]
    [InlineData(0.1, 0.5, 2.0, PertVariant.Classic)]
    [InlineData(0.1, 0.5, 2.0, PertVariant.MomentMatched)]
    [InlineData(50_000, 200_000, 2_000_000, PertVariant.Classic)]
    [InlineData(50_000, 200_000, 2_000_000, PertVariant.MomentMatched)]
    [InlineData(0, 0, 1, PertVariant.Classic)]
    [InlineData(0, 0, 1, PertVariant.MomentMatched)]
    [InlineData(0, 0.5, 1, PertVariant.MomentMatched)]
    public void PertDrawsMatchAnalyticMeanAndVariance(double min, double mode, double max, PertVariant variant)
    {
        var pert = FairDistribution.Pert(min, mode, max, variant);
        var x = Draw(pert, 11);
        Assert.All(x, v => Assert.InRange(v, min, max));
        var (mean, se) = MonteCarloAssert.MeanAndError(x);
        MonteCarloAssert.Near((min + (4 * mode) + max) / 6, mean, se, "PERT mean (min + 4 mode + max) / 6");
        var (variance, vse) = MonteCarloAssert.VarianceAndError(x);
        MonteCarloAssert.Near(pert.Variance, variance, vse, "PERT variance");
    }

    [Fact]
    public void LogNormal90HitsItsInterval()
    {
        var dist = (LogNormalDistribution)FairDistribution.LogNormal90(10_000, 1_000_000);
        Assert.Equal((Math.Log(10_000) + Math.Log(1_000_000)) / 2, dist.Mu, 12);
        Assert.Equal((Math.Log(1_000_000) - Math.Log(10_000)) / (2 * 1.6448536269514722), dist.Sigma, 12);
        var x = Draw(dist, 12);

        // P(X <= q) for the analytic 5th, 50th, 90th and 95th percentiles exp(mu + z sigma).
        foreach (var (z, p) in new[] { (-1.6448536269514722, 0.05), (0.0, 0.5), (1.2815515655446004, 0.9), (1.6448536269514722, 0.95) })
        {
            var q = Math.Exp(dist.Mu + (z * dist.Sigma));
            var (fraction, fse) = MonteCarloAssert.FractionBelow(x, q, p);
            MonteCarloAssert.Near(p, fraction, fse, $"lognormal P(X <= q{p})");
        }

        var (mean, se) = MonteCarloAssert.MeanAndError(x);
        MonteCarloAssert.Near(Math.Exp(dist.Mu + (dist.Sigma * dist.Sigma / 2)), mean, se, "lognormal mean");
    }

    [Theory]
    [InlineData(100.0, 30.0)]
    [InlineData(-1.0, 2.0)]
    [InlineData(0.0, 5.0)]
    public void ClippedNormalMatchesItsMeanFormulaAndZeroMass(double mu, double sd)
    {
        var dist = FairDistribution.NormalClippedAtZero(mu, sd);
        var z = mu / sd;
        var phi = Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);
        var cdf = 0.5 * FairSampling.Erfc(-z / Math.Sqrt(2));
        Assert.Equal((mu * cdf) + (sd * phi), dist.Mean, 10);
        var x = Draw(dist, 13);
        Assert.All(x, v => Assert.True(v >= 0));
        var (mean, se) = MonteCarloAssert.MeanAndError(x);
        MonteCarloAssert.Near(dist.Mean, mean, se, "clipped normal mean");
        var (zeros, zse) = MonteCarloAssert.FractionBelow(x, 0, 1 - cdf);
        MonteCarloAssert.Near(1 - cdf, zeros, zse, "clipped normal P(0)");
    }

    [Fact]
    public void ConstantAlwaysDrawsItsValue()
    {
        var dist = FairDistribution.Constant(3.5);
        Assert.All(Draw(dist, 1).Take(100), v => Assert.Equal(3.5, v));
        Assert.Equal(0, dist.Variance);
    }

    [Fact]
    public void FillDrawsTheSameNumbersAsRepeatedSample()
    {
        foreach (var dist in new[] { FairDistribution.Pert(1, 2, 9), FairDistribution.LogNormal90(1, 10), FairDistribution.NormalClippedAtZero(1, 1) })
        {
            var a = Xoshiro256StarStar.FromSeed(5);
            var b = Xoshiro256StarStar.FromSeed(5);
            var filled = new double[1000];
            dist.Fill(filled, ref a);
            for (var i = 0; i < filled.Length; i++)
            {
                Assert.Equal(dist.Sample(ref b), filled[i]);
            }
        }
    }

    [Fact]
    public void RejectsMisorderedOrDegenerateParameters()
    {
        Assert.Contains("min <= mode <= max", Assert.Throws<ArgumentException>(() => FairDistribution.Pert(1, 5, 4)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FairDistribution.Pert(2, 2, 2));
        Assert.Throws<ArgumentException>(() => FairDistribution.LogNormal90(0, 10));
        Assert.Throws<ArgumentException>(() => FairDistribution.LogNormal90(10, 5));
        Assert.Throws<ArgumentException>(() => FairDistribution.NormalClippedAtZero(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairDistribution.Constant(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => FairDistribution.Pert(0, 1, 2, 0, PertVariant.Classic));
    }

    [Fact]
    public void DescribesItselfWithDerivedParameters()
    {
        var text = FairDistribution.Pert(1, 2, 4).ToString();
        Assert.StartsWith("pert-classic(min=1, mode=2, max=4, gamma=4, alpha=2.33", text, StringComparison.Ordinal);
        Assert.Contains("beta=3.66", text, StringComparison.Ordinal);
        Assert.StartsWith("lognormal90(low=1, high=100, mu=2.30", FairDistribution.LogNormal90(1, 100).ToString(), StringComparison.Ordinal);
    }

    private static double[] Draw(FairDistribution dist, ulong seed)
    {
        var rng = Xoshiro256StarStar.FromSeed(seed);
        var x = new double[N];
        dist.Fill(x, ref rng);
        return x;
    }
}
