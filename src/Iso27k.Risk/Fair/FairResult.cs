using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Iso27k.Risk.Fair;

/// <summary>
/// The simulated annual loss distribution of a scenario or portfolio: mean, standard deviation, percentiles,
/// extremes, optionally every iteration's loss, and the trace that reproduces it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FairResult
{
    private double[]? sorted;

    internal FairResult(BlockStatistics statistics, ImmutableArray<FairPercentile> percentiles, ImmutableArray<double> samples, FairTrace trace, TimeSpan elapsed)
    {
        Iterations = (int)statistics.Count;
        Mean = statistics.Mean;
        StandardDeviation = statistics.Count > 1 ? Math.Sqrt(statistics.M2 / (statistics.Count - 1)) : 0.0;
        Minimum = statistics.Min;
        Maximum = statistics.Max;
        Percentiles = percentiles;
        Samples = samples;
        Trace = trace;
        Elapsed = elapsed;
    }

    /// <summary>The number of iterations (simulated years).</summary>
    public int Iterations { get; }

    /// <summary>The mean annual loss.</summary>
    public double Mean { get; }

    /// <summary>The sample standard deviation of annual loss (denominator n - 1).</summary>
    public double StandardDeviation { get; }

    /// <summary>The Monte Carlo standard error of <see cref="Mean"/>: sd / sqrt(n).</summary>
    public double StandardError => StandardDeviation / Math.Sqrt(Iterations);

    /// <summary>The smallest annual loss drawn.</summary>
    public double Minimum { get; }

    /// <summary>The largest annual loss drawn.</summary>
    public double Maximum { get; }

    /// <summary>The computed percentiles, ascending by probability; always includes 0.5, 0.9, 0.95 and 0.99.</summary>
    public ImmutableArray<FairPercentile> Percentiles { get; }

    /// <summary>The median annual loss.</summary>
    public double P50 => GetPercentile(0.5);

    /// <summary>The 90th percentile of annual loss.</summary>
    public double P90 => GetPercentile(0.9);

    /// <summary>The 95th percentile of annual loss.</summary>
    public double P95 => GetPercentile(0.95);

    /// <summary>The 99th percentile of annual loss.</summary>
    public double P99 => GetPercentile(0.99);

    /// <summary>Every iteration's annual loss in iteration order, when kept (see <see cref="FairSimulationOptions.KeepSamples"/>); otherwise empty.</summary>
    public ImmutableArray<double> Samples { get; }

    /// <summary>Whether <see cref="Samples"/> holds every iteration.</summary>
    public bool HasSamples => !Samples.IsDefaultOrEmpty;

    /// <summary>How the result was produced.</summary>
    public FairTrace Trace { get; }

    /// <summary>Wall-clock time of the simulation and its statistics (not of model building or output).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>A type-7 percentile: a computed one, or from the kept samples.</summary>
    /// <param name="probability">A probability in [0, 1].</param>
    /// <returns>The annual loss at that probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The probability is outside [0, 1].</exception>
    /// <exception cref="InvalidOperationException">The percentile was not computed and the samples were not kept.</exception>
    public double GetPercentile(double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A percentile is a probability in [0, 1].");
        }

        foreach (var p in Percentiles)
        {
            if (p.Probability == probability)
            {
                return p.Value;
            }
        }

        return Type7Percentile.FromSorted(Sorted(), probability);
    }

    /// <summary>A loss exceedance curve at <paramref name="points"/> losses evenly spaced from minimum to maximum.</summary>
    /// <param name="points">At least 2.</param>
    /// <returns>The points, losses ascending, probabilities non-increasing.</returns>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public ImmutableArray<FairExceedancePoint> ExceedanceCurve(int points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        var thresholds = new double[points];
        for (var i = 0; i < points; i++)
        {
            thresholds[i] = i == points - 1 ? Maximum : Minimum + ((Maximum - Minimum) * i / (points - 1));
        }

        return ExceedanceCurve(thresholds);
    }

    /// <summary>A loss exceedance curve at the given losses.</summary>
    /// <param name="thresholds">The losses, in any order; the points come back in the same order.</param>
    /// <returns>For each loss, the fraction of iterations whose annual loss is strictly greater.</returns>
    /// <exception cref="InvalidOperationException">The samples were not kept.</exception>
    public ImmutableArray<FairExceedancePoint> ExceedanceCurve(IEnumerable<double> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var data = Sorted();
        var builder = ImmutableArray.CreateBuilder<FairExceedancePoint>();
        foreach (var threshold in thresholds)
        {
            builder.Add(new FairExceedancePoint(threshold, (double)(data.Length - UpperBound(data, threshold)) / data.Length));
        }

        return builder.ToImmutable();
    }

    /// <summary>The mean, standard deviation and standard percentiles on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"n={Iterations} mean={Mean} sd={StandardDeviation} p50={P50} p90={P90} p95={P95} p99={P99}");

    // The first index whose value is greater than the threshold.
    private static int UpperBound(double[] data, double threshold)
    {
        var lo = 0;
        var hi = data.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (data[mid] <= threshold)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private double[] Sorted()
    {
        if (!HasSamples)
        {
            throw new InvalidOperationException("This needs every iteration's loss: run with FairSimulationOptions.WithKeepSamples().");
        }

        var cached = Volatile.Read(ref sorted);
        if (cached is null)
        {
            cached = ImmutableCollectionsMarshal.AsArray(Samples)!.ToArray();
            Array.Sort(cached);
            Interlocked.CompareExchange(ref sorted, cached, null);
        }

        return cached;
    }
}
