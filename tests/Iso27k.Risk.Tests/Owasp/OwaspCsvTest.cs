using Iso27k.Risk.Owasp;

namespace Iso27k.Risk.Tests.Owasp;

public class OwaspCsvTest
{
    [Fact]
    public void WritesTheExactHeader()
    {
        var writer = new StringWriter();
        OwaspCsv.WriteHeader(writer);
        Assert.Equal("vector,likelihood,likelihood_level,technical_impact,business_impact,impact_level,severity,error\r\n", writer.ToString());
    }

    [Fact]
    public void WritesAScoredRowWithInvariantNumbers()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            var writer = new StringWriter();
            Assert.True(OwaspCsv.WriteRow(writer, "SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5", OwaspImpactPolicy.Technical));
            Assert.Equal("SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5,4.375,MEDIUM,7.25,2.25,HIGH,High,\r\n", writer.ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void FillsTheErrorColumnGivenABadVector()
    {
        var writer = new StringWriter();
        Assert.False(OwaspCsv.WriteRow(writer, "SL:5,M:2", OwaspImpactPolicy.Business));
        var line = writer.ToString();
        Assert.StartsWith("\"SL:5,M:2\",,,,,,,", line, StringComparison.Ordinal);
        Assert.Contains("position 4", line, StringComparison.Ordinal);
    }
}
