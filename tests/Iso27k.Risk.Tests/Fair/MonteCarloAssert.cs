namespace Iso27k.Risk.Tests.Fair;

/// <summary>Tolerances tied to the Monte Carlo standard error, so tests fail on bias, not on noise.</summary>
internal static class MonteCarloAssert
{
    /// <summary>How many standard errors a correct estimate may stray (a false alarm about once in 1.7 million).</summary>
    public const double Sigmas = 5.0;

    /// <summary>Asserts |estimate - expected| &lt; 5 standard errors.</summary>
    public static void Near(double expected, double estimate, double standardError, string what)
    {
        var limit = Sigmas * standardError;
        Assert.True(
            Math.Abs(estimate - expected) < limit,
            $"{what}: expected {expected}, got {estimate}, |diff| {Math.Abs(estimate - expected)} >= {limit} (5 SE)");
    }

    /// <summary>Sample mean and standard error.</summary>
    public static (double Mean, double StandardError) MeanAndError(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (var v in x)
        {
            sum += v;
        }

        var mean = sum / x.Length;
        double m2 = 0;
        foreach (var v in x)
        {
            m2 += (v - mean) * (v - mean);
        }

        return (mean, Math.Sqrt(m2 / (x.Length - 1) / x.Length));
    }

    /// <summary>
    /// Sample variance and its standard error, sqrt((m4 - s^4 (n-3)/(n-1)) / n), from the sample fourth central moment.
    /// </summary>
    public static (double Variance, double StandardError) VarianceAndError(ReadOnlySpan<double> x)
    {
        var (mean, _) = MeanAndError(x);
        double m2 = 0;
        double m4 = 0;
        foreach (var v in x)
        {
            var d = (v - mean) * (v - mean);
            m2 += d;
            m4 += d * d;
        }

        var n = (double)x.Length;
        var variance = m2 / (n - 1);
        m4 /= n;
        return (variance, Math.Sqrt(Math.Max(0, m4 - (variance * variance * (n - 3) / (n - 1))) / n));
    }

    /// <summary>The fraction of values at most <paramref name="q"/>, and its binomial standard error.</summary>
    public static (double Fraction, double StandardError) FractionBelow(ReadOnlySpan<double> x, double q, double expected)
    {
        var count = 0;
        foreach (var v in x)
        {
            if (v <= q)
            {
                count++;
            }
        }

        return ((double)count / x.Length, Math.Sqrt(expected * (1 - expected) / x.Length));
    }
}
