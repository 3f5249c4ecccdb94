using System.Collections.Concurrent;
using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class FairSimulationTest
{
    private static readonly FairModel Reference = FairModel.FromLossEventFrequency(
        FairDistribution.Pert(0.1, 0.5, 2),
        FairDistribution.Pert(50_000, 200_000, 2_000_000));

    private static FairSimulationOptions Options(int iterations = 200_000, ulong seed = 42) =>
        FairSimulationOptions.Default.WithIterations(iterations).WithSeed(seed);

    [Fact]
    public void ProductMeanIsProductOfInputMeans()
    {
        var result = FairSimulation.Run(Reference, Options());
        var expected = ((0.1 + 2.0 + 2.0) / 6) * ((50_000 + 800_000 + 2_000_000) / 6.0);
        Assert.Equal(expected, Reference.AnalyticMean!.Value, 6);
        MonteCarloAssert.Near(expected, result.Mean, result.StandardError, "E[LEF] E[LM]");
    }

    [Fact]
    public void ProductVarianceMatchesIndependentProductFormula()
    {
        // Var(XY) = E[X^2] E[Y^2] - (E[X] E[Y])^2 for independent X, Y.
        var lef = FairDistribution.Pert(0.1, 0.5, 2, PertVariant.MomentMatched);
        var lm = FairDistribution.LogNormal90(10_000, 500_000);
        var result = FairSimulation.Run(FairModel.FromLossEventFrequency(lef, lm), Options(400_000).WithKeepSamples());
        var ex2 = lef.Variance + (lef.Mean * lef.Mean);
        var ey2 = lm.Variance + (lm.Mean * lm.Mean);
        var expected = (ex2 * ey2) - Math.Pow(lef.Mean * lm.Mean, 2);
        var (variance, se) = MonteCarloAssert.VarianceAndError(result.Samples.AsSpan());
        MonteCarloAssert.Near(expected, variance, se, "Var(LEF x LM)");
        Assert.Equal(Math.Sqrt(variance), result.StandardDeviation, 6);
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(3.0)]
    [InlineData(40.0)]
    public void PoissonCompoundMatchesLambdaTimesMomentsOfLossMagnitude(double lambda)
    {
        var lm = FairDistribution.Pert(1_000, 5_000, 50_000);
        var model = FairModel.FromLossEventFrequency(FairDistribution.Constant(lambda), lm).WithPoissonFrequency();
        var result = FairSimulation.Run(model, Options(300_000).WithKeepSamples());
        MonteCarloAssert.Near(lambda * lm.Mean, result.Mean, result.StandardError, "compound mean lambda E[LM]");
        var (variance, se) = MonteCarloAssert.VarianceAndError(result.Samples.AsSpan());
        MonteCarloAssert.Near(lambda * (lm.Variance + (lm.Mean * lm.Mean)), variance, se, "compound variance lambda E[LM^2]");
        var (zeroYears, zse) = MonteCarloAssert.FractionBelow(result.Samples.AsSpan(), 0, Math.Exp(-lambda));
        MonteCarloAssert.Near(Math.Exp(-lambda), zeroYears, zse, "P(no event)");
    }

    [Fact]
    public void PoissonWithUncertainFrequencyKeepsTheProductMean()
    {
        var model = Reference.WithPoissonFrequency();
        var result = FairSimulation.Run(model, Options());
        MonteCarloAssert.Near(model.AnalyticMean!.Value, result.Mean, result.StandardError, "E[N] E[LM]");
    }

    [Fact]
    public void TaxonomyWithVulnerabilityProbabilityMultipliesMeans()
    {
        var model = FairModel.FromThreatEvents(
                FairDistribution.Pert(2, 10, 30),
                FairDistribution.Pert(0.05, 0.2, 0.5),
                FairDistribution.LogNormal90(5_000, 200_000))
            .WithSecondaryLoss(FairDistribution.Pert(0.1, 0.3, 0.9), FairDistribution.Pert(10_000, 40_000, 400_000));
        var expected = FairDistribution.Pert(2, 10, 30).Mean * FairDistribution.Pert(0.05, 0.2, 0.5).Mean
            * (FairDistribution.LogNormal90(5_000, 200_000).Mean + (FairDistribution.Pert(0.1, 0.3, 0.9).Mean * FairDistribution.Pert(10_000, 40_000, 400_000).Mean));
        Assert.Equal(expected, model.AnalyticMean!.Value, 6);
        var result = FairSimulation.Run(model, Options(300_000));
        MonteCarloAssert.Near(expected, result.Mean, result.StandardError, "E[TEF] E[V] (E[PL] + E[SLEF] E[SLM])");
    }

    [Fact]
    public void DerivedVulnerabilityIsProbabilityCapabilityExceedsResistance()
    {
        // RS ~ classic PERT(0, 0.5, 1) = Beta(3, 3); P(RS < 0.7) = sum_{j=3..5} C(5,j) 0.7^j 0.3^(5-j) = 0.83692.
        var model = FairModel.FromThreatEvents(
            FairDistribution.Constant(4),
            FairDistribution.Constant(0.7),
            FairDistribution.Pert(0, 0.5, 1),
            FairDistribution.Constant(1_000));
        Assert.Null(model.AnalyticMean);
        var result = FairSimulation.Run(model, Options(300_000));
        MonteCarloAssert.Near(4 * 0.83692 * 1_000, result.Mean, result.StandardError, "TEF P(TCap > RS) PL");
    }

    [Fact]
    public void SameSeedGivesBitIdenticalResultsWhateverTheThreadCount()
    {
        var baseOptions = Options(100_000).WithBlockSize(4096).WithKeepSamples().WithPercentiles([0.01, 0.333]);
        var one = FairSimulation.Run(Reference.WithPoissonFrequency(), baseOptions.WithMaxDegreeOfParallelism(1));
        var two = FairSimulation.Run(Reference.WithPoissonFrequency(), baseOptions.WithMaxDegreeOfParallelism(2));
        var many = FairSimulation.Run(Reference.WithPoissonFrequency(), baseOptions.WithMaxDegreeOfParallelism(7));
        foreach (var other in new[] { two, many })
        {
            Assert.Equal(one.Mean, other.Mean);
            Assert.Equal(one.StandardDeviation, other.StandardDeviation);
            Assert.Equal(one.Minimum, other.Minimum);
            Assert.Equal(one.Maximum, other.Maximum);
            Assert.Equal(one.Percentiles.ToArray(), other.Percentiles.ToArray());
            Assert.True(one.Samples.SequenceEqual(other.Samples));
        }
    }

    [Theory]
    [InlineData(100_000, "mean=325011.3681874748 sd=280103.58293441805 min=5734.104393291731 max=2756675.7228891654 p50=241328.47771511652 p90=699263.0972112487 p95=892807.7391398696 p99=1309112.0979680105")]
    [InlineData(1_000_000, "mean=324521.86767182953 sd=279877.46212225436 min=5734.104393291731 max=3254413.2061440097 p50=241136.8491529394 p90=697393.6740421735 p95=890339.4898666859 p99=1315168.8977539365")]
    [InlineData(70_001, "mean=324677.1117545202 sd=280334.11320916907 min=6297.071975375055 max=2598229.983122287 p50=240578.39325784275 p90=701646.5225121223 p95=893988.0199152385 p99=1312476.8873910655")]
    public void ReferenceRunIsPinnedToTheBit(int iterations, string expected)
    {
        // Guards optimisations of the engine: the same seed must keep giving the same draws and statistics.
        var result = FairSimulation.Run(Reference, Options(iterations));
        var actual = FormattableString.Invariant(
            $"mean={result.Mean:R} sd={result.StandardDeviation:R} min={result.Minimum:R} max={result.Maximum:R} p50={result.P50:R} p90={result.P90:R} p95={result.P95:R} p99={result.P99:R}");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void PortfolioRunIsPinnedToTheBit()
    {
        var result = FairSimulation.RunPortfolio([Reference, Reference.WithPoissonFrequency()], Options(100_000)).Total;
        var actual = FormattableString.Invariant(
            $"mean={result.Mean:R} sd={result.StandardDeviation:R} p50={result.P50:R} p90={result.P90:R} p95={result.P95:R} p99={result.P99:R}");
        Assert.Equal("mean=649701.8923129521 sd=565723.3227875858 p50=486986.65581473615 p90=1432625.6616664284 p95=1770496.0424191658 p99=2522670.4231587723", actual);
    }

    [Fact]
    public void KeepingSamplesDoesNotChangeStatistics()
    {
        var kept = FairSimulation.Run(Reference, Options(100_000).WithKeepSamples());
        var dropped = FairSimulation.Run(Reference, Options(100_000));
        Assert.Equal(kept.Mean, dropped.Mean);
        Assert.Equal(kept.Percentiles.ToArray(), dropped.Percentiles.ToArray());
        Assert.False(dropped.HasSamples);
        var sorted = kept.Samples.OrderBy(v => v).ToArray();
        Assert.Equal(Type7Percentile.FromSorted(sorted, 0.95), kept.P95);
        Assert.Equal(sorted[0], kept.Minimum);
        Assert.Equal(sorted[^1], kept.Maximum);
    }

    [Fact]
    public void RunsWithoutKeptSamplesAreUnaffectedByEarlierRunsSharingThePool()
    {
        // Unkept samples live in pooled arrays; a larger run in between leaves other values past the next run's length.
        var options = Options(70_000);
        var first = FairSimulation.Run(Reference, options);
        FairSimulation.RunPortfolio([Reference, Reference.WithPoissonFrequency()], Options(90_000).WithSeed(3));
        var again = FairSimulation.Run(Reference, options);
        Assert.Equal(first.Mean, again.Mean);
        Assert.Equal(first.StandardDeviation, again.StandardDeviation);
        Assert.Equal(first.Maximum, again.Maximum);
        Assert.Equal(first.Percentiles.ToArray(), again.Percentiles.ToArray());
        Assert.Equal(first.Percentiles.ToArray(), FairSimulation.Run(Reference, options.WithKeepSamples()).Percentiles.ToArray());
    }

    [Fact]
    public void DifferentSeedsGiveDifferentResults()
    {
        var a = FairSimulation.Run(Reference, Options(20_000, 1));
        var b = FairSimulation.Run(Reference, Options(20_000, 2));
        Assert.NotEqual(a.Mean, b.Mean);
        Assert.NotEqual(a.P50, b.P50);
    }

    [Fact]
    public void ChangingOneInputLeavesTheOtherInputsDrawsUnchanged()
    {
        // Each input has its own stream: with LM constant, annual loss / LM replays the LEF draws exactly.
        var options = Options(10_000).WithKeepSamples();
        var a = FairSimulation.Run(FairModel.FromLossEventFrequency(FairDistribution.Pert(0.1, 0.5, 2), FairDistribution.Constant(1)), options);
        var b = FairSimulation.Run(FairModel.FromLossEventFrequency(FairDistribution.Pert(0.1, 0.5, 2), FairDistribution.Constant(2)), options);
        Assert.True(a.Samples.Select(v => v * 2).SequenceEqual(b.Samples));
    }

    [Fact]
    public void PortfolioTotalIsPerIterationSumAndFirstScenarioMatchesStandaloneRun()
    {
        var second = FairModel.FromLossEventFrequency(FairDistribution.LogNormal90(0.5, 4), FairDistribution.NormalClippedAtZero(20_000, 15_000)).WithName("second");
        var options = Options(50_000).WithKeepSamples();
        var portfolio = FairSimulation.RunPortfolio([Reference, second], options);
        var alone = FairSimulation.Run(Reference, options);
        Assert.Equal(2, portfolio.Scenarios.Length);
        Assert.True(alone.Samples.SequenceEqual(portfolio.Scenarios[0].Samples));
        Assert.Equal(alone.Percentiles.ToArray(), portfolio.Scenarios[0].Percentiles.ToArray());
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(portfolio.Scenarios[0].Samples[i] + portfolio.Scenarios[1].Samples[i], portfolio.Total.Samples[i]);
        }

        Assert.Equal(portfolio.Scenarios[0].Mean + portfolio.Scenarios[1].Mean, portfolio.Total.Mean, portfolio.Total.Mean * 1e-12);
        Assert.False(portfolio.Scenarios[1].Samples.SequenceEqual(FairSimulation.Run(second, options).Samples));
        Assert.Contains("[1] second", portfolio.Total.Trace.Model, StringComparison.Ordinal);
        Assert.Equal([0, 1], portfolio.Total.Trace.ScenarioIndices.ToArray());
    }

    [Fact]
    public void ReportsProgressOncePerBlockEndingAtOne()
    {
        var reports = new ConcurrentBag<double>();
        var options = Options(10_000).WithBlockSize(1000).WithProgress(new SyncProgress(reports.Add));
        FairSimulation.Run(Reference, options);
        Assert.Equal(10, reports.Count);
        Assert.Equal(1.0, reports.Max());
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i / 10.0), reports.OrderBy(v => v));
    }

    [Fact]
    public void HandlesIterationCountsThatAreNotAMultipleOfTheBlockSize()
    {
        var result = FairSimulation.Run(Reference, Options(1).WithKeepSamples());
        Assert.Equal(1, result.Iterations);
        Assert.Equal(result.Samples[0], result.P99);
        Assert.Equal(0, result.StandardDeviation);
        var odd = FairSimulation.Run(Reference, Options(16_385));
        Assert.Equal(2, odd.Trace.BlockCount);
        Assert.Equal(16_385, odd.Iterations);
    }

    [Fact]
    public void ThrowsWhenCancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => FairSimulation.Run(Reference, Options(), cts.Token));
    }

    [Fact]
    public void TraceNamesModelDistributionsSeedAndBlocks()
    {
        var result = FairSimulation.Run(Reference, Options(40_000, 7));
        var trace = result.Trace;
        Assert.Equal(7UL, trace.Seed);
        Assert.Equal(FairSimulationOptions.DefaultBlockSize, trace.BlockSize);
        Assert.Equal(3, trace.BlockCount);
        Assert.Equal(40_000, trace.Iterations);
        Assert.Equal(["LEF", "PL"], trace.Inputs.Select(i => i.Key));
        Assert.Contains("alpha=", trace.ToString(), StringComparison.Ordinal);
        Assert.Contains("LEF x LM", trace.Model, StringComparison.Ordinal);
        Assert.Contains("xoshiro256**", trace.Generator, StringComparison.Ordinal);
        Assert.Contains("type-7", trace.PercentileMethod, StringComparison.Ordinal);
    }

    [Fact]
    public void ModelRejectsNegativeFrequenciesAndOutOfRangeProbabilities()
    {
        Assert.Throws<ArgumentException>(() => FairModel.FromLossEventFrequency(FairDistribution.Pert(-1, 0, 1), FairDistribution.Constant(1)));
        Assert.Throws<ArgumentException>(() => FairModel.FromThreatEvents(FairDistribution.Constant(1), FairDistribution.Pert(0, 0.5, 1.5), FairDistribution.Constant(1)));
        Assert.Throws<ArgumentException>(() => Reference.WithSecondaryLoss(FairDistribution.LogNormal90(0.1, 0.5), FairDistribution.Constant(1)));
        Assert.Throws<ArgumentException>(() => FairSimulation.RunPortfolio([]));
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
