using Iso27k.Csv;

namespace Iso27k.Cli.Tests;

public class ClausesCommandTest
{
    [Fact]
    public void ExportsClausesCsv()
    {
        var (code, output, _) = CliRunner.Run("clauses", "export", "--edition", "2022", "--format", "csv");
        Assert.Equal(0, code);
        var records = new CsvReader(new StringReader(output)).ReadAll().ToList();
        Assert.Equal(["id", "title", "parent_id", "documented_information"], records[0].Fields.ToArray());
        Assert.Contains(records, r => r.Fields.SequenceEqual(["6.1.3", "Information security risk treatment", "6.1", "true"]));
        Assert.Contains(records, r => r.Fields.SequenceEqual(["4", "Context of the organization", "", "false"]));
        Assert.Equal(42, records.Count);
    }

    [Fact]
    public void ExportsClausesJson()
    {
        var (code, output, _) = CliRunner.Run("clauses", "export", "--edition", "2013", "--format", "json");
        Assert.Equal(0, code);
        var clauses = ClauseCatalog.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(output)));
        Assert.Equal(IsoCatalogs.Iso27001_2013Clauses, clauses);
    }

    [Fact]
    public void ListsDocumentedClausesOnly()
    {
        var (code, output, _) = CliRunner.Run("clauses", "list", "--edition", "2022", "--documented");
        Assert.Equal(0, code);
        Assert.Contains("9.2.2", output, StringComparison.Ordinal);
        Assert.DoesNotContain("6.3 ", output, StringComparison.Ordinal);
    }
}
