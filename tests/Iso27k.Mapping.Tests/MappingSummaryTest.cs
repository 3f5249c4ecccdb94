using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class MappingSummaryTest
{
    [Fact]
    public void ComputesTheQuotedFiguresFromTheData()
    {
        var summary = IsoMappings.Iso27001_2013To2022.Summary;
        Assert.Equal(114, summary.SourceControls);
        Assert.Equal(93, summary.TargetControls);
        Assert.Equal(115, summary.Pairs);
        Assert.Equal(11, summary.NewTargets);
        Assert.Equal(0, summary.RemovedSources);
        Assert.Equal(24, summary.MergedTargets);
        Assert.Equal(1, summary.SplitSources);
        Assert.Equal(58, summary.OneToOnePairs);
        Assert.Equal(114, summary.MappedSources);
        Assert.Equal(82, summary.MappedTargets);
        Assert.Equal(["A.18.2.3"], summary.SplitSourceIds.Select(id => id.ToString()));
        Assert.Equal("114 to 93 controls: 115 pairs, 58 one-to-one, 24 merged, 1 split, 11 new, 0 removed", summary.ToString());
    }

    [Fact]
    public void TheInverseSummaryMirrorsTheForwardOne()
    {
        var summary = IsoMappings.Iso27002_2022To2013.Summary;
        Assert.Equal(93, summary.SourceControls);
        Assert.Equal(114, summary.TargetControls);
        Assert.Equal(115, summary.Pairs);
        Assert.Equal(0, summary.NewTargets);
        Assert.Equal(11, summary.RemovedSources);
        Assert.Equal(1, summary.MergedTargets);
        Assert.Equal(24, summary.SplitSources);
        Assert.Equal(58, summary.OneToOnePairs);
        Assert.Equal(60, summary.CountOf(MappingRelationship.SupersetOf));
        Assert.Equal(0, summary.CountOf(MappingRelationship.SubsetOf));
    }

    [Fact]
    public void CountOfRejectsAnUndefinedRelationship()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoMappings.Iso27001_2013To2022.Summary.CountOf((MappingRelationship)9));
    }
}
