using Iso27k.Samples;

namespace Iso27k.Cli.Tests;

// The docs' samples compile as part of the solution; these tests run them and keep the README in step with them.
public class DocsSamplesTest
{
    [Fact]
    public void ReadmeExampleRunsAndPrintsWhatItsCommentsSay()
    {
        var output = new StringWriter();
        ReadmeExample.Run(output);
        var text = output.ToString();
        Assert.Contains("5.23 Information security for use of cloud services", text, StringComparison.Ordinal);
        Assert.Contains("A.12.4.1 subset-of 8.15 (semantic, merged)", text, StringComparison.Ordinal);
        Assert.Contains("9.8 Critical", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeShowsTheSampleCodeVerbatim()
    {
        var source = File.ReadAllLines(Samples.Path("docs/samples/Iso27k.Samples/ReadmeExample.cs"));
        var start = Array.FindIndex(source, l => l.Contains("// README: begin", StringComparison.Ordinal)) + 1;
        var end = Array.FindIndex(source, l => l.Contains("// README: end", StringComparison.Ordinal));
        var expected = source[start..end].Select(l => l.Length >= 8 ? l[8..] : l.Trim()).ToArray();
        var readme = File.ReadAllText(Samples.Path("README.md")).ReplaceLineEndings("\n");
        Assert.Contains(string.Join("\n", expected), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void SaasJourneyRuns()
    {
        var output = new StringWriter();
        var findings = SaasJourney.Run(output);
        Assert.Equal(0, findings);
        Assert.Contains("SoA: 93 entries", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeCommandsAreTheOnesCiRuns()
    {
        var readme = File.ReadAllText(Samples.Path("README.md"));
        var ci = File.ReadAllText(Samples.Path(".ci/run"));
        Assert.Contains("dotnet run --project src/Iso27k.Cli -- demo", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Iso27k.Core.sln -c Release", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Iso27k.Core.sln -c Release", ci, StringComparison.Ordinal);
        Assert.Contains("-- demo", ci, StringComparison.Ordinal);
    }
}
