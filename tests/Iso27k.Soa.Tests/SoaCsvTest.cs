using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Iso27k.Soa.Tests;

public sealed class SoaCsvTest
{
    private const string Header = "control_id,applicable,inclusion_reasons,exclusion_justification,implementation_status,owner,evidence,last_reviewed,notes";

    internal static string ToCsv(StatementOfApplicability soa)
    {
        using var writer = new StringWriter();
        SoaDocument.WriteCsv(soa, writer);
        return writer.ToString();
    }

    private static SoaDocument Read(string csv, Edition? edition = null) => SoaDocument.ReadCsv(new StringReader(csv), edition);

    // CSV holds entries only: compare what it holds.
    private static StatementOfApplicability EntriesOnly(StatementOfApplicability soa) => new(soa.Edition, soa.Entries);

    [Fact]
    public void RoundTripsCsvModelCsvForTheFieldsCsvHolds()
    {
        Prop.ForAll(Iso27kArbitraries.SoaStatement(csvSafe: true), soa =>
            {
                var csv = ToCsv(soa);
                var read = Read(csv, soa.Edition);
                return read.Diagnostics.All(d => d.Code == "SOA108")
                    && EntriesOnly(soa).Equals(read.Statement)
                    && csv == ToCsv(read.Statement!);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WritesDocumentedHeaderAndValues()
    {
        var entry = SoaEntry.Applicable(SoaFixtures.C5_23, InclusionReason.RiskTreatment("R-1", "R-2"), InclusionReason.Legal)
            .WithImplementationStatus(ImplementationStatus.PartiallyImplemented)
            .WithOwner("Head of IT")
            .WithEvidence("POL-7", "SEC-12")
            .WithLastReviewed(new NodaTime.LocalDate(2026, 1, 31))
            .WithNotes("AWS, Azure");
        var csv = ToCsv(new StatementOfApplicability(Edition.Iso2022, [entry, SoaEntry.Excluded(SoaFixtures.C7_4, "Remote only")]));
        Assert.Equal(
            Header + "\n5.23,yes,risk:R-1;risk:R-2;legal,,partial,Head of IT,POL-7;SEC-12,2026-01-31,\"AWS, Azure\"\n7.4,no,,Remote only,,,,,\n",
            csv);
    }

    [Fact]
    public void AcceptsTrueFalseAndInfersEdition()
    {
        var read = Read(Header + "\nA.5.1.1,true,business,,,,,,\nA.5.1.2,FALSE,,Covered by A.5.1.1,,,,,\n");
        Assert.Empty(read.Diagnostics);
        Assert.Equal(Edition.Iso2013, read.Statement!.Edition);
        Assert.Equal(Applicability.Applicable, read.Statement.Entries[0].Applicability);
        Assert.Equal(Applicability.Excluded, read.Statement.Entries[1].Applicability);
    }

    [Fact]
    public void ReportsImportErrorsWithLineAndColumn()
    {
        var csv = Header + "\n"
            + "5.1,perhaps,legal,,,,,,\n"
            + "5.2,yes,whim;risk:,,,,,,\n"
            + "5.3,yes,legal,,done,,,2026-13-01,\n"
            + "5.x,yes,,,,,,,\n";
        var read = Read(csv);
        var found = read.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).ToList();
        Assert.Contains(("SOA104", 2L, 5), found);
        Assert.Contains(("SOA104", 3L, 9), found);
        Assert.Equal(2, found.Count(f => f is ("SOA104", 3L, 9)));
        Assert.Contains(("SOA104", 4L, 16), found);
        Assert.Contains(("SOA104", 4L, 23), found);
        Assert.Contains(("SOA103", 5L, 1), found);
        Assert.Equal(3, read.Statement!.Entries.Length);
    }

    [Fact]
    public void ReportsMalformedCsvWithPosition()
    {
        var read = Read(Header + "\n5.1,yes,\"legal,,,,,,\n");
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal("SOA101", diagnostic.Code);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Null(read.Statement);
    }

    [Fact]
    public void RefusesHeaderWithoutRequiredColumns()
    {
        var read = Read("id,decision\n5.1,yes\n");
        Assert.Null(read.Statement);
        Assert.All(read.Diagnostics.Where(d => d.Severity == SoaSeverity.Error), d => Assert.Equal("SOA106", d.Code));
    }

    [Fact]
    public void KeepsUnknownColumnsAndWritesThemBack()
    {
        var read = Read(Header + ",x-budget\n5.1,yes,legal,,,,,,,\"1,200\"\n");
        Assert.Equal("SOA108", Assert.Single(read.Diagnostics).Code);
        Assert.Equal("1,200", read.Statement!.Entries[0].UnknownProperties[0].ToText());
        Assert.EndsWith(",x-budget\n5.1,yes,legal,,,,,,,\"1,200\"\n", ToCsv(read.Statement), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesMillionRowCsvAfterTheLimitWithoutLoadingIt()
    {
        var reader = new EndlessCsvReader(Header, 1_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = SoaDocument.ReadCsv(reader);
        Assert.Null(read.Statement);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal("SOA107", diagnostic.Code);
        Assert.Contains("10000", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(reader.RowsServed < 10_100, "reading stopped at the limit");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 200_000_000);
    }

    [Fact]
    public void ReadsUtf8WithBomFromStream()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Header + "\n5.1,yes,legal,,,Sécurité,,,\n")).ToArray();
        var read = SoaDocument.Read(new MemoryStream(bytes), SoaFormat.Csv);
        Assert.Empty(read.Diagnostics);
        Assert.Equal("Sécurité", read.Statement!.Entries[0].Owner);
    }

    // Produces rows on demand so the test itself never holds the file.
    private sealed class EndlessCsvReader(string header, int rows) : TextReader
    {
        private string current = header + "\n";
        private int position;

        public int RowsServed { get; private set; }

        public override int Peek() => Fill() ? current[position] : -1;

        public override int Read() => Fill() ? current[position++] : -1;

        private bool Fill()
        {
            if (position < current.Length)
            {
                return true;
            }

            if (RowsServed >= rows)
            {
                return false;
            }

            RowsServed++;
            current = "5.1,yes,legal,,implemented,CISO,POL-1,2026-01-01,row\n";
            position = 0;
            return true;
        }
    }
}
