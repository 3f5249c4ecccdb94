namespace Iso27k.Cli.Tests;

public class CatalogInsightCommandsTest
{
    [Fact]
    public void SearchRanksTitleMatchFirst()
    {
        var (code, output, _) = CliRunner.Run("catalog", "search", "event", "logging");
        Assert.Equal(0, code);
        var firstRow = output.Split('\n')[2];
        Assert.StartsWith("A.12.4.1", firstRow, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchWithoutHitsSaysSoOnStderr()
    {
        var (code, output, error) = CliRunner.Run("catalog", "search", "xyzzy");
        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Contains("No control matches", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffCountsNewMergedAndSplit()
    {
        var (code, output, _) = CliRunner.Run("catalog", "diff", "2013", "2022", "--details");
        Assert.Equal(0, code);
        Assert.Matches(@"new\s+11\s", output);
        Assert.Matches(@"merged\s+24\s", output);
        Assert.Matches(@"split\s+1\s", output);
        Assert.Contains("split: A.18.2.3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffRejectsSameEdition()
    {
        Assert.Equal(2, CliRunner.Run("catalog", "diff", "2022", "2022").ExitCode);
    }

    [Fact]
    public void StatsCountsThemesAndAttributes()
    {
        var (code, output, _) = CliRunner.Run("catalog", "stats", "--edition", "2022");
        Assert.Equal(0, code);
        Assert.Matches(@"5\s+Organizational controls\s+37", output);
        Assert.Matches(@"8\s+Technological controls\s+34", output);
        Assert.Contains("#Governance_and_Ecosystem", output, StringComparison.Ordinal);
        Assert.Contains("new in 2022: 11", output, StringComparison.Ordinal);
    }
}
