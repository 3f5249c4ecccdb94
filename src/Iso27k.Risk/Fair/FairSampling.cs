using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Iso27k.Risk.Fair;

/// <summary>
/// The variate generators behind the FAIR engine: standard normal (256-layer ziggurat), Poisson (inversion and
/// PTRS), and the normal distribution function. Gamma and Beta draws live in <see cref="GammaSampler"/>.
/// </summary>
internal static class FairSampling
{
    // Marsaglia and Tsang (2000): right edge of the base layer and the common area of the 256 layers.
    private const double ZigguratR = 3.6541528853610088;
    private const double ZigguratArea = 0.00492867323399;
    private const double Inv2Pow53 = 1.0 / 9007199254740992.0;

    // Below this mean, sequential inversion is fastest; at and above it PTRS is valid and faster.
    private const double PoissonInversionLimit = 10.0;

    private static readonly double[] LayerX = BuildLayerX();
    private static readonly double[] LayerF = BuildLayerF(LayerX);
    private static readonly double[] SmallLogFactorials = BuildLogFactorials(256);

    /// <summary>A standard normal variate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Normal(ref Xoshiro256StarStar rng)
    {
        var bits = rng.NextUInt64();
        var layer = (int)(bits & 0xFF);

        // The tables have 257 entries and layer is at most 255, so unchecked reads stay in bounds.
        ref var edges = ref MemoryMarshal.GetArrayDataReference(LayerX);
        var x = ((long)(bits >> 11) * Inv2Pow53) * Unsafe.Add(ref edges, layer);
        if (x < Unsafe.Add(ref edges, layer + 1))
        {
            // Bit 8 picks the sign; bits 0-7 chose the layer and bits 11-63 the position, so none is reused. The
            // sign is flipped with an XOR rather than a branch: a coin-flip branch mispredicts half the time.
            return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ (long)((bits & 0x100) << 55));
        }

        return NormalSlow(ref rng, layer, x, (bits & 0x100) != 0);
    }

    /// <summary>
    /// A Poisson variate with mean <paramref name="lambda"/>: inversion by sequential search below 10, Hörmann's
    /// PTRS (transformed rejection with squeeze) from 10 up.
    /// </summary>
    public static long Poisson(double lambda, ref Xoshiro256StarStar rng)
    {
        if (!(lambda > 0))
        {
            return 0;
        }

        if (lambda < PoissonInversionLimit)
        {
            var p = Math.Exp(-lambda);
            var u = rng.NextDouble();
            long k = 0;

            // Rounding can leave u above the remaining mass; once p underflows no further k is possible.
            while (u > p && p > 0)
            {
                u -= p;
                k++;
                p *= lambda / k;
            }

            return k;
        }

        return PoissonPtrs(lambda, ref rng);
    }

    /// <summary>The standard normal distribution function, accurate to about 1e-14.</summary>
    public static double NormalCdf(double x) => 0.5 * Erfc(-x / Math.Sqrt(2.0));

    /// <summary>The standard normal density.</summary>
    public static double NormalPdf(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2.0 * Math.PI);

    /// <summary>The complementary error function, accurate to about 1e-14 relative.</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x < 0)
        {
            return 2.0 - Erfc(-x);
        }

        if (x < 2.0)
        {
            // Maclaurin series of erf: terms stay below about 20 on [0, 2), so little precision is lost.
            var x2 = x * x;
            var term = x;
            var sum = x;
            for (var n = 1; n < 200; n++)
            {
                term *= -x2 / n;
                var add = term / ((2 * n) + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }
            }

            return 1.0 - (2.0 / Math.Sqrt(Math.PI) * sum);
        }

        if (x > 27.0)
        {
            return 0.0;
        }

        // Laplace's continued fraction erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
        // evaluated bottom-up; 80 levels converge to double precision for x >= 2.
        var t = x;
        for (var n = 80; n >= 1; n--)
        {
            t = x + (n * 0.5 / t);
        }

        return Math.Exp(-x * x) / Math.Sqrt(Math.PI) / t;
    }

    /// <summary>ln(k!) exactly tabulated below 256 and by Stirling's series above.</summary>
    public static double LogFactorial(long k)
    {
        if (k < SmallLogFactorials.Length)
        {
            return SmallLogFactorials[k];
        }

        double n = k;
        var inv = 1.0 / n;
        var inv2 = inv * inv;
        return ((n + 0.5) * Math.Log(n)) - n + (0.5 * Math.Log(2.0 * Math.PI))
            + (inv * ((1.0 / 12.0) - (inv2 * ((1.0 / 360.0) - (inv2 / 1260.0)))));
    }

    private static double NormalSlow(ref Xoshiro256StarStar rng, int layer, double x, bool negative)
    {
        while (true)
        {
            if (layer == 0)
            {
                // The tail beyond R, by Marsaglia's exponential rejection.
                double tx;
                double ty;
                do
                {
                    tx = -Math.Log(rng.NextOpenDouble()) / ZigguratR;
                    ty = -Math.Log(rng.NextOpenDouble());
                }
                while (ty + ty < tx * tx);

                var tail = ZigguratR + tx;
                return negative ? -tail : tail;
            }

            var y = LayerF[layer] + (rng.NextDouble() * (LayerF[layer + 1] - LayerF[layer]));
            if (y < Math.Exp(-0.5 * x * x))
            {
                return negative ? -x : x;
            }

            var bits = rng.NextUInt64();
            layer = (int)(bits & 0xFF);
            negative = (bits & 0x100) != 0;
            x = ((long)(bits >> 11) * Inv2Pow53) * LayerX[layer];
            if (x < LayerX[layer + 1])
            {
                return negative ? -x : x;
            }
        }
    }

    private static long PoissonPtrs(double lambda, ref Xoshiro256StarStar rng)
    {
        // Hörmann (1993), "The transformed rejection method for generating Poisson random variables".
        var sqrtLambda = Math.Sqrt(lambda);
        var logLambda = Math.Log(lambda);
        var b = 0.931 + (2.53 * sqrtLambda);
        var a = -0.059 + (0.02483 * b);
        var invAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        var logInvAlpha = Math.Log(invAlpha);

        while (true)
        {
            var u = rng.NextDouble() - 0.5;
            var v = rng.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + lambda + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (long)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + logInvAlpha - Math.Log((a / (us * us)) + b) <= -lambda + (k * logLambda) - LogFactorial((long)k))
            {
                return (long)k;
            }
        }
    }

    private static double[] BuildLayerX()
    {
        var x = new double[257];
        var fr = Math.Exp(-0.5 * ZigguratR * ZigguratR);
        x[0] = ZigguratArea / fr;
        x[1] = ZigguratR;
        for (var i = 1; i < 255; i++)
        {
            x[i + 1] = Math.Sqrt(-2.0 * Math.Log((ZigguratArea / x[i]) + Math.Exp(-0.5 * x[i] * x[i])));
        }

        x[256] = 0.0;
        return x;
    }

    private static double[] BuildLayerF(double[] x)
    {
        var f = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            f[i] = Math.Exp(-0.5 * x[i] * x[i]);
        }

        return f;
    }

    private static double[] BuildLogFactorials(int count)
    {
        var table = new double[count];
        for (var k = 2; k < count; k++)
        {
            table[k] = table[k - 1] + Math.Log(k);
        }

        return table;
    }
}
