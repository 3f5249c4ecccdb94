using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class Xoshiro256StarStarTest
{
    [Fact]
    public void MatchesReferenceOutputsFromState1234()
    {
        // The reference C implementation from state {1, 2, 3, 4}: rotl(2 * 5, 7) * 9 = 11520, then 0, then 1509978240.
        var rng = new Xoshiro256StarStar(1, 2, 3, 4);
        Assert.Equal(11520UL, rng.NextUInt64());
        Assert.Equal(0UL, rng.NextUInt64());
        Assert.Equal(1509978240UL, rng.NextUInt64());
    }

    [Fact]
    public void SplitMix64FromZeroGivesItsPublishedFirstOutput()
    {
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Next(ref state));
    }

    [Fact]
    public void RejectsAllZeroState() =>
        Assert.Throws<ArgumentException>(() => new Xoshiro256StarStar(0, 0, 0, 0));

    [Fact]
    public void OpenUniformStaysStrictlyInsideZeroOne()
    {
        var rng = Xoshiro256StarStar.FromSeed(7);
        for (var i = 0; i < 100_000; i++)
        {
            var u = rng.NextOpenDouble();
            Assert.True(u > 0 && u < 1);
            var d = rng.NextDouble();
            Assert.True(d >= 0 && d < 1);
        }
    }

    [Fact]
    public void StreamsDifferByScenarioBlockAndRole()
    {
        var first = new HashSet<ulong>();
        for (var scenario = 0; scenario < 4; scenario++)
        {
            for (var block = 0; block < 8; block++)
            {
                foreach (var role in Enum.GetValues<FairStreamRole>())
                {
                    var rng = FairStreams.Create(42, scenario, block, role);
                    Assert.True(first.Add(rng.NextUInt64()));
                }
            }
        }
    }

    [Fact]
    public void StreamDependsOnlyOnItsCoordinates()
    {
        var a = FairStreams.Create(42, 1, 5, FairStreamRole.PrimaryLoss);
        var b = FairStreams.Create(42, 1, 5, FairStreamRole.PrimaryLoss);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }
    }
}
