using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class BlockStatisticsTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(16_385)]
    public void MatchesPlainTwoPassMomentsForLengthsOnAndOffTheLaneWidth(int length)
    {
        var rng = Xoshiro256StarStar.FromSeed((ulong)length);
        var values = new double[length];
        for (var i = 0; i < length; i++)
        {
            values[i] = 1e5 * Math.Exp(FairSampling.Normal(ref rng));
        }

        var stats = BlockStatistics.Of(values);
        var mean = values.Average();
        var m2 = values.Sum(v => (v - mean) * (v - mean));
        Assert.Equal(length, stats.Count);
        Assert.Equal(mean, stats.Mean, mean * 1e-13);
        Assert.Equal(m2, stats.M2, (m2 * 1e-12) + 1e-9);
        Assert.Equal(values.Min(), stats.Min);
        Assert.Equal(values.Max(), stats.Max);
    }

    [Fact]
    public void SumsLanesInAFixedOrder()
    {
        // Lanes hold {1e16, 0.5, -1e16, 0.5}: (l0 + l1) + (l2 + l3) = 1e16 + -1e16 = 0 in doubles (0.5 is below half
        // an ulp of 1e16), whereas a left-to-right sum gives 0.5. The fixed fold keeps the bits independent of the
        // hardware's vector width.
        var stats = BlockStatistics.Of([1e16, 0.5, -1e16, 0.5]);
        Assert.Equal(0.0, stats.Mean);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(10)]
    public void PropagatesNaNToMinimumAndMaximumLikeMathMinAndMax(int at)
    {
        var values = Enumerable.Range(0, 11).Select(i => (double)i).ToArray();
        values[at] = double.NaN;
        var stats = BlockStatistics.Of(values);
        Assert.True(double.IsNaN(stats.Min));
        Assert.True(double.IsNaN(stats.Max));
    }
}
