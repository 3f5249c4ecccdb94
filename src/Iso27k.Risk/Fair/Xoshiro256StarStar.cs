using System.Numerics;
using System.Runtime.CompilerServices;

namespace Iso27k.Risk.Fair;

/// <summary>
/// The xoshiro256** generator of Blackman and Vigna: 256 bits of state, period 2^256 - 1, fast and statistically
/// strong for simulation (not for cryptography).
/// </summary>
/// <remarks>
/// A mutable struct on purpose: the samplers take it by <see langword="ref"/> so its state stays in registers in the
/// hot loops. Its output is defined by the published algorithm alone, so results never change with the .NET version,
/// unlike <see cref="System.Random"/>.
/// </remarks>
internal struct Xoshiro256StarStar
{
    // 2^-53 and 2^-52 as exact doubles, for turning the top bits of a draw into a uniform number.
    private const double Inv2Pow53 = 1.0 / 9007199254740992.0;
    private const double Inv2Pow52 = 1.0 / 4503599627370496.0;

    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>Creates a generator from an explicit state, which must not be all zero.</summary>
    public Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zero.");
        }

        this.s0 = s0;
        this.s1 = s1;
        this.s2 = s2;
        this.s3 = s3;
    }

    /// <summary>Creates a generator whose state is four consecutive SplitMix64 outputs from <paramref name="seed"/>.</summary>
    public static Xoshiro256StarStar FromSeed(ulong seed)
    {
        var sm = seed;
        var a = SplitMix64.Next(ref sm);
        var b = SplitMix64.Next(ref sm);
        var c = SplitMix64.Next(ref sm);
        var d = SplitMix64.Next(ref sm);

        // SplitMix64 is a bijection over a counter, so four zero outputs in a row cannot happen; the constructor's
        // check is still there for explicit states.
        return new Xoshiro256StarStar(a, b, c, d);
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    // The casts to long matter: signed 64-bit to double is one instruction on x64, unsigned is not.

    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (long)(NextUInt64() >> 11) * Inv2Pow53;

    /// <summary>A uniform number in the open interval (0, 1), safe to pass to a logarithm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenDouble() => ((long)(NextUInt64() >> 12) + 0.5) * Inv2Pow52;
}
