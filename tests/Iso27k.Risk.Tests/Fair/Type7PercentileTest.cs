using FsCheck;
using FsCheck.Fluent;
using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class Type7PercentileTest
{
    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.9, 3.7)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0.0, 1.0)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 1.0, 4.0)]
    [InlineData(new[] { 15.0, 20, 35, 40, 50 }, 0.4, 29.0)]
    [InlineData(new[] { 15.0, 20, 35, 40, 50 }, 0.25, 20.0)]
    [InlineData(new[] { 15.0, 20, 35, 40, 50 }, 0.99, 49.6)]
    [InlineData(new[] { 7.0 }, 0.3, 7.0)]
    [InlineData(new[] { 10.0, 10, 20 }, 0.75, 15.0)]
    public void MatchesHandComputedValues(double[] sorted, double p, double expected)
    {
        // h = (n - 1) p; x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
        Assert.Equal(expected, Type7Percentile.FromSorted(sorted, p), 12);
        var shuffled = sorted.Reverse().ToArray();
        var result = new double[1];
        Type7Percentile.SelectInPlace(shuffled, [p], result);
        Assert.Equal(expected, result[0], 12);
    }

    [Fact]
    public void SelectionAgreesWithSortingOnRandomArrays()
    {
        var gen = Gen.ArrayOf(Gen.Choose(0, 50).Select(i => (double)i)).Where(a => a.Length > 0);
        Prop.ForAll(gen.ToArbitrary(), data =>
        {
            var sorted = data.OrderBy(v => v).ToArray();
            double[] ps = [0, 0.1, 0.5, 0.5, 0.9, 0.95, 0.99, 1];
            var results = new double[ps.Length];
            Type7Percentile.Compute(data, sorted[0], sorted[^1], ps, results, 1);
            for (var i = 0; i < ps.Length; i++)
            {
                if (results[i] != Type7Percentile.FromSorted(sorted, ps[i]))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void BucketedSelectionOnLargeSamplesIsExact(int threads)
    {
        // Above the bucketing threshold, with ties, zeros, negative zero and a heavy tail.
        var rng = Xoshiro256StarStar.FromSeed(99);
        var data = new double[300_001];
        for (var i = 0; i < data.Length; i++)
        {
            var u = rng.NextDouble();
            data[i] = u < 0.2 ? 0.0 : u < 0.21 ? -0.0 : u < 0.3 ? 1000.0 : Math.Exp(12 * rng.NextDouble());
        }

        var original = (double[])data.Clone();
        var sorted = data.OrderBy(v => v).ToArray();
        double[] ps = [0, 0.1, 0.2, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999, 1];
        var results = new double[ps.Length];
        Type7Percentile.Compute(data, sorted[0], sorted[^1], ps, results, threads);
        for (var i = 0; i < ps.Length; i++)
        {
            Assert.Equal(Type7Percentile.FromSorted(sorted, ps[i]), results[i]);
        }

        Assert.Equal(original, data);
    }

    [Fact]
    public void BucketedSelectionIgnoresElementsPastTheGivenLength()
    {
        // Pooled arrays are longer than the sample; whatever lies past the length must not count.
        var rng = Xoshiro256StarStar.FromSeed(7);
        var data = new double[140_000];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = i < 100_000 ? Math.Exp(5 * rng.NextDouble()) : 1e300;
        }

        var sorted = data.Take(100_000).OrderBy(v => v).ToArray();
        double[] ps = [0, 0.5, 0.99, 1];
        var results = new double[ps.Length];
        Type7Percentile.Compute(data, 100_000, sorted[0], sorted[^1], ps, results, 2);
        Assert.Equal(ps.Select(p => Type7Percentile.FromSorted(sorted, p)), results);
        Type7Percentile.Compute(data, 1000, 0, 1e300, ps, results, 1);
        Assert.Equal(ps.Select(p => Type7Percentile.FromSorted(data.Take(1000).OrderBy(v => v).ToArray(), p)), results);
    }

    [Fact]
    public void PercentilesAreMonotoneInProbability()
    {
        var gen = Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 7.0)).Where(a => a.Length > 0);
        Prop.ForAll(gen.ToArbitrary(), data =>
        {
            var sorted = data.OrderBy(v => v).ToArray();
            var previous = double.NegativeInfinity;
            for (var k = 0; k <= 100; k++)
            {
                var q = Type7Percentile.FromSorted(sorted, k / 100.0);
                if (q < previous || q < sorted[0] || q > sorted[^1])
                {
                    return false;
                }

                previous = q;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }
}
