using System.IO.Compression;
using System.Text.Json;

namespace Iso27k.Cli.Tests;

public class SoaCommandTest
{
    private static readonly string Soa2022 = Samples.Path("data/samples/soa/soa-2022.json");
    private static readonly string Soa2022Csv = Samples.Path("data/samples/soa/soa-2022.csv");
    private static readonly string Soa2013 = Samples.Path("data/samples/soa/soa-2013.json");
    private static readonly string Register = Samples.Path("data/samples/risk/register.json");

    [Fact]
    public void ValidateReportsTheSampleDefectsWithExit1()
    {
        var (code, output, _) = CliRunner.Run("soa", "validate", Soa2022, "--today", "2026-11-21");
        Assert.Equal(1, code);
        Assert.Contains("SOA001 error 5.35", output, StringComparison.Ordinal);
        Assert.Contains("SOA004 error 7.11", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateAsJsonPrintsTheDocumentedFields()
    {
        var (code, output, _) = CliRunner.Run("soa", "validate", Soa2022Csv, "--format", "json", "--today", "2026-11-21");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var first = doc.RootElement[0];
        foreach (var name in new[] { "code", "severity", "controlId", "path", "message", "requirement" })
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }
    }

    [Fact]
    public void ValidateAsSarifIsSarif210()
    {
        var (_, output, _) = CliRunner.Run("soa", "validate", Soa2022, "--format", "sarif", "--risks", Register, "--today", "2026-11-21");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.True(doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() > 0);
    }

    [Fact]
    public void RisksOptionEnablesRiskCrossChecks()
    {
        var without = CliRunner.Run("soa", "validate", Soa2022, "--today", "2026-11-21").Out;
        var with = CliRunner.Run("soa", "validate", Soa2022, "--risks", Register, "--today", "2026-11-21").Out;
        Assert.DoesNotContain("SOA007", without, StringComparison.Ordinal);
        Assert.Contains("SOA007", with, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableFileIsExit2()
    {
        using var dir = Samples.TempDirectory();
        var path = Path.Combine(dir, "soa.json");
        File.WriteAllText(path, "not json");
        Assert.Equal(2, CliRunner.Run("soa", "validate", path).ExitCode);
        Assert.Equal(2, CliRunner.Run("soa", "validate", Path.Combine(dir, "missing.json")).ExitCode);
    }

    [Fact]
    public void MigrateWritesDraftAndReport()
    {
        using var dir = Samples.TempDirectory();
        var (code, output, _) = CliRunner.Run("soa", "migrate", Soa2013, "--out", Path.Combine(dir, "out", "soa2022.json"), "--report", Path.Combine(dir, "out", "report.md"));
        Assert.Equal(0, code);
        Assert.Contains("93 2022 controls", output, StringComparison.Ordinal);
        Assert.StartsWith("# SoA migration", File.ReadAllText(Path.Combine(dir, "out", "report.md")), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("soa", "export", Path.Combine(dir, "out", "soa2022.json"), "--format", "csv", "--out", Path.Combine(dir, "x.csv")).ExitCode);
    }

    [Fact]
    public void MigrateRejectsA2022Soa()
    {
        using var dir = Samples.TempDirectory();
        Assert.Equal(2, CliRunner.Run("soa", "migrate", Soa2022, "--out", Path.Combine(dir, "x.json")).ExitCode);
    }

    [Fact]
    public void ExportsXlsxWithASheet()
    {
        using var dir = Samples.TempDirectory();
        var path = Path.Combine(dir, "soa.xlsx");
        Assert.Equal(0, CliRunner.Run("soa", "export", Soa2022, "--format", "xlsx", "--out", path).ExitCode);
        using var zip = ZipFile.OpenRead(path);
        Assert.NotNull(zip.GetEntry("xl/worksheets/sheet1.xml"));
    }

    [Fact]
    public void NewWritesATemplateWithEveryControl()
    {
        using var dir = Samples.TempDirectory();
        var path = Path.Combine(dir, "new.csv");
        Assert.Equal(0, CliRunner.Run("soa", "new", "--edition", "2013", "--out", path).ExitCode);
        Assert.Equal(115, File.ReadAllLines(path).Length);
    }
}
