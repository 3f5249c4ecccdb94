using System.Runtime.CompilerServices;

namespace Iso27k.Risk.Fair;

/// <summary>
/// Steele, Lea and Flood's SplitMix64: a counter advanced by the golden-ratio increment and a strong 64-bit mixer.
/// Used only to seed <see cref="Xoshiro256StarStar"/> and to derive stream keys.
/// </summary>
internal static class SplitMix64
{
    /// <summary>The golden-ratio increment 2^64 / phi.</summary>
    public const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances the counter and returns the mixed value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Next(ref ulong state)
    {
        state += Golden;
        return Mix(state);
    }

    /// <summary>The SplitMix64 finaliser (Stafford's variant 13): a bijection that spreads every input bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
