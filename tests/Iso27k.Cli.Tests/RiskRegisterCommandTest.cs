using Iso27k.Csv;

namespace Iso27k.Cli.Tests;

public class RiskRegisterCommandTest
{
    private static readonly string Register = Samples.Path("data/samples/risk/register.json");
    private static readonly string Criteria = Samples.Path("data/samples/risk/criteria.json");

    [Fact]
    public void SampleRegisterIsCleanBeforeItsReviewDates()
    {
        var (code, output, error) = CliRunner.Run("risk", "register", "validate", Register, "--today", "2026-11-21");
        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Contains("0 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OverdueReviewsAreReportedLater()
    {
        var (code, output, _) = CliRunner.Run("risk", "register", "validate", Register, "--today", "2027-06-01");
        Assert.Equal(0, code);
        Assert.Contains("RSK007", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsUnusableInput()
    {
        Assert.Equal(2, CliRunner.Run("risk", "register", "validate", "/nonexistent/register.json").ExitCode);
    }

    [Fact]
    public void MalformedRegisterIsUnusableInputWithItsPath()
    {
        using var dir = Samples.TempDirectory();
        var path = Path.Combine(dir, "broken.json");
        File.WriteAllText(path, "{\"formatVersion\": 1, \"risks\": [");
        var (code, _, error) = CliRunner.Run("risk", "register", "validate", path);
        Assert.Equal(2, code);
        Assert.Contains("broken.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoresEveryRiskAsCsv()
    {
        var (code, output, _) = CliRunner.Run("risk", "register", "score", Register, "--criteria", Criteria);
        Assert.Equal(0, code);
        var rows = new CsvReader(new StringReader(output)).ReadAll().ToList();
        Assert.Equal("risk_id", rows[0][0]);
        Assert.Equal(7, rows.Count);
    }

    [Fact]
    public void OwaspScoresVectorsAndFlagsBadOnes()
    {
        var (code, output, _) = CliRunner.Run("risk", "owasp", "SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5", "SL:99");
        Assert.Equal(1, code);
        var rows = new CsvReader(new StringReader(output)).ReadAll().ToList();
        Assert.Equal("vector,likelihood,likelihood_level,technical_impact,business_impact,impact_level,severity,error", string.Join(',', rows[0].Fields));
        Assert.Equal(["4.375", "MEDIUM", "7.25", "2.25", "LOW", "Low", ""], rows[1].Fields.Skip(1).ToArray());
        Assert.NotEmpty(rows[2][7]);
    }

    [Fact]
    public void OwaspTechnicalPolicyUsesTechnicalImpact()
    {
        var (code, output, _) = CliRunner.Run("risk", "owasp", "--impact", "technical", "SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5");
        Assert.Equal(0, code);
        var row = new CsvReader(new StringReader(output)).ReadAll().Skip(1).Single();
        Assert.Equal("HIGH", row[5]);
        Assert.Equal("High", row[6]);
    }
}
