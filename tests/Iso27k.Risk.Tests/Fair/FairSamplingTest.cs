using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class FairSamplingTest
{
    private const int N = 400_000;

    [Fact]
    public void NormalHasMeanZeroVarianceOneAndNormalQuantiles()
    {
        var rng = Xoshiro256StarStar.FromSeed(1);
        var x = new double[N];
        for (var i = 0; i < N; i++)
        {
            x[i] = FairSampling.Normal(ref rng);
        }

        var (mean, se) = MonteCarloAssert.MeanAndError(x);
        MonteCarloAssert.Near(0, mean, se, "normal mean");
        var (variance, vse) = MonteCarloAssert.VarianceAndError(x);
        MonteCarloAssert.Near(1, variance, vse, "normal variance");
        foreach (var (z, p) in new[] { (-1.6448536269514722, 0.05), (0.0, 0.5), (1.0, 0.8413447460685429), (1.959963984540054, 0.975), (3.0, 0.9986501019683699) })
        {
            var (fraction, fse) = MonteCarloAssert.FractionBelow(x, z, p);
            MonteCarloAssert.Near(p, fraction, fse, $"P(Z <= {z})");
        }

        // The tail beyond the ziggurat's base (|z| > 3.654) must be reached: expected 0.026% of draws.
        var inside = 1 - FairSampling.Erfc(3.6541528853610088 / Math.Sqrt(2));
        var (tail, tse) = MonteCarloAssert.FractionBelow(x.Select(Math.Abs).ToArray(), 3.6541528853610088, inside);
        MonteCarloAssert.Near(inside, tail, tse, "P(|Z| <= R)");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(1.8421)]
    [InlineData(7.25)]
    public void GammaHasMeanAndVarianceEqualToShape(double shape)
    {
        var sampler = new GammaSampler(shape);
        var rng = Xoshiro256StarStar.FromSeed(2);
        var x = new double[N];
        for (var i = 0; i < N; i++)
        {
            x[i] = sampler.Sample(ref rng);
        }

        var (mean, se) = MonteCarloAssert.MeanAndError(x);
        MonteCarloAssert.Near(shape, mean, se, "gamma mean");
        var (variance, vse) = MonteCarloAssert.VarianceAndError(x);
        MonteCarloAssert.Near(shape, variance, vse, "gamma variance");
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(4.0)]
    [InlineData(9.99)]
    [InlineData(10.0)]
    [InlineData(57.5)]
    [InlineData(2500.0)]
    public void PoissonHasMeanAndVarianceEqualToLambda(double lambda)
    {
        var rng = Xoshiro256StarStar.FromSeed(3);
        var x = new double[N];
        for (var i = 0; i < N; i++)
        {
            x[i] = FairSampling.Poisson(lambda, ref rng);
        }

        var (mean, se) = MonteCarloAssert.MeanAndError(x);
        MonteCarloAssert.Near(lambda, mean, se, "poisson mean");
        var (variance, vse) = MonteCarloAssert.VarianceAndError(x);
        MonteCarloAssert.Near(lambda, variance, vse, "poisson variance");
        var (p0, pse) = MonteCarloAssert.FractionBelow(x, 0, Math.Exp(-lambda));
        if (lambda < 10)
        {
            MonteCarloAssert.Near(Math.Exp(-lambda), p0, pse, "P(N = 0)");
        }
    }

    [Fact]
    public void PoissonOfZeroIsZero()
    {
        var rng = Xoshiro256StarStar.FromSeed(3);
        Assert.Equal(0L, FairSampling.Poisson(0, ref rng));
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(2.0, 0.004677734981047266)]
    [InlineData(3.0, 2.209049699858544e-05)]
    [InlineData(-1.0, 1.8427007929497148)]
    public void ErfcMatchesReferenceValues(double x, double expected) =>
        Assert.Equal(expected, FairSampling.Erfc(x), expected * 1e-12);

    [Fact]
    public void LogFactorialIsExactInTableAndStirlingBeyond()
    {
        Assert.Equal(0.0, FairSampling.LogFactorial(0));
        Assert.Equal(Math.Log(120), FairSampling.LogFactorial(5), 1e-12);
        double sum = 0;
        for (var k = 2; k <= 1000; k++)
        {
            sum += Math.Log(k);
        }

        Assert.Equal(sum, FairSampling.LogFactorial(1000), sum * 1e-13);
    }
}
