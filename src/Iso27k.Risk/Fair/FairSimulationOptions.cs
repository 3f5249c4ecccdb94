using System.Collections.Immutable;

namespace Iso27k.Risk.Fair;

/// <summary>
/// How to run a FAIR simulation: iterations, seed, block size, parallelism, which percentiles to report, whether to
/// keep every iteration's annual loss, and an optional progress sink.
/// </summary>
/// <remarks>
/// Immutable; start from <see cref="Default"/> and use the <c>WithX</c> methods. Results depend on
/// <see cref="Seed"/>, <see cref="BlockSize"/> and <see cref="Iterations"/> only, never on
/// <see cref="MaxDegreeOfParallelism"/>.
/// </remarks>
public sealed class FairSimulationOptions
{
    /// <summary>The default number of iterations per block.</summary>
    public const int DefaultBlockSize = 16384;

    /// <summary>The percentiles every result reports: 0.5, 0.9, 0.95 and 0.99.</summary>
    public static readonly ImmutableArray<double> StandardPercentiles = [0.5, 0.9, 0.95, 0.99];

    private FairSimulationOptions(int iterations, ulong seed, int blockSize, int maxDegreeOfParallelism, bool keepSamples, ImmutableArray<double> percentiles, IProgress<double>? progress)
    {
        Iterations = iterations;
        Seed = seed;
        BlockSize = blockSize;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        KeepSamples = keepSamples;
        Percentiles = percentiles;
        Progress = progress;
    }

    /// <summary>100,000 iterations, seed 0, blocks of 16,384, all cores, standard percentiles, samples not kept.</summary>
    public static FairSimulationOptions Default { get; } = new(100_000, 0, DefaultBlockSize, -1, false, StandardPercentiles, null);

    /// <summary>The number of iterations (simulated years).</summary>
    public int Iterations { get; }

    /// <summary>The seed from which every random stream is derived.</summary>
    public ulong Seed { get; }

    /// <summary>Iterations per block; each block has its own random streams. Part of the result's identity.</summary>
    public int BlockSize { get; }

    /// <summary>The most threads to use; -1 means as many as the machine has. Does not change results.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Whether the result keeps every iteration's annual loss (needed for exceedance curves and arbitrary percentiles).</summary>
    public bool KeepSamples { get; }

    /// <summary>The percentiles (probabilities in [0, 1]) to compute, in addition to <see cref="StandardPercentiles"/>.</summary>
    public ImmutableArray<double> Percentiles { get; }

    /// <summary>
    /// Receives the completed fraction (0 to 1) after each block, from worker threads; or <see langword="null"/>.
    /// </summary>
    public IProgress<double>? Progress { get; }

    /// <summary>Changes the number of iterations.</summary>
    /// <param name="iterations">At least 1.</param>
    /// <returns>The changed copy.</returns>
    public FairSimulationOptions WithIterations(int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        return new(iterations, Seed, BlockSize, MaxDegreeOfParallelism, KeepSamples, Percentiles, Progress);
    }

    /// <summary>Changes the seed.</summary>
    /// <param name="seed">Any value.</param>
    /// <returns>The changed copy.</returns>
    public FairSimulationOptions WithSeed(ulong seed) =>
        new(Iterations, seed, BlockSize, MaxDegreeOfParallelism, KeepSamples, Percentiles, Progress);

    /// <summary>Changes the block size (which changes the draws).</summary>
    /// <param name="blockSize">At least 1.</param>
    /// <returns>The changed copy.</returns>
    public FairSimulationOptions WithBlockSize(int blockSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        return new(Iterations, Seed, blockSize, MaxDegreeOfParallelism, KeepSamples, Percentiles, Progress);
    }

    /// <summary>Limits the number of threads.</summary>
    /// <param name="maxDegreeOfParallelism">-1 for all cores, or at least 1.</param>
    /// <returns>The changed copy.</returns>
    public FairSimulationOptions WithMaxDegreeOfParallelism(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism != -1)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        }

        return new(Iterations, Seed, BlockSize, maxDegreeOfParallelism, KeepSamples, Percentiles, Progress);
    }

    /// <summary>Keeps (or drops) every iteration's annual loss in the result.</summary>
    /// <param name="keepSamples">Whether to keep them.</param>
    /// <returns>The changed copy.</returns>
    public FairSimulationOptions WithKeepSamples(bool keepSamples = true) =>
        new(Iterations, Seed, BlockSize, MaxDegreeOfParallelism, keepSamples, Percentiles, Progress);

    /// <summary>Adds percentiles to compute; the standard ones are always included.</summary>
    /// <param name="percentiles">Probabilities in [0, 1].</param>
    /// <returns>The changed copy.</returns>
    public FairSimulationOptions WithPercentiles(IEnumerable<double> percentiles)
    {
        ArgumentNullException.ThrowIfNull(percentiles);
        var set = new SortedSet<double>(StandardPercentiles);
        foreach (var p in percentiles)
        {
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(percentiles), p, "A percentile is a probability in [0, 1].");
            }

            set.Add(p);
        }

        return new(Iterations, Seed, BlockSize, MaxDegreeOfParallelism, KeepSamples, [.. set], Progress);
    }

    /// <summary>Sets the progress sink.</summary>
    /// <param name="progress">Receives the completed fraction after each block; <see langword="null"/> for none.</param>
    /// <returns>The changed copy.</returns>
    public FairSimulationOptions WithProgress(IProgress<double>? progress) =>
        new(Iterations, Seed, BlockSize, MaxDegreeOfParallelism, KeepSamples, Percentiles, progress);
}
