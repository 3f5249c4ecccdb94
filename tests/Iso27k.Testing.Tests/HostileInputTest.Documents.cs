using System.Text;
using Iso27k.Mapping;
using Iso27k.Risk;
using Iso27k.Soa;

namespace Iso27k.Testing.Tests;

public sealed partial class HostileInputTest
{
    // Documents are larger; fewer cases keep the set inside the CI budget.
    private static readonly Config DocumentCases = Config.QuickThrowOnFailure.WithMaxTest(150);

    public static TheoryData<string> SoaJsonFiles => new() { "data/samples/soa/soa-2022.json", "data/samples/soa/soa-2013.json" };

    [Theory]
    [MemberData(nameof(SoaJsonFiles))]
    public void SoaJsonReportsEveryProblemAtAJsonPath(string file)
    {
        Prop.ForAll(Iso27kArbitraries.MutatedDocument(RepositoryFiles.Read(file)), bytes =>
            {
                var document = SoaDocument.Read(new MemoryStream(bytes), SoaFormat.Json);
                return ((document.Statement is not null || document.HasErrors)
                        && document.Diagnostics.All(d => d.Location.JsonPath is ['$', ..] && d.Message.Length > 20))
                    .Label(string.Join("\n", document.Diagnostics));
            })
            .Check(DocumentCases);
    }

    [Fact]
    public void SoaCsvReportsEveryProblemAtALineAndColumn()
    {
        Prop.ForAll(Iso27kArbitraries.MutatedDocument(RepositoryFiles.Read("data/samples/soa/soa-2022.csv")), bytes =>
            {
                var document = SoaDocument.Read(new MemoryStream(bytes), SoaFormat.Csv);
                return ((document.Statement is not null || document.HasErrors)
                        && document.Diagnostics.All(d => d.Location.Line >= 1 && d.Location.Column >= 0 && d.Message.Length > 20))
                    .Label(string.Join("\n", document.Diagnostics));
            })
            .Check(DocumentCases);
    }

    [Fact]
    public void SoaJsonAndCsvRoundTripGeneratedStatementsExactly()
    {
        Prop.ForAll(Iso27kArbitraries.SoaStatement(csvSafe: true), soa =>
            {
                using var json = new MemoryStream();
                SoaDocument.WriteJson(soa, json);
                var fromJson = SoaDocument.Read(new MemoryStream(json.ToArray()), SoaFormat.Json);
                using var again = new MemoryStream();
                SoaDocument.WriteJson(fromJson.Statement!, again);
                var csv = new StringWriter();
                SoaDocument.WriteCsv(soa, csv);
                var fromCsv = SoaDocument.ReadCsv(new StringReader(csv.ToString()), soa.Edition);
                var csvAgain = new StringWriter();
                SoaDocument.WriteCsv(fromCsv.Statement!, csvAgain);
                return soa.Equals(fromJson.Statement) && json.ToArray().AsSpan().SequenceEqual(again.ToArray())
                    && csv.ToString() == csvAgain.ToString();
            })
            .Check(DocumentCases);
    }

    [Theory]
    [InlineData("data/samples/risk/register.json")]
    public void RiskRegisterReportsEveryProblemAtAJsonPath(string file)
    {
        Prop.ForAll(Iso27kArbitraries.MutatedDocument(RepositoryFiles.Read(file)), bytes =>
            {
                var read = RiskRegisterJson.Read(new MemoryStream(bytes));
                return ((read.Succeeded || !read.Diagnostics.IsEmpty)
                        && read.Diagnostics.All(d => d.Path is ['$', ..] && d.Message.Length > 10))
                    .Label(string.Join("\n", read.Diagnostics));
            })
            .Check(DocumentCases);
    }

    public static TheoryData<string, bool> CatalogFiles => new()
    {
        { "data/ISO_IEC_27002_2022_catalog.json", false },
        { "data/ISO_IEC_27001_2013_catalog.json", false },
        { "data/ISO_IEC_27001_2022_clauses.json", true },
        { "data/ISO_IEC_27001_2013_clauses.json", true },
    };

    [Theory]
    [MemberData(nameof(CatalogFiles))]
    public void CatalogReadersThrowOnlyCatalogDataExceptionNamingPathOrLine(string file, bool clauses)
    {
        var original = RepositoryFiles.Read(file);
        Prop.ForAll(Iso27kArbitraries.MutatedDocument(original), bytes =>
            {
                try
                {
                    _ = clauses ? (object)ClauseCatalog.FromStream(new MemoryStream(bytes), "mutated") : Catalog.FromStream(new MemoryStream(bytes), "mutated");
                    return true.ToProperty();
                }
                catch (CatalogDataException ex)
                {
                    return (ex.SourceName == "mutated" && (ex.Location is ['$', ..] || ex.Message.Contains(": $", StringComparison.Ordinal) || ex.Message.Contains("line ", StringComparison.Ordinal)) && ex.Message.Length > 20)
                        .Label(ex.Message);
                }
            })
            .Check(DocumentCases);
    }

    [Fact]
    public void MappingReaderThrowsOnlyMappingDataExceptionNamingThePath()
    {
        var original = RepositoryFiles.Read("data/mapping/ISO_IEC_27002_2022_mapping-2013.json");
        Prop.ForAll(Iso27kArbitraries.MutatedDocument(original), bytes =>
            {
                try
                {
                    ControlMapping.FromStream(new MemoryStream(bytes), IsoCatalogs.Iso27001_2013, IsoCatalogs.Iso27002_2022, "mutated");
                    return true.ToProperty();
                }
                catch (MappingDataException ex)
                {
                    return (ex.SourceName == "mutated" && ex.Location.Contains('$', StringComparison.Ordinal) && ex.Message.Length > 20).Label(ex.Message);
                }
            })
            .Check(DocumentCases);
    }

    [Fact]
    public void ShippedFilesReadBackEqualAfterBomAndCrlf()
    {
        var original = RepositoryFiles.Read("data/ISO_IEC_27002_2022_catalog.json");
        var crlf = Encoding.UTF8.GetBytes("\uFEFF" + Encoding.UTF8.GetString(original).Replace("\n", "\r\n", StringComparison.Ordinal));
        var catalog = Catalog.FromStream(new MemoryStream(crlf));
        Assert.Equal(
            IsoCatalogs.Iso27002_2022.Controls.Select(c => (c.Id, c.Title, c.Summary, c.Attributes)),
            catalog.Controls.Select(c => (c.Id, c.Title, c.Summary, c.Attributes)));
    }
}
