using System.IO.Compression;
using System.Xml.Linq;

namespace Iso27k.Soa.Tests;

public sealed class SoaXlsxTest
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static byte[] Export(StatementOfApplicability soa)
    {
        using var stream = new MemoryStream();
        SoaDocument.Write(soa, stream, SoaFormat.Xlsx);
        return stream.ToArray();
    }

    private static XDocument Part(byte[] xlsx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    [Fact]
    public void WritesMinimalSpreadsheetPackage()
    {
        using var zip = new ZipArchive(new MemoryStream(Export(SoaFixtures.Complete())), ZipArchiveMode.Read);
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }

    [Fact]
    public void WritesOneRowPerControlWithFrozenBoldHeaderFilterAndWidths()
    {
        var soa = SoaFixtures.Complete().WithEntry(SoaFixtures.GoodExclusion(SoaFixtures.C7_4));
        var sheet = Part(Export(soa), "xl/worksheets/sheet1.xml");
        var rows = sheet.Descendants(Main + "row").ToList();
        Assert.Equal(94, rows.Count);
        var pane = sheet.Descendants(Main + "pane").Single();
        Assert.Equal("frozen", pane.Attribute("state")!.Value);
        Assert.Equal("1", pane.Attribute("ySplit")!.Value);
        Assert.Equal("A1:K94", sheet.Descendants(Main + "autoFilter").Single().Attribute("ref")!.Value);
        Assert.Equal(11, sheet.Descendants(Main + "col").Count());
        Assert.All(sheet.Descendants(Main + "col"), c => Assert.True(double.Parse(c.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) >= 10));
        Assert.All(rows[0].Elements(Main + "c"), c => Assert.Equal("1", c.Attribute("s")!.Value));

        string Cell(int row, string column) => rows[row - 1].Elements(Main + "c")
            .Single(c => c.Attribute("r")!.Value == column + row).Value;
        Assert.Equal("Control", Cell(1, "A"));
        Assert.Equal("5.23", Cell(24, "A"));
        Assert.Equal("Information security for use of cloud services", Cell(24, "B"));
        Assert.Equal("Organizational controls", Cell(24, "C"), ignoreCase: true);
        Assert.Equal("Yes", Cell(24, "D"));
        Assert.Equal("Risk treatment: R-1\nBusiness requirement or good practice", Cell(24, "E"));
        Assert.Equal("Implemented", Cell(24, "G"));
        Assert.Equal("No", Cell(50, "D"));

        var styles = Part(Export(soa), "xl/styles.xml");
        Assert.NotNull(styles.Descendants(Main + "b").SingleOrDefault());
    }

    [Fact]
    public void WritesSameBytesForSameSoa()
    {
        Assert.Equal(Export(SoaFixtures.Complete()), Export(SoaFixtures.Complete()));
    }

    [Fact]
    public void ReplacesCharactersXmlCannotHold()
    {
        var soa = SoaFixtures.Complete().WithEntry(SoaFixtures.Good(SoaFixtures.C5_23).WithNotes("bell\u0007 and 😀"));
        var sheet = Part(Export(soa), "xl/worksheets/sheet1.xml");
        Assert.Contains(sheet.Descendants(Main + "t"), t => t.Value == "bell\uFFFD and 😀");
    }

    [Fact]
    public void NamesThe2013ClauseAsTheme()
    {
        var sheet = Part(Export(SoaFixtures.Complete(Edition.Iso2013)), "xl/worksheets/sheet1.xml");
        Assert.Equal(115, sheet.Descendants(Main + "row").Count());
        Assert.Equal("A.5.1.1", sheet.Descendants(Main + "row").ElementAt(1).Elements(Main + "c").First().Value);
    }
}
