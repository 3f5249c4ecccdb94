using Iso27k.Csv;

namespace Iso27k.Cli.Tests;

public class MapCommandTest
{
    [Fact]
    public void MapsA1241ToLogging()
    {
        var (code, output, _) = CliRunner.Run("map", "A.12.4.1");
        Assert.Equal(0, code);
        Assert.Equal("A.12.4.1 Event logging\n  -> 8.15 Logging [subset-of, semantic, merged]\n", output);
    }

    [Fact]
    public void MapsBackwardsWithTo()
    {
        var (code, output, _) = CliRunner.Run("map", "8.15", "--to", "2013");
        Assert.Equal(0, code);
        Assert.Contains("A.12.4.3 Administrator and operator logs", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NewControlHasNoCounterpart()
    {
        var (code, output, _) = CliRunner.Run("map", "5.7");
        Assert.Equal(0, code);
        Assert.Contains("new in 2022", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8.15", "--to", "2022")]
    [InlineData("A.19.1.1")]
    [InlineData("A.12.9.9")]
    public void RejectsUnusableInput(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(["map", .. args]);
        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void ExportsCsvWithExactHeaderAndNewRows()
    {
        var (code, output, _) = CliRunner.Run("mapping", "export", "--from", "2013", "--to", "2022", "--format", "csv");
        Assert.Equal(0, code);
        var records = new CsvReader(new StringReader(output)).ReadAll().ToList();
        Assert.Equal("old_id,new_id,relationship,kind", string.Join(',', records[0].Fields));
        Assert.Equal(115 + 11, records.Count - 1);
        Assert.Contains(records, r => r.Fields.SequenceEqual(["A.13.2.1", "5.14", "subset-of", "merged"]));
        Assert.Contains(records, r => r.Fields.SequenceEqual(["", "8.28", "no-relationship", "new"]));
        Assert.Equal(11, records.Count(r => r[0].Length == 0));
    }

    [Fact]
    public void ExportsJson()
    {
        var (code, output, _) = CliRunner.Run("mapping", "export", "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("\"A.18.2.3\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportRejectsSameEditions()
    {
        var (code, _, error) = CliRunner.Run("mapping", "export", "--from", "2022", "--to", "2022");
        Assert.Equal(2, code);
        Assert.Contains("different editions", error, StringComparison.Ordinal);
    }
}
