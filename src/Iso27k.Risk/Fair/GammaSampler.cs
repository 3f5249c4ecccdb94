using System.Runtime.CompilerServices;

namespace Iso27k.Risk.Fair;

/// <summary>
/// Gamma(shape, 1) variates by Marsaglia and Tsang's squeeze method (2000); shapes below one are boosted as
/// Gamma(shape + 1) * U^(1/shape).
/// </summary>
internal readonly struct GammaSampler
{
    private readonly double d;
    private readonly double c;
    private readonly double invShape;
    private readonly bool boost;

    /// <summary>Prepares the constants for a shape.</summary>
    public GammaSampler(double shape)
    {
        if (!(shape > 0) || double.IsInfinity(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "A gamma shape must be positive and finite.");
        }

        boost = shape < 1.0;
        invShape = 1.0 / shape;
        var a = boost ? shape + 1.0 : shape;
        d = a - (1.0 / 3.0);
        c = 1.0 / Math.Sqrt(9.0 * d);
    }

    /// <summary>One variate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Sample(ref Xoshiro256StarStar rng)
    {
        var g = Core(ref rng);
        return boost ? g * Math.Pow(rng.NextOpenDouble(), invShape) : g;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Core(ref Xoshiro256StarStar rng)
    {
        while (true)
        {
            double x;
            double v;
            do
            {
                x = FairSampling.Normal(ref rng);
                v = 1.0 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = rng.NextOpenDouble();
            var x2 = x * x;
            if (u < 1.0 - (0.0331 * x2 * x2))
            {
                return d * v;
            }

            if (Math.Log(u) < (0.5 * x2) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }
}
