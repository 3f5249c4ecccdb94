namespace Iso27k.Tests;

public class CatalogSearchTest
{
    [Fact]
    public void FindsCloudControlFirst()
    {
        var hits = CatalogSearch.Search(IsoCatalogs.Iso27002_2022, "Cloud Services");
        Assert.Equal("5.23", hits[0].Control.Id.ToString());
        Assert.True(hits[0].MatchesTitle);
    }

    [Fact]
    public void EveryHitContainsEveryTerm()
    {
        var hits = CatalogSearch.Search(IsoCatalogs.Iso27001_2013, "log");
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(
            h.Control.Title.Contains("log", StringComparison.OrdinalIgnoreCase) || h.Control.Summary.Contains("log", StringComparison.OrdinalIgnoreCase)));
        Assert.True(hits.Select(h => h.Score).SequenceEqual(hits.Select(h => h.Score).OrderByDescending(s => s)));
    }

    [Fact]
    public void TitleMatchesRankAboveSummaryMatches()
    {
        var hits = CatalogSearch.Search(IsoCatalogs.Iso27002_2022, "logging");
        Assert.Equal("8.15", hits[0].Control.Id.ToString());
    }

    [Fact]
    public void IdQueryReturnsThatControlFirst()
    {
        Assert.Equal("8.8", CatalogSearch.Search(IsoCatalogs.Iso27002_2022, "8.8")[0].Control.Id.ToString());
    }

    [Fact]
    public void BlankOrUnmatchedQueryReturnsNothing()
    {
        Assert.Empty(CatalogSearch.Search(IsoCatalogs.Iso27002_2022, "   "));
        Assert.Empty(CatalogSearch.Search(IsoCatalogs.Iso27002_2022, "xyzzy"));
    }
}
