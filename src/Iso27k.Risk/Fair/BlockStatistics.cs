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

    /// <summary>Two passes over the block (mean, then squared deviations): accurate, and the data is in cache.</summary>
    public static BlockStatistics Of(ReadOnlySpan<double> values)
    {
        double sum = 0;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        var mean = sum / values.Length;
        double m2 = 0;
        foreach (var v in values)
        {
            var d = v - mean;
            m2 += d * d;
        }

        return new BlockStatistics(values.Length, mean, m2, min, max);
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
}
