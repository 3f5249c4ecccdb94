using Iso27k.Csv;

namespace Iso27k.Cli.Tests;

public class RiskCvssCommandTest
{
    [Fact]
    public void ScoresArgumentsAsCsvRows()
    {
        var (code, output, _) = CliRunner.Run("risk", "cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
        Assert.Equal(0, code);
        var rows = new CsvReader(new StringReader(output)).ReadAll().ToList();
        Assert.Equal("vector,version,base_score,temporal_score,environmental_score,score,severity,error", string.Join(',', rows[0].Fields));
        Assert.Equal(["CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "3.1", "9.8", "9.8", "9.8", "9.8", "Critical", ""], rows[1].Fields.ToArray());
        Assert.Equal(["4.0", "", "", "", "9.3", "Critical", ""], rows[2].Fields.Skip(1).ToArray());
    }

    [Fact]
    public void ReadsStdinAndGoesOnAfterABadVectorWithExit1()
    {
        var (code, output, error) = CliRunner.RunWithInput("CVSS:3.1/AV:X\n\nCVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H\n", "risk", "cvss");
        Assert.Equal(1, code);
        var rows = new CsvReader(new StringReader(output)).ReadAll().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("AV", rows[1][7], StringComparison.Ordinal);
        Assert.Equal("7.8", rows[2][2]);
        Assert.Contains("1 row(s) failed", error, StringComparison.Ordinal);
    }
}
