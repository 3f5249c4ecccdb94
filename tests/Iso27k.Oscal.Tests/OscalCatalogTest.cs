using System.Text;
using System.Text.Json;

namespace Iso27k.Oscal.Tests;

public class OscalCatalogTest
{
    private static readonly OscalExportOptions V122 = OscalExportOptions.Default.WithVersion(OscalVersion.V122);

    public static TheoryData<Edition, OscalVersion> Exports => new()
    {
        { Edition.Iso2022, OscalVersion.V113 },
        { Edition.Iso2022, OscalVersion.V122 },
        { Edition.Iso2013, OscalVersion.V113 },
        { Edition.Iso2013, OscalVersion.V122 },
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void ExportValidatesAgainstTheOfficialSchema(Edition edition, OscalVersion version)
    {
        var bytes = OscalCatalog.ToUtf8Bytes(IsoCatalogs.ForEdition(edition), OscalExportOptions.Default.WithVersion(version));
        OscalSchemas.AssertValid(bytes, "catalog", version.ToVersionString(), $"catalog-{edition.ToYearString()}");
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void ImportOfTheExportEqualsTheCatalog(Edition edition, OscalVersion version)
    {
        var catalog = IsoCatalogs.ForEdition(edition);
        var bytes = OscalCatalog.ToUtf8Bytes(catalog, OscalExportOptions.Default.WithVersion(version));
        var imported = OscalCatalog.Read(new MemoryStream(bytes));
        Assert.Equal(catalog, imported);
        Assert.Equal(catalog.Count, imported.Count);
        Assert.Empty(imported.Validate());
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void TwoExportsAreByteIdentical(Edition edition, OscalVersion version)
    {
        var options = OscalExportOptions.Default.WithVersion(version);
        var first = OscalCatalog.ToUtf8Bytes(IsoCatalogs.ForEdition(edition), options);
        var second = OscalCatalog.ToUtf8Bytes(IsoCatalogs.ForEdition(edition), options);
        Assert.Equal(first, second);
    }

    [Fact]
    public void ControlsCarryLabelSortIdAttributesAndSummaryPart()
    {
        using var document = JsonDocument.Parse(OscalCatalog.ToUtf8Bytes(IsoCatalogs.Iso27002_2022));
        var catalog = document.RootElement.GetProperty("catalog");
        Assert.Equal("2026-11-21T00:00:00Z", catalog.GetProperty("metadata").GetProperty("last-modified").GetString());
        var theme5 = catalog.GetProperty("groups")[0];
        Assert.Equal("iso27002-2022-theme-5", theme5.GetProperty("id").GetString());
        var control = theme5.GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "iso27002-2022-5.7");
        var props = control.GetProperty("props").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString(), p.GetProperty("value").GetString())).ToList();
        Assert.Contains(("label", "5.7"), props);
        Assert.Contains(("sort-id", "05.07"), props);
        Assert.Contains(("new-in-2022", "true"), props);
        Assert.Contains(("control-type", "Detective"), props);
        Assert.Contains(("cybersecurity-concept", "Identify"), props);
        var part = control.GetProperty("parts")[0];
        Assert.Equal("statement", part.GetProperty("name").GetString());
        Assert.Equal(IsoCatalogs.Iso27002_2022["5.7"].Summary, part.GetProperty("prose").GetString());
    }

    [Fact]
    public void Groups2013HoldObjectivesAndObjectivesHoldControls()
    {
        using var document = JsonDocument.Parse(OscalCatalog.ToUtf8Bytes(IsoCatalogs.Iso27001_2013, V122));
        var clause = document.RootElement.GetProperty("catalog").GetProperty("groups")[0];
        Assert.Equal("iso27001-2013-a.5", clause.GetProperty("id").GetString());
        Assert.Equal("clause", clause.GetProperty("class").GetString());
        Assert.False(clause.TryGetProperty("controls", out _));
        var objective = clause.GetProperty("groups")[0];
        Assert.Equal("iso27001-2013-a.5.1", objective.GetProperty("id").GetString());
        Assert.Equal("iso27001-2013-a.5.1.1", objective.GetProperty("controls")[0].GetProperty("id").GetString());
        Assert.Equal("1.2.2", document.RootElement.GetProperty("catalog").GetProperty("metadata").GetProperty("oscal-version").GetString());
    }

    [Fact]
    public void FixedLastModifiedOverridesTheDataVersion()
    {
        var options = OscalExportOptions.Default.WithLastModified(new DateTimeOffset(2027, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)));
        using var document = JsonDocument.Parse(OscalCatalog.ToUtf8Bytes(IsoCatalogs.Iso27002_2022, options));
        Assert.Equal("2027-03-04T05:06:07+02:00", document.RootElement.GetProperty("catalog").GetProperty("metadata").GetProperty("last-modified").GetString());
    }

    [Fact]
    public void SchemaCheckRejectsAnIdThatIsNotAToken()
    {
        var text = Encoding.UTF8.GetString(OscalCatalog.ToUtf8Bytes(IsoCatalogs.Iso27002_2022));
        var broken = Encoding.UTF8.GetBytes(text.Replace("\"iso27002-2022-5.1\"", "\"A 5.1\"", StringComparison.Ordinal));
        Assert.NotEmpty(OscalSchemas.Errors(broken, "catalog", "1.1.3"));
    }

    [Fact]
    public void SchemaCheckRejectsAnEmptyArray()
    {
        var text = Encoding.UTF8.GetString(OscalCatalog.ToUtf8Bytes(IsoCatalogs.Iso27002_2022));
        var broken = Encoding.UTF8.GetBytes(text.Replace("\"groups\": [", "\"controls\": [], \"groups\": [", StringComparison.Ordinal));
        Assert.NotEmpty(OscalSchemas.Errors(broken, "catalog", "1.1.3"));
    }
}
