namespace Iso27k.Cli.Tests;

public class RootCommandTest
{
    [Fact]
    public void VersionNamesToolAndDataVersions()
    {
        var (code, output, _) = CliRunner.Run("--version");
        Assert.Equal(0, code);
        Assert.StartsWith("iso27k ", output, StringComparison.Ordinal);
        Assert.Contains("2026.11.21", output, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpListsVerbs()
    {
        var (code, output, err) = CliRunner.Run("--help");
        Assert.True(code == 0, err);
        Assert.Contains("catalog", output, StringComparison.Ordinal);
        Assert.Contains("clauses", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVerbIsUnusableInput()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NoVerbIsUnusableInput()
    {
        var (code, _, error) = CliRunner.Run();
        Assert.Equal(2, code);
        Assert.Contains("verb is required", error, StringComparison.Ordinal);
    }
}
