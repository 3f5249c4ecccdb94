using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Iso27k.Risk.Fair;

/// <summary>
/// Hyndman and Fan's type-7 sample quantile (numpy's default <c>linear</c>, R's default, Excel's PERCENTILE.INC):
/// h = (n - 1) p, q = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]) over the sorted sample.
/// </summary>
internal static class Type7Percentile
{
    private const int InsertionSortLimit = 16;
    private const int BucketingThreshold = 65536;
    private const int MaxBuckets = 4096;
    private const int CountingChunk = 65536;
    private const int MinGatherRange = 65536;

    /// <summary>The right shift that turns a non-negative double's bits into its key in a fine histogram.</summary>
    public const int FineShift = 46;

    /// <summary>
    /// The length of a fine histogram: every 64-bit pattern shifted right by <see cref="FineShift"/> indexes it, so
    /// negative values and NaN count without going out of bounds (their histograms are then simply not used).
    /// </summary>
    public const int FineKeys = 1 << (64 - FineShift);

    /// <summary>The sample size from which percentiles are found by bucketing rather than by selection on a copy.</summary>
    public const int BucketingLimit = BucketingThreshold;

    /// <summary>The type-7 quantile of an ascending sample.</summary>
    public static double FromSorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("A percentile of an empty sample is undefined.", nameof(sorted));
        }

        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return Interpolate(sorted[lo], sorted[lo + 1], h - lo);
    }

    /// <summary>
    /// The type-7 quantiles for ascending probabilities, by successive selection in O(n) expected time. Reorders
    /// <paramref name="values"/>.
    /// </summary>
    public static void SelectInPlace(Span<double> values, ReadOnlySpan<double> ascendingProbabilities, Span<double> results)
    {
        var n = values.Length;
        var start = 0;
        for (var j = 0; j < ascendingProbabilities.Length; j++)
        {
            var h = (n - 1) * ascendingProbabilities[j];
            var lo = Math.Min((int)Math.Floor(h), n - 1);
            var frac = h - lo;
            var low = RankValue(values, lo, ref start);
            results[j] = frac > 0 && lo + 1 < n ? Interpolate(low, RankValue(values, lo + 1, ref start), frac) : low;
        }
    }

    /// <summary>
    /// The type-7 quantiles for ascending probabilities without reordering <paramref name="data"/>. For large
    /// non-negative samples it buckets values by the top bits of their IEEE-754 representation (monotone in the value
    /// for non-negative doubles): one parallel counting pass, one gathering pass for the few buckets that hold the
    /// wanted ranks, and a selection inside each. Exact, not an approximation.
    /// </summary>
    public static void Compute(double[] data, double min, double max, ReadOnlySpan<double> ascendingProbabilities, Span<double> results, int maxDegreeOfParallelism) =>
        Compute(data, data.Length, min, max, ascendingProbabilities, results, maxDegreeOfParallelism);

    /// <summary>
    /// As <see cref="Compute(double[], double, double, ReadOnlySpan{double}, Span{double}, int)"/> over the first
    /// <paramref name="length"/> elements, so that a pooled (longer) array can hold the sample.
    /// </summary>
    public static void Compute(double[] data, int length, double min, double max, ReadOnlySpan<double> ascendingProbabilities, Span<double> results, int maxDegreeOfParallelism)
    {
        var n = length;
        if (n < BucketingThreshold || !(min >= 0) || double.IsNaN(max))
        {
            var copy = data.AsSpan(0, n).ToArray();
            SelectInPlace(copy, ascendingProbabilities, results);
            return;
        }

        // Adding +0.0 turns -0.0 into +0.0, whose bits sort with the other non-negative values.
        var shift = 44;
        var keyLow = BitConverter.DoubleToUInt64Bits(min + 0.0) >> shift;
        var keyHigh = BitConverter.DoubleToUInt64Bits(max + 0.0) >> shift;
        while (keyHigh - keyLow >= MaxBuckets)
        {
            shift++;
            keyLow = BitConverter.DoubleToUInt64Bits(min + 0.0) >> shift;
            keyHigh = BitConverter.DoubleToUInt64Bits(max + 0.0) >> shift;
        }

        var buckets = (int)(keyHigh - keyLow + 1);
        var counts = new long[buckets];
        var chunks = (n + CountingChunk - 1) / CountingChunk;
        var gate = new object();
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new long[buckets],
            (chunk, _, local) =>
            {
                var end = Math.Min(n, (chunk + 1) * CountingChunk);
                for (var i = chunk * CountingChunk; i < end; i++)
                {
                    local[(int)((BitConverter.DoubleToUInt64Bits(data[i] + 0.0) >> shift) - keyLow)]++;
                }

                return local;
            },
            local =>
            {
                // Integer sums: the merge order cannot change the result.
                lock (gate)
                {
                    for (var b = 0; b < buckets; b++)
                    {
                        counts[b] += local[b];
                    }
                }
            });

        FromCounts(data, n, shift, keyLow, counts, ascendingProbabilities, results, maxDegreeOfParallelism);
    }

    /// <summary>
    /// As <see cref="Compute(double[], int, double, double, ReadOnlySpan{double}, Span{double}, int)"/>, with the
    /// counting pass already done: <paramref name="histograms"/> are fine histograms (<see cref="FineKeys"/> long,
    /// keyed by the bits of <c>v + 0.0</c> shifted right by <see cref="FineShift"/>) whose sum counts every value.
    /// Integer counts, so the order of the histograms does not matter.
    /// </summary>
    public static void ComputeFromHistograms(double[] data, int length, double min, double max, IReadOnlyList<int[]> histograms, ReadOnlySpan<double> ascendingProbabilities, Span<double> results, int maxDegreeOfParallelism)
    {
        var n = length;
        if (n < BucketingThreshold || !(min >= 0) || double.IsNaN(max))
        {
            Compute(data, length, min, max, ascendingProbabilities, results, maxDegreeOfParallelism);
            return;
        }

        var keyLow = BitConverter.DoubleToUInt64Bits(min + 0.0) >> FineShift;
        var keyHigh = BitConverter.DoubleToUInt64Bits(max + 0.0) >> FineShift;
        var buckets = (int)(keyHigh - keyLow + 1);
        var counts = new long[buckets];
        foreach (var histogram in histograms)
        {
            var range = histogram.AsSpan((int)keyLow, buckets);
            for (var b = 0; b < buckets; b++)
            {
                counts[b] += range[b];
            }
        }

        FromCounts(data, n, FineShift, keyLow, counts, ascendingProbabilities, results, maxDegreeOfParallelism);
    }

    private static void FromCounts(double[] data, int n, int shift, ulong keyLow, long[] counts, ReadOnlySpan<double> ascendingProbabilities, Span<double> results, int maxDegreeOfParallelism)
    {
        var buckets = counts.Length;
        var starts = new long[buckets + 1];
        for (var b = 0; b < buckets; b++)
        {
            starts[b + 1] = starts[b] + counts[b];
        }

        // Find the bucket of every wanted rank and give each such bucket a gather slot.
        var rankCount = ascendingProbabilities.Length * 2;
        var rankBucket = new int[rankCount];
        var slotOf = new int[buckets];
        Array.Fill(slotOf, -1);
        var slots = new List<double[]>();
        for (var j = 0; j < rankCount; j++)
        {
            var rank = RankOf(n, ascendingProbabilities[j / 2], j % 2);
            var bucket = Array.BinarySearch(starts, rank);
            bucket = bucket >= 0 ? bucket : ~bucket - 1;
            while (counts[bucket] == 0)
            {
                bucket++;
            }

            rankBucket[j] = bucket;
            if (slotOf[bucket] < 0)
            {
                slotOf[bucket] = slots.Count;
                slots.Add(new double[counts[bucket]]);
            }
        }

        Gather(data, n, shift, keyLow, slotOf, slots, maxDegreeOfParallelism);

        for (var j = 0; j < ascendingProbabilities.Length; j++)
        {
            var h = (n - 1) * ascendingProbabilities[j];
            var lo = Math.Min((int)Math.Floor(h), n - 1);
            var frac = h - lo;
            var low = ValueAt(slots[slotOf[rankBucket[2 * j]]], lo - starts[rankBucket[2 * j]]);
            results[j] = frac > 0 && lo + 1 < n
                ? Interpolate(low, ValueAt(slots[slotOf[rankBucket[(2 * j) + 1]]], lo + 1 - starts[rankBucket[(2 * j) + 1]]), frac)
                : low;
        }
    }

    /// <summary>
    /// Copies the values of the wanted buckets into their slots in index order. Contiguous ranges run in parallel and
    /// their pieces are joined in range order, so every slot holds exactly what a single pass would give.
    /// </summary>
    private static void Gather(double[] data, int n, int shift, ulong keyLow, int[] slotOf, List<double[]> slots, int maxDegreeOfParallelism)
    {
        var workers = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        var ranges = Math.Max(1, Math.Min(workers, n / MinGatherRange));
        if (ranges == 1)
        {
            var fill = new int[slots.Count];
            GatherRange(data.AsSpan(0, n), shift, keyLow, slotOf, slots, fill);
            return;
        }

        var pieces = new List<double>[ranges][];
        Parallel.For(
            0,
            ranges,
            new ParallelOptions { MaxDegreeOfParallelism = workers },
            r =>
            {
                var from = (int)((long)n * r / ranges);
                var to = (int)((long)n * (r + 1) / ranges);
                var local = new List<double>[slots.Count];
                for (var i = 0; i < local.Length; i++)
                {
                    // Room for a fair share and some spread, so the lists rarely grow.
                    local[i] = new List<double>((slots[i].Length / ranges) + (slots[i].Length / (4 * ranges)) + 16);
                }

                foreach (var v in data.AsSpan(from, to - from))
                {
                    var slot = slotOf[(int)((BitConverter.DoubleToUInt64Bits(v + 0.0) >> shift) - keyLow)];
                    if (slot >= 0)
                    {
                        local[slot].Add(v);
                    }
                }

                pieces[r] = local;
            });

        for (var slot = 0; slot < slots.Count; slot++)
        {
            var offset = 0;
            foreach (var piece in pieces)
            {
                var part = piece[slot];
                part.CopyTo(slots[slot], offset);
                offset += part.Count;
            }
        }
    }

    private static void GatherRange(ReadOnlySpan<double> values, int shift, ulong keyLow, int[] slotOf, List<double[]> slots, int[] fill)
    {
        foreach (var v in values)
        {
            var slot = slotOf[(int)((BitConverter.DoubleToUInt64Bits(v + 0.0) >> shift) - keyLow)];
            if (slot >= 0)
            {
                slots[slot][fill[slot]++] = v;
            }
        }
    }

    /// <summary>Adds the values to a fine histogram (see <see cref="ComputeFromHistograms"/>).</summary>
    public static void CountFine(ReadOnlySpan<double> values, int[] histogram)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(histogram.Length, FineKeys);
        ref var first = ref MemoryMarshal.GetArrayDataReference(histogram);
        foreach (var v in values)
        {
            // Any 64-bit pattern shifted right by FineShift is below FineKeys, the checked length.
            Unsafe.Add(ref first, (nint)(BitConverter.DoubleToUInt64Bits(v + 0.0) >> FineShift))++;
        }
    }

    /// <summary>Reorders the span so that element k is the k-th smallest, smaller ones before it, larger after.</summary>
    public static void Select(Span<double> a, int k)
    {
        var lo = 0;
        var hi = a.Length - 1;
        while (hi - lo >= InsertionSortLimit)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (a[mid] < a[lo])
            {
                (a[mid], a[lo]) = (a[lo], a[mid]);
            }

            if (a[hi] < a[lo])
            {
                (a[hi], a[lo]) = (a[lo], a[hi]);
            }

            if (a[hi] < a[mid])
            {
                (a[hi], a[mid]) = (a[mid], a[hi]);
            }

            var pivot = a[mid];
            var i = lo;
            var j = hi;
            while (i <= j)
            {
                while (a[i] < pivot)
                {
                    i++;
                }

                while (a[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (a[i], a[j]) = (a[j], a[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }

        for (var i = lo + 1; i <= hi; i++)
        {
            var v = a[i];
            var j = i - 1;
            while (j >= lo && a[j] > v)
            {
                a[j + 1] = a[j];
                j--;
            }

            a[j + 1] = v;
        }
    }

    private static long RankOf(int n, double p, int next)
    {
        var lo = Math.Min((long)Math.Floor((n - 1) * p), n - 1);
        return Math.Min(lo + next, n - 1);
    }

    private static double ValueAt(double[] bucket, long offset)
    {
        Select(bucket, (int)offset);
        return bucket[offset];
    }

    // numpy's form: exact at both ends, monotone in t.
    private static double Interpolate(double a, double b, double t) => t >= 0.5 ? b - ((b - a) * (1 - t)) : a + ((b - a) * t);

    private static double RankValue(Span<double> values, int rank, ref int start)
    {
        if (rank < start)
        {
            // Ranks before start were all selected already (ranks arrive in ascending order), so they are final.
            return values[rank];
        }

        // Everything from start on is at least every value before it, so ranks can be selected left to right.
        var tail = values[start..];
        if (rank == start)
        {
            var minIndex = 0;
            for (var i = 1; i < tail.Length; i++)
            {
                if (tail[i] < tail[minIndex])
                {
                    minIndex = i;
                }
            }

            (tail[0], tail[minIndex]) = (tail[minIndex], tail[0]);
        }
        else
        {
            Select(tail, rank - start);
        }

        start = rank + 1;
        return values[rank];
    }
}
