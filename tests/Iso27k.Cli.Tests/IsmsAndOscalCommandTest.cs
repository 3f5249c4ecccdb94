using System.Text.Json;

namespace Iso27k.Cli.Tests;

public class IsmsAndOscalCommandTest
{
    private static readonly string Record = Samples.Path("data/samples/isms/record.json");

    [Fact]
    public void SampleRecordIsReadyOnItsAssessmentDay()
    {
        var (code, output, _) = CliRunner.Run("isms", "readiness", Record, "--today", "2026-03-15");
        Assert.Equal(0, code);
        Assert.Contains("9.2.2 Internal audit programme", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadinessAsJson()
    {
        var (code, output, _) = CliRunner.Run("isms", "readiness", Record, "--today", "2026-03-15", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
    }

    [Fact]
    public void MissingRequirementsExitWith1()
    {
        using var dir = Samples.TempDirectory();
        var path = Path.Combine(dir, "record.json");
        File.WriteAllText(path, """{"formatVersion": 1, "organization": "Empty Ltd"}""");
        var (code, output, error) = CliRunner.Run("isms", "readiness", path, "--today", "2026-03-15");
        Assert.True(code == 1, error + output);
    }

    [Fact]
    public void ExportsAndReimportsAnOscalCatalog()
    {
        using var dir = Samples.TempDirectory();
        var path = Path.Combine(dir, "catalog.json");
        Assert.Equal(0, CliRunner.Run("oscal", "export", "catalog", "--edition", "2013", "--out", path).ExitCode);
        var (code, output, error) = CliRunner.Run("oscal", "import", "catalog", path);
        Assert.Equal(0, code);
        Assert.Contains("114 controls", output, StringComparison.Ordinal);
        Assert.Contains("no problems", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportsSoaAsProfileAndSspAndTheMapping()
    {
        using var dir = Samples.TempDirectory();
        var soa = Samples.Path("data/samples/isms/soa.json");
        Assert.Equal(0, CliRunner.Run("oscal", "export", "soa", soa, "--as", "profile", "--out", Path.Combine(dir, "p.json")).ExitCode);
        Assert.Equal(0, CliRunner.Run("oscal", "export", "soa", soa, "--as", "ssp", "--out", Path.Combine(dir, "s.json")).ExitCode);
        Assert.Equal(0, CliRunner.Run("oscal", "export", "mapping", "--out", Path.Combine(dir, "m.json")).ExitCode);
        using var profile = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "p.json")));
        Assert.True(profile.RootElement.TryGetProperty("profile", out _));
        using var ssp = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "s.json")));
        Assert.True(ssp.RootElement.TryGetProperty("system-security-plan", out _));
        using var mapping = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "m.json")));
        Assert.True(mapping.RootElement.TryGetProperty("mapping-collection", out _));
    }

    [Fact]
    public void ImportRejectsNonOscalWithExit2()
    {
        using var dir = Samples.TempDirectory();
        var path = Path.Combine(dir, "x.json");
        File.WriteAllText(path, "{\"not\": \"oscal\"}");
        Assert.Equal(2, CliRunner.Run("oscal", "import", "catalog", path).ExitCode);
    }
}
