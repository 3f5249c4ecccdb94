using Iso27k.Csv;

namespace Iso27k.Cli.Tests;

public class CatalogCommandTest
{
    [Fact]
    public void ListsThe2022Catalog()
    {
        var (code, output, _) = CliRunner.Run("catalog", "list", "--edition", "2022");
        Assert.Equal(0, code);
        Assert.Contains("5.23  Information security for use of cloud services", output, StringComparison.Ordinal);
        Assert.Contains("93 controls.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ListsThe2013Catalog()
    {
        var (code, output, _) = CliRunner.Run("catalog", "list", "--edition", "2013");
        Assert.Equal(0, code);
        Assert.Contains("A.12.4.1  Event logging", output, StringComparison.Ordinal);
        Assert.Contains("114 controls.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowsOneControlWithAttributes()
    {
        var (code, output, _) = CliRunner.Run("catalog", "show", "A.5.23");
        Assert.Equal(0, code);
        Assert.Contains("5.23  Information security for use of cloud services", output, StringComparison.Ordinal);
        Assert.Contains("#Supplier_relationships_security", output, StringComparison.Ordinal);
        Assert.Contains("new in 2022:   yes", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5.99", "has no control 5.99")]
    [InlineData("banana", "'banana' is not a control id")]
    public void ShowRejectsUnknownOrMalformedIdWithExit2(string id, string message)
    {
        var (code, output, error) = CliRunner.Run("catalog", "show", id);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadEditionIsUnusableInput()
    {
        var (code, _, error) = CliRunner.Run("catalog", "list", "--edition", "2019");
        Assert.Equal(2, code);
        Assert.Contains("expected 2013 or 2022", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Exports2022CsvWithExactHeader()
    {
        var (code, output, _) = CliRunner.Run("catalog", "export", "--edition", "2022", "--format", "csv");
        Assert.Equal(0, code);
        var records = new CsvReader(new StringReader(output)).ReadAll().ToList();
        Assert.Equal("id,title,theme,new_in_2022,control_types,security_properties,cybersecurity_concepts,operational_capabilities,security_domains", string.Join(',', records[0].Fields));
        Assert.Equal(94, records.Count);
        var row = records.Single(r => r[0] == "8.16");
        Assert.Equal(["8.16", "Monitoring activities", "Technological", "true", "Detective;Corrective", "Confidentiality;Integrity;Availability", "Detect;Respond", "Information_security_event_management", "Defence"], row.Fields.ToArray());
        Assert.Equal(11, records.Count(r => r[3] == "true"));
    }

    [Fact]
    public void Exports2013CsvWithExactHeader()
    {
        var (code, output, _) = CliRunner.Run("catalog", "export", "--edition", "2013", "--format", "csv");
        Assert.Equal(0, code);
        var records = new CsvReader(new StringReader(output)).ReadAll().ToList();
        Assert.Equal("id,title,clause_id,clause_title,objective_id,objective_title", string.Join(',', records[0].Fields));
        Assert.Equal(115, records.Count);
        Assert.Equal(["A.5.1.1", "Policies for information security", "A.5", "Information security policies", "A.5.1", "Management direction for information security"], records[1].Fields.ToArray());
    }

    [Fact]
    public void ExportsJsonThatReadsBackAsTheSameCatalog()
    {
        foreach (var edition in new[] { "2022", "2013" })
        {
            var (code, output, _) = CliRunner.Run("catalog", "export", "--edition", edition, "--format", "json");
            Assert.Equal(0, code);
            var catalog = Catalog.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(output)));
            Assert.Equal(IsoCatalogs.ForEdition(edition == "2022" ? Edition.Iso2022 : Edition.Iso2013), catalog);
        }
    }

    [Fact]
    public void WritesToOutFile()
    {
        using var dir = Samples.TempDirectory();
        var path = Path.Combine(dir, "not-yet", "catalog.csv");
        var (code, output, error) = CliRunner.Run("catalog", "export", "--edition", "2022", "--out", path);
        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Contains("Wrote", error, StringComparison.Ordinal);
        Assert.StartsWith("id,title,theme", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormatIsRejected()
    {
        var (code, _, error) = CliRunner.Run("catalog", "export", "--edition", "2022", "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }
}
