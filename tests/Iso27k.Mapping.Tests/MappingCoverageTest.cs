using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class MappingCoverageTest
{
    private static readonly ControlMapping Forward = IsoMappings.Iso27001_2013To2022;

    private static ControlId Id(string text) => ControlId.Parse(text);

    [Fact]
    public void AllOf2013CoversEveryOldControlAndLeavesTheNewOnesAsGaps()
    {
        var coverage = Forward.Cover(Forward.Source.Controls.Select(c => c.Id));
        Assert.Equal(114, coverage.Input.Length);
        Assert.Equal(82, coverage.Covered.Length);
        Assert.Equal(82, coverage.FullyCovered.Length);
        Assert.Empty(coverage.PartiallyCovered);
        Assert.Equal(Forward.NewTargets.ToArray(), coverage.Gaps.ToArray());
        Assert.Equal(Forward.NewTargets.ToArray(), coverage.NewGaps.ToArray());
        Assert.False(coverage.IsComplete);
        Assert.Equal("114 sources cover 82 of 93 targets (0 partially); 11 gaps (11 new)", coverage.ToString());
    }

    [Fact]
    public void ReportsAMergedControlAsPartiallyCoveredWhenSomeSourcesAreMissing()
    {
        var coverage = Forward.Cover(Id("A.12.4.1"), Id("A.5.1.1"), Id("A.5.1.2"), Id("A.12.4.1"));
        Assert.Equal(["A.5.1.1", "A.5.1.2", "A.12.4.1"], coverage.Input.Select(id => id.ToString()));
        Assert.Equal(["5.1", "8.15"], coverage.Covered.Select(id => id.ToString()));
        Assert.Equal(["5.1"], coverage.FullyCovered.Select(id => id.ToString()));
        Assert.Equal(["8.15"], coverage.PartiallyCovered.Select(id => id.ToString()));
        Assert.Equal(91, coverage.Gaps.Length);
        Assert.Equal(11, coverage.NewGaps.Length);
    }

    [Fact]
    public void TheSplitControlCoversBothOfItsTargets()
    {
        var coverage = Forward.Cover(Id("A.18.2.3"));
        Assert.Equal(["5.36", "8.8"], coverage.Covered.Select(id => id.ToString()));
        Assert.Equal(coverage.Covered.ToArray(), coverage.PartiallyCovered.ToArray());
    }

    [Fact]
    public void AnEmptySetCoversNothing()
    {
        var coverage = Forward.Cover([]);
        Assert.Empty(coverage.Covered);
        Assert.Equal(93, coverage.Gaps.Length);
    }

    [Fact]
    public void BackwardCoverageShowsWhich2013ControlsA2022SetReaches()
    {
        var coverage = IsoMappings.Iso27002_2022To2013.Cover(Id("8.15"), Id("8.16"));
        Assert.Equal(["A.12.4.1", "A.12.4.2", "A.12.4.3"], coverage.Covered.Select(id => id.ToString()));
        Assert.Empty(coverage.NewGaps);
        Assert.Equal(111, coverage.Gaps.Length);
    }

    [Fact]
    public void RejectsAnIdOutsideTheSourceCatalog()
    {
        var ex = Assert.Throws<ArgumentException>(() => Forward.Cover(Id("8.15")));
        Assert.Contains("8.15", ex.Message);
        Assert.Throws<ArgumentNullException>(() => Forward.Cover((IEnumerable<ControlId>)null!));
    }
}
