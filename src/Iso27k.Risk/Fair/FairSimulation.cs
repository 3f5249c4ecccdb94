using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Iso27k.Risk.Fair;

/// <summary>
/// Runs FAIR Monte Carlo simulations: reproducible from the seed whatever the number of threads.
/// </summary>
/// <remarks>
/// Iterations are cut into blocks of <see cref="FairSimulationOptions.BlockSize"/>; every block draws from its own
/// streams, derived from (seed, scenario index, block index, input), and blocks run in parallel. Statistics are merged
/// in block order, so 1 or N threads give bit-identical results.
/// </remarks>
public static class FairSimulation
{
    // Each worker holds a 1 MB histogram per series; past a few series the separate counting pass is cheaper.
    private const int MaxFusedSeries = 4;

    /// <summary>Simulates one scenario (stream index 0).</summary>
    /// <param name="model">The scenario.</param>
    /// <param name="options">The options; <see cref="FairSimulationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the run between blocks.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static FairResult Run(FairModel model, FairSimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return RunCore([model], options ?? FairSimulationOptions.Default, cancellationToken).Scenarios[0];
    }

    /// <summary>Simulates several scenarios over the same iterations and sums them per iteration.</summary>
    /// <param name="models">The scenarios; scenario i uses stream index i.</param>
    /// <param name="options">The options; <see cref="FairSimulationOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the run between blocks.</param>
    /// <returns>Each scenario's result and the total.</returns>
    /// <exception cref="ArgumentException">There are no scenarios, or one is null.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public static FairPortfolioResult RunPortfolio(IEnumerable<FairModel> models, FairSimulationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(models);
        var list = models.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A portfolio needs at least one scenario.", nameof(models));
        }

        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException("A portfolio scenario is null.", nameof(models));
        }

        return RunCore(list, options ?? FairSimulationOptions.Default, cancellationToken);
    }

    private static FairPortfolioResult RunCore(FairModel[] models, FairSimulationOptions options, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var n = options.Iterations;
        var blockSize = options.BlockSize;
        var blocks = (int)(((long)n + blockSize - 1) / blockSize);
        var scenarioCount = models.Length;
        var portfolio = scenarioCount > 1;
        var kernels = Array.ConvertAll(models, m => new ScenarioKernel(m));

        // Samples that the result does not keep live in pooled arrays (possibly longer than n): repeated runs then
        // reuse the same memory instead of allocating megabytes on the large object heap each time.
        var pooled = !options.KeepSamples;
        var samples = new double[scenarioCount][];
        var stats = new BlockStatistics[scenarioCount][];
        for (var s = 0; s < scenarioCount; s++)
        {
            samples[s] = pooled ? ArrayPool<double>.Shared.Rent(n) : GC.AllocateUninitializedArray<double>(n);
            stats[s] = new BlockStatistics[blocks];
        }

        var total = portfolio ? (pooled ? ArrayPool<double>.Shared.Rent(n) : GC.AllocateUninitializedArray<double>(n)) : null;
        try
        {
            return RunBlocks(models, options, kernels, samples, stats, total, blocks, stopwatch, cancellationToken);
        }
        finally
        {
            if (pooled)
            {
                foreach (var array in samples)
                {
                    ArrayPool<double>.Shared.Return(array);
                }

                if (total is not null)
                {
                    ArrayPool<double>.Shared.Return(total);
                }
            }
        }
    }

    private static FairPortfolioResult RunBlocks(
        FairModel[] models,
        FairSimulationOptions options,
        ScenarioKernel[] kernels,
        double[][] samples,
        BlockStatistics[][] stats,
        double[]? total,
        int blocks,
        Stopwatch stopwatch,
        CancellationToken cancellationToken)
    {
        var n = options.Iterations;
        var blockSize = options.BlockSize;
        var scenarioCount = models.Length;
        var totalStats = total is not null ? new BlockStatistics[blocks] : null;
        var completed = 0;
        var progress = options.Progress;
        var parallelOptions = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };

        // Large runs count the percentile histogram while each block is still in cache instead of re-reading all
        // samples afterwards; each worker keeps one histogram per series, summed (integers, any order) at the end.
        var seriesCount = scenarioCount + (total is null ? 0 : 1);
        var histograms = n >= Type7Percentile.BucketingLimit && seriesCount <= MaxFusedSeries ? new List<int[]>[seriesCount] : null;
        if (histograms is not null)
        {
            for (var s = 0; s < seriesCount; s++)
            {
                histograms[s] = [];
            }
        }

        try
        {
            Parallel.For(
                0,
                blocks,
                parallelOptions,
                () => new Scratch(blockSize, histograms is null ? 0 : seriesCount),
                (block, _, scratch) =>
                {
                    var start = block * blockSize;
                    var length = Math.Min(blockSize, n - start);
                    for (var s = 0; s < scenarioCount; s++)
                    {
                        var output = samples[s].AsSpan(start, length);
                        kernels[s].SimulateBlock(options.Seed, s, block, output, scratch.First, scratch.Second);
                        stats[s][block] = BlockStatistics.Of(output);
                        if (scratch.Histograms is { } own)
                        {
                            Type7Percentile.CountFine(output, own[s]);
                        }
                    }

                    if (total is not null)
                    {
                        var sum = total.AsSpan(start, length);
                        samples[0].AsSpan(start, length).CopyTo(sum);
                        for (var s = 1; s < scenarioCount; s++)
                        {
                            var add = samples[s].AsSpan(start, length);
                            for (var i = 0; i < length; i++)
                            {
                                sum[i] += add[i];
                            }
                        }

                        totalStats![block] = BlockStatistics.Of(sum);
                        if (scratch.Histograms is { } own)
                        {
                            Type7Percentile.CountFine(sum, own[scenarioCount]);
                        }
                    }

                    if (progress is not null)
                    {
                        progress.Report((double)Interlocked.Increment(ref completed) / blocks);
                    }

                    return scratch;
                },
                scratch =>
                {
                    if (scratch.Histograms is { } own)
                    {
                        lock (histograms!)
                        {
                            for (var s = 0; s < seriesCount; s++)
                            {
                                histograms[s].Add(own[s]);
                            }
                        }
                    }

                    scratch.Dispose();
                });

            var results = ImmutableArray.CreateBuilder<FairResult>(scenarioCount);
            for (var s = 0; s < scenarioCount; s++)
            {
                var trace = new FairTrace(models[s].ToString(), models[s].Inputs, [s], options);
                results.Add(Summarize(samples[s], n, stats[s], histograms?[s], options, trace, stopwatch));
            }

            FairResult totalResult;
            if (total is null)
            {
                totalResult = results[0];
            }
            else
            {
                var inputs = ImmutableArray.CreateBuilder<KeyValuePair<string, FairDistribution>>();
                for (var s = 0; s < scenarioCount; s++)
                {
                    foreach (var input in models[s].Inputs)
                    {
                        inputs.Add(new(string.Create(CultureInfo.InvariantCulture, $"[{s}] {input.Key}"), input.Value));
                    }
                }

                var description = string.Create(
                    CultureInfo.InvariantCulture,
                    $"portfolio: per-iteration sum of {scenarioCount} scenarios ({string.Join("; ", models.Select((m, i) => string.Create(CultureInfo.InvariantCulture, $"[{i}] {m}")))})");
                var trace = new FairTrace(description, inputs.ToImmutable(), [.. Enumerable.Range(0, scenarioCount)], options);
                totalResult = Summarize(total, n, totalStats!, histograms?[scenarioCount], options, trace, stopwatch);
            }

            return new FairPortfolioResult(results.MoveToImmutable(), totalResult);
        }
        finally
        {
            if (histograms is not null)
            {
                foreach (var list in histograms)
                {
                    foreach (var histogram in list)
                    {
                        ArrayPool<int>.Shared.Return(histogram);
                    }
                }
            }
        }
    }

    private static FairResult Summarize(double[] samples, int n, BlockStatistics[] blockStats, List<int[]>? histograms, FairSimulationOptions options, FairTrace trace, Stopwatch stopwatch)
    {
        var merged = default(BlockStatistics);
        foreach (var block in blockStats)
        {
            merged = merged.Merge(block);
        }

        var probabilities = options.Percentiles.AsSpan();
        var values = new double[probabilities.Length];

        if (histograms is not null)
        {
            Type7Percentile.ComputeFromHistograms(samples, n, merged.Min, merged.Max, histograms, probabilities, values, options.MaxDegreeOfParallelism);
        }
        else
        {
            Type7Percentile.Compute(samples, n, merged.Min, merged.Max, probabilities, values, options.MaxDegreeOfParallelism);
        }
        var percentiles = ImmutableArray.CreateBuilder<FairPercentile>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            percentiles.Add(new FairPercentile(probabilities[i], values[i]));
        }

        var kept = options.KeepSamples ? ImmutableCollectionsMarshal.AsImmutableArray(samples) : ImmutableArray<double>.Empty;
        return new FairResult(merged, percentiles.MoveToImmutable(), kept, trace, stopwatch.Elapsed);
    }

    private sealed class Scratch : IDisposable
    {
        public Scratch(int size, int histogramCount)
        {
            First = ArrayPool<double>.Shared.Rent(size);
            Second = ArrayPool<double>.Shared.Rent(size);
            if (histogramCount > 0)
            {
                Histograms = new int[histogramCount][];
                for (var i = 0; i < histogramCount; i++)
                {
                    Histograms[i] = ArrayPool<int>.Shared.Rent(Type7Percentile.FineKeys);
                    Array.Clear(Histograms[i]);
                }
            }
        }

        /// <summary>One fine histogram per series, handed over (not returned to the pool) when the worker ends.</summary>
        public int[][]? Histograms { get; }

        public double[] First { get; }

        public double[] Second { get; }

        public void Dispose()
        {
            ArrayPool<double>.Shared.Return(First);
            ArrayPool<double>.Shared.Return(Second);
        }
    }
}
