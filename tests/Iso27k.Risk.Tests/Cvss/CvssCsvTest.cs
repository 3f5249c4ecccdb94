using System.Globalization;
using Iso27k.Risk.Cvss;

namespace Iso27k.Risk.Tests.Cvss;

public class CvssCsvTest
{
    [Fact]
    public void WritesTheHeaderExactly()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        CvssCsv.WriteHeader(writer);

        Assert.Equal("vector,version,base_score,temporal_score,environmental_score,score,severity,error\n", writer.ToString());
    }

    [Fact]
    public void WritesV31RowsWithAllThreeScores()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        Assert.True(CvssCsv.WriteRow(writer, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F/RL:O/RC:C"));

        Assert.Equal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F/RL:O/RC:C,3.1,9.8,9.1,9.1,9.8,Critical,\n", writer.ToString());
    }

    [Fact]
    public void WritesV40RowsWithOnlyTheScore()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        Assert.True(CvssCsv.WriteRow(writer, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/AR:L"));

        Assert.Equal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/AR:L,4.0,,,,7.9,High,\n", writer.ToString());
    }

    [Fact]
    public void WritesInvariantNumbersUnderAnyCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

            CvssCsv.WriteRow(writer, "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N");

            Assert.Equal("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N,3.0,0.0,0.0,0.0,0.0,None,\n", writer.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void WritesTheErrorOfAnInvalidVectorWithRfc4180Quoting()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        Assert.False(CvssCsv.WriteRow(writer, "CVSS:3.1/AV:W/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));

        Assert.Equal(
            "CVSS:3.1/AV:W/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H,,,,,,,\"Metric 'AV' has the invalid value 'W' at position 12; expected one of N, A, L, P.\"\n",
            writer.ToString());
    }

    [Fact]
    public void QuotesVectorsThatContainSeparatorsOrQuotes()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };

        CvssCsv.WriteRow(writer, "a,\"b");

        Assert.StartsWith("\"a,\"\"b\",,,,,,,", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => CvssCsv.WriteHeader(null!));
        Assert.Throws<ArgumentNullException>(() => CvssCsv.WriteRow(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => CvssCsv.WriteRow(TextWriter.Null, null!));
    }
}
