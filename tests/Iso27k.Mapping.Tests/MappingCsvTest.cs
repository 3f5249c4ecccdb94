using System.Globalization;
using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class MappingCsvTest
{
    private static string Csv(ControlMapping mapping)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        MappingCsv.Write(writer, mapping);
        return writer.ToString();
    }

    [Fact]
    public void Writes2013To2022WithTheExactHeaderAndOneRowPerPairThenTheNewControls()
    {
        var csv = Csv(IsoMappings.Iso27001_2013To2022);
        Assert.DoesNotContain('\r', csv);
        Assert.EndsWith("\n", csv, StringComparison.Ordinal);
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("old_id,new_id,relationship,kind", lines[0]);
        Assert.Equal(1 + 115 + 11, lines.Length);
        Assert.Equal("A.5.1.1,5.1,subset-of,merged", lines[1]);
        Assert.Contains("A.12.4.1,8.15,subset-of,merged", lines);
        Assert.Contains("A.13.2.1,5.14,subset-of,merged", lines);
        Assert.Contains("A.17.2.1,8.14,equal,one-to-one", lines);
        Assert.Contains("A.6.1.1,5.2,equal,one-to-one", lines);
        Assert.Contains("A.18.2.3,5.36,intersects-with,split", lines);
        Assert.Contains("A.18.2.3,8.8,intersects-with,split", lines);
        string[] newRows = [.. lines.Skip(116)];
        Assert.Equal(",5.7,no-relationship,new", newRows[0]);
        Assert.Equal(",8.28,no-relationship,new", newRows[^1]);
        Assert.All(newRows, row => Assert.EndsWith(",no-relationship,new", row, StringComparison.Ordinal));
    }

    [Fact]
    public void WritesTheInverseWithTheNewIdFirst()
    {
        var lines = Csv(IsoMappings.Iso27002_2022To2013).TrimEnd('\n').Split('\n');
        Assert.Equal("new_id,old_id,relationship,kind", lines[0]);
        Assert.Equal(1 + 115 + 11, lines.Length);
        Assert.Equal("5.1,A.5.1.1,superset-of,split", lines[1]);
        Assert.Contains("5.7,,no-relationship,removed", lines);
        // A.18.2.3 merges 5.36 and 8.8 here, but both of them split, and split takes precedence.
        Assert.Contains("8.8,A.18.2.3,intersects-with,split", lines);
        Assert.Contains("8.14,A.17.2.1,equal,one-to-one", lines);
    }

    [Fact]
    public void NamesColumnsSourceAndTargetForOneEdition()
    {
        var catalog = IsoCatalogs.Iso27002_2022;
        var mapping = new ControlMapping(catalog, catalog, [new MappingPair(ControlId.Parse("5.1"), ControlId.Parse("5.1"), MappingRelationship.Equal, MappingRationale.Syntactic)], "x");
        Assert.Equal(("source_id", "target_id"), MappingCsv.ColumnNames(mapping));
        Assert.StartsWith("source_id,target_id,relationship,kind\n5.1,5.1,equal,one-to-one\n5.2,,no-relationship,removed\n", Csv(mapping), StringComparison.Ordinal);
    }

    [Fact]
    public void OutputDoesNotDependOnTheCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var turkish = Csv(IsoMappings.Iso27001_2013To2022);
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.Equal(Csv(IsoMappings.Iso27001_2013To2022), turkish);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void RejectsNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => MappingCsv.Write(null!, IsoMappings.Iso27001_2013To2022));
        Assert.Throws<ArgumentNullException>(() => MappingCsv.Write(TextWriter.Null, null!));
    }
}
