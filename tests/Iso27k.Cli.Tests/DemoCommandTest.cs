namespace Iso27k.Cli.Tests;

public class DemoCommandTest
{
    [Fact]
    public void RunsTheJourneyAndWritesEveryFile()
    {
        using var dir = Samples.TempDirectory();
        var (code, output, _) = CliRunner.Run("demo", "--out", dir);
        Assert.Equal(0, code);
        foreach (var heading in new[] { "1. ", "2. Risk register", "3. Annual loss exposure with FAIR", "4. Treatment plan", "5. Statement of Applicability", "6. Validation", "7. Certification readiness", "8. Migration", "9. Files" })
        {
            Assert.Contains(heading, output, StringComparison.Ordinal);
        }

        Assert.Contains("SOA009", output, StringComparison.Ordinal);
        Assert.Contains("16 satisfied / 18 required", output, StringComparison.Ordinal);
        foreach (var file in new[] { "soa-2022.json", "soa-2022.csv", "soa-2022.xlsx", "risk-register.json", "soa-2022-draft-from-2013.json", "migration-report.md", "soa-2022.oscal-profile.json", "soa-2022.oscal-ssp.json", "isms-record.json", "isms-readiness.txt" })
        {
            Assert.True(new FileInfo(Path.Combine(dir, file)).Length > 0, file);
        }
    }

    [Fact]
    public void WritesTheSameBytesTwice()
    {
        using var first = Samples.TempDirectory();
        using var second = Samples.TempDirectory();
        Assert.Equal(0, CliRunner.Run("demo", "--out", first).ExitCode);
        Assert.Equal(0, CliRunner.Run("demo", "--out", second).ExitCode);
        foreach (var file in Directory.GetFiles(first))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))));
        }
    }
}
