using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Iso27k.Risk.Fair;

/// <summary>Count, mean, sum of squared deviations, minimum and maximum of one block, mergeable in a fixed order.</summary>
internal readonly struct BlockStatistics
{
    public BlockStatistics(long count, double mean, double m2, double min, double max)
    {
        Count = count;
        Mean = mean;
        M2 = m2;
        Min = min;
        Max = max;
    }

    public long Count { get; }

    public double Mean { get; }

    public double M2 { get; }

    public double Min { get; }

    public double Max { get; }

    /// <summary>
    /// Two passes over the block (mean, then squared deviations): accurate, and the data is in cache. Each pass keeps
    /// four running sums, lane k taking the elements whose index is k modulo 4, and adds them as (l0 + l1) + (l2 + l3)
    /// before the tail: a fixed order, so the bits do not depend on the hardware's vector width.
    /// </summary>
    public static BlockStatistics Of(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var quads = n & ~3;
        var sum4 = Vector256<double>.Zero;
        var min4 = Vector256.Create(double.PositiveInfinity);
        var max4 = Vector256.Create(double.NegativeInfinity);
        ref var first = ref MemoryMarshal.GetReference(values);
        for (var i = 0; i < quads; i += 4)
        {
            var v = Vector256.LoadUnsafe(ref first, (nuint)i);
            sum4 += v;
            min4 = Vector256.Min(min4, v);
            max4 = Vector256.Max(max4, v);
        }

        var sum = Fold(sum4);
        var min = Math.Min(Math.Min(min4[0], min4[1]), Math.Min(min4[2], min4[3]));
        var max = Math.Max(Math.Max(max4[0], max4[1]), Math.Max(max4[2], max4[3]));
        for (var i = quads; i < n; i++)
        {
            var v = values[i];
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        if (double.IsNaN(sum))
        {
            // A NaN anywhere reaches the sum; vector min/max need not propagate it as Math.Min/Max do.
            min = max = double.NaN;
        }

        var mean = sum / n;
        var mean4 = Vector256.Create(mean);
        var m24 = Vector256<double>.Zero;
        for (var i = 0; i < quads; i += 4)
        {
            var d = Vector256.LoadUnsafe(ref first, (nuint)i) - mean4;
            m24 += d * d;
        }

        var m2 = Fold(m24);
        for (var i = quads; i < n; i++)
        {
            var d = values[i] - mean;
            m2 += d * d;
        }

        return new BlockStatistics(n, mean, m2, min, max);
    }

    /// <summary>Chan, Golub and LeVeque's pairwise update; merging blocks in index order makes the result thread-independent.</summary>
    public BlockStatistics Merge(BlockStatistics other)
    {
        if (Count == 0)
        {
            return other;
        }

        var n = Count + other.Count;
        var delta = other.Mean - Mean;
        var mean = Mean + (delta * other.Count / n);
        var m2 = M2 + other.M2 + (delta * delta * Count * other.Count / n);
        return new BlockStatistics(n, mean, m2, Math.Min(Min, other.Min), Math.Max(Max, other.Max));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Fold(Vector256<double> lanes) => (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}
