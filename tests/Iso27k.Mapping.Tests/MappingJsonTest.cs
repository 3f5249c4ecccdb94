using System.Text;
using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class MappingJsonTest
{
    private static readonly Catalog Old = IsoCatalogs.Iso27001_2013;
    private static readonly Catalog New = IsoCatalogs.Iso27002_2022;

    private static string EmbeddedText()
    {
        using var stream = IsoMappings.OpenResource();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static ControlMapping Read(string json, Catalog source, Catalog target) =>
        ControlMapping.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(json)), source, target, "test.json");

    private static MappingDataException Corrupt(string find, string replace)
    {
        var text = EmbeddedText();
        Assert.Contains(find, text);
        return Assert.Throws<MappingDataException>(() => Read(text.Replace(find, replace, StringComparison.Ordinal), Old, New));
    }

    [Fact]
    public void ExportReadsBackAsAnEqualMapping()
    {
        var mapping = IsoMappings.Iso27001_2013To2022;
        var json = MappingJson.ToJson(mapping);
        Assert.Equal(mapping, Read(json, Old, New));
        Assert.DoesNotContain('\r', json);
        Assert.Contains("\"source\": \"A.12.4.1\"", json);
        Assert.Contains("\"kind\": \"merged\"", json);
    }

    [Fact]
    public void TheInverseExportReadsBackWithSwappedCatalogs()
    {
        var inverse = IsoMappings.Iso27002_2022To2013;
        using var stream = new MemoryStream();
        MappingJson.Write(stream, inverse);
        stream.Position = 0;
        var read = ControlMapping.FromStream(stream, New, Old);
        Assert.Equal(inverse, read);
        Assert.Contains("\"relationship\": \"superset-of\"", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void RejectsATargetTheCatalogLacksNamingThePath()
    {
        var ex = Corrupt("\"source\": \"A.12.4.1\", \"target\": \"8.15\"", "\"source\": \"A.12.4.1\", \"target\": \"8.99\"");
        Assert.Equal("test.json", ex.SourceName);
        Assert.Matches(@"^\$\.controls\.pairs\[\d+\]\.target$", ex.Location);
        Assert.Contains("8.99", ex.Message);
    }

    [Fact]
    public void RejectsAStatedKindThatDiffersFromTheDerivedOne()
    {
        var ex = Corrupt("\"target\": \"8.15\", \"relationship\": \"subset-of\", \"rationale\": \"semantic\", \"kind\": \"merged\"", "\"target\": \"8.15\", \"relationship\": \"subset-of\", \"rationale\": \"semantic\", \"kind\": \"one-to-one\"");
        Assert.EndsWith(".kind", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsANewTargetListThatDisagreesWithThePairs()
    {
        var ex = Corrupt("\"newTargets\": [\"5.7\",", "\"newTargets\": [");
        Assert.Equal("$.controls.newTargets", ex.Location);
    }

    [Fact]
    public void RejectsAnUnknownRelationshipToken()
    {
        var ex = Corrupt("\"relationship\": \"intersects-with\"", "\"relationship\": \"overlaps\"");
        Assert.EndsWith(".relationship", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsANonCanonicalId()
    {
        var ex = Corrupt("\"source\": \"A.5.1.1\"", "\"source\": \"5.1.1\"");
        Assert.Contains("canonical", ex.Message);
    }

    [Fact]
    public void RejectsUnknownPropertiesAndOtherFormatVersions()
    {
        Assert.Contains("extra", Corrupt("\"formatVersion\": 1", "\"formatVersion\": 1, \"extra\": true").Message);
        var ex = Corrupt("\"formatVersion\": 1", "\"formatVersion\": 2");
        Assert.Equal("$.formatVersion", ex.Location);
    }

    [Fact]
    public void RejectsCatalogsOfTheWrongEdition()
    {
        var ex = Assert.Throws<MappingDataException>(() => Read(EmbeddedText(), New, Old));
        Assert.Equal("$.source.edition", ex.Location);
    }

    [Fact]
    public void RejectsMalformedJsonNamingTheLine()
    {
        var ex = Assert.Throws<MappingDataException>(() => Read("{\n  \"formatVersion\": [", Old, New));
        Assert.StartsWith("line ", ex.Location, StringComparison.Ordinal);
        Assert.StartsWith("test.json: ", ex.Message, StringComparison.Ordinal);
    }
}
