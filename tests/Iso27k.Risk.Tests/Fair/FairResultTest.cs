using FsCheck;
using FsCheck.Fluent;
using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class FairResultTest
{
    private static readonly FairModel Model = FairModel.FromLossEventFrequency(
        FairDistribution.Pert(0.1, 0.5, 2),
        FairDistribution.LogNormal90(10_000, 1_000_000)).WithPoissonFrequency();

    [Fact]
    public void ExceedanceCurveIsNonIncreasingFromOneToZero()
    {
        var result = FairSimulation.Run(Model, FairSimulationOptions.Default.WithIterations(20_000).WithKeepSamples());
        var curve = result.ExceedanceCurve(50);
        Assert.Equal(50, curve.Length);
        Assert.Equal(result.Minimum, curve[0].Loss);
        Assert.Equal(result.Maximum, curve[^1].Loss);
        Assert.Equal(0.0, curve[^1].Probability);
        for (var i = 1; i < curve.Length; i++)
        {
            Assert.True(curve[i].Probability <= curve[i - 1].Probability);
        }

        var below = result.ExceedanceCurve([-1.0]);
        Assert.Equal(1.0, below[0].Probability);
    }

    [Fact]
    public void ExceedanceProbabilityCountsStrictlyGreaterLosses()
    {
        var result = FairSimulation.Run(Model, FairSimulationOptions.Default.WithIterations(5_000).WithKeepSamples());
        var threshold = result.P90;
        var expected = result.Samples.Count(v => v > threshold) / 5_000.0;
        Assert.Equal(expected, result.ExceedanceCurve([threshold])[0].Probability);
    }

    [Fact]
    public void ExceedanceCurveIsNonIncreasingForAnySeedAndThresholds()
    {
        var gen = from seed in Gen.Choose(0, 10_000)
                  from thresholds in Gen.ArrayOf(Gen.Choose(0, 3_000_000).Select(i => (double)i))
                  select (seed, thresholds);
        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var result = FairSimulation.Run(Model, FairSimulationOptions.Default.WithIterations(500).WithSeed((ulong)input.seed).WithKeepSamples());
            var curve = result.ExceedanceCurve(input.thresholds.OrderBy(v => v));
            return curve.Zip(curve.Skip(1)).All(pair => pair.Second.Probability <= pair.First.Probability)
                && result.P50 <= result.P90 && result.P90 <= result.P95 && result.P95 <= result.P99 && result.P99 <= result.Maximum;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void AnyPercentileComesFromKeptSamplesOtherwiseThrows()
    {
        var kept = FairSimulation.Run(Model, FairSimulationOptions.Default.WithIterations(1_000).WithKeepSamples());
        var sorted = kept.Samples.OrderBy(v => v).ToArray();
        Assert.Equal(Type7Percentile.FromSorted(sorted, 0.42), kept.GetPercentile(0.42));
        var dropped = FairSimulation.Run(Model, FairSimulationOptions.Default.WithIterations(1_000).WithPercentiles([0.42]));
        Assert.Equal(kept.GetPercentile(0.42), dropped.GetPercentile(0.42));
        Assert.Throws<InvalidOperationException>(() => dropped.GetPercentile(0.43));
        Assert.Throws<InvalidOperationException>(() => dropped.ExceedanceCurve(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => kept.GetPercentile(1.5));
    }
}
