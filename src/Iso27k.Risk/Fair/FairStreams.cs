namespace Iso27k.Risk.Fair;

/// <summary>
/// Derives the random stream of one (seed, scenario, block, role) cell, so that any block can be simulated on any
/// thread in any order and still draw exactly the same numbers.
/// </summary>
/// <remarks>
/// The key is built by folding each coordinate into the seed through the SplitMix64 mixer with a distinct odd
/// multiplier, and the generator's four state words are SplitMix64 outputs from that key. This is counter-based
/// derivation: cost O(1) per block, unlike xoshiro's jump function which would cost O(block index). Streams of
/// different cells start at unrelated points of a 2^256 period, so overlap within any realistic run is negligible.
/// </remarks>
internal static class FairStreams
{
    private const ulong ScenarioMultiplier = 0xD1B54A32D192ED03UL;
    private const ulong BlockMultiplier = 0xABC98388FB8FAC03UL;
    private const ulong RoleMultiplier = 0x8CB92BA72F3D8DD7UL;

    /// <summary>The generator for one cell.</summary>
    public static Xoshiro256StarStar Create(ulong seed, int scenario, long block, FairStreamRole role)
    {
        var key = SplitMix64.Mix(seed + SplitMix64.Golden);
        key = SplitMix64.Mix(key ^ ((ulong)(scenario + 1) * ScenarioMultiplier));
        key = SplitMix64.Mix(key ^ ((ulong)(block + 1) * BlockMultiplier));
        key = SplitMix64.Mix(key ^ ((ulong)((int)role + 1) * RoleMultiplier));
        return Xoshiro256StarStar.FromSeed(key);
    }
}
