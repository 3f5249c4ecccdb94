using System.Text;

namespace Iso27k.Oscal.Tests;

public class OscalCatalogImportTest
{
    private static Catalog Read(string json) => OscalCatalog.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static OscalFormatException Fails(string json) => Assert.Throws<OscalFormatException>(() => Read(json));

    [Fact]
    public void ReadsAForeignCatalogWithoutLabelsOrOurProperties()
    {
        // Shaped like a third-party (full-text) catalog: bare ids, statement prose, a nested enhancement, no edition.
        var catalog = Read("""
            {"catalog": {"uuid": "0d6a3c2e-7c5c-4d1c-9a4b-1f2f7b0b8e11",
              "metadata": {"title": "Licensed 27002", "last-modified": "2026-01-01T00:00:00Z", "version": "7", "oscal-version": "1.1.2"},
              "groups": [{"id": "theme_5", "title": "Organizational controls", "controls": [
                {"id": "c-5.1", "title": "Policies for information security",
                 "parts": [{"name": "statement", "prose": "Full licensed text."}, {"name": "guidance", "prose": "More."}],
                 "controls": [{"id": "c-5.1.x", "title": "Enhancement"}]},
                {"id": "c-5.2", "title": "Information security roles and responsibilities"}]}]}}
            """);
        Assert.Equal(Edition.Iso2022, catalog.Edition);
        Assert.Equal("7", catalog.VersionId);
        Assert.Equal("5", catalog.Groups[0].Id);
        Assert.Equal("Full licensed text.", catalog["5.1"].Summary);
        Assert.Equal(string.Empty, catalog["5.2"].Summary);
        Assert.Equal(2, catalog.Count);
    }

    [Fact]
    public void Reads2013ObjectivesFromBareIds()
    {
        var catalog = Read("""
            {"catalog": {"uuid": "0d6a3c2e-7c5c-4d1c-9a4b-1f2f7b0b8e11",
              "metadata": {"title": "Annex A", "last-modified": "2026-01-01T00:00:00Z", "version": "1", "oscal-version": "1.1.3"},
              "groups": [{"id": "a.5", "title": "Information security policies", "groups": [
                {"id": "a.5.1", "title": "Management direction", "controls": [{"id": "a.5.1.1", "title": "Policies"}]}]}]}}
            """);
        Assert.Equal(Edition.Iso2013, catalog.Edition);
        Assert.Equal("A.5.1", catalog.GetGroup("A.5.1").Id);
        Assert.Equal(ControlGroupKind.Objective, catalog.GetGroup("A.5.1").Kind);
        Assert.True(catalog.Contains(ControlId.Parse("A.5.1.1")));
    }

    [Fact]
    public void ReportsMalformedJsonWithItsLine()
    {
        var ex = Fails("{\n\"catalog\": [\n");
        Assert.Equal("$", ex.Path);
        Assert.Contains("test.json", ex.Message);
        Assert.Contains("line", ex.Message);
    }

    [Fact]
    public void ReportsAnotherModel()
    {
        var ex = Fails("""{"profile": {}}""");
        Assert.Contains("expected the key \"catalog\"", ex.Message);
        Assert.Contains("\"profile\"", ex.Message);
    }

    [Fact]
    public void ReportsAMissingTitleWithItsPath()
    {
        var ex = Fails("""{"catalog": {"uuid": "x", "metadata": {"version": "1"}}}""");
        Assert.Equal("$.catalog.metadata", ex.Path);
        Assert.Contains("\"title\"", ex.Message);
    }

    [Fact]
    public void ReportsAnUnknownAttributeValueWithItsPath()
    {
        var text = Encoding.UTF8.GetString(OscalCatalog.ToUtf8Bytes(IsoCatalogs.Iso27002_2022));
        var broken = text.Replace("\"value\": \"Preventive\"", "\"value\": \"Preventative\"", StringComparison.Ordinal);
        var ex = Fails(broken);
        Assert.StartsWith("$.catalog.groups[0].controls[0].props[", ex.Path, StringComparison.Ordinal);
        Assert.EndsWith("].value", ex.Path, StringComparison.Ordinal);
        Assert.Contains("Preventative", ex.Message);
        Assert.Contains("Detective", ex.Message);
    }

    [Fact]
    public void ReportsAControlThatNamesNoAnnexAControl()
    {
        var ex = Fails("""
            {"catalog": {"uuid": "x", "metadata": {"title": "t", "version": "1", "props": [{"name": "edition", "ns": "https://github.com/iso27k/Iso27k.Core/ns/oscal", "value": "2022"}]},
              "groups": [{"id": "g", "title": "Organizational", "controls": [{"id": "ac-1", "title": "Access control policy"}]}]}}
            """);
        Assert.Equal("$.catalog.groups[0].controls[0].id", ex.Path);
        Assert.Contains("'ac-1'", ex.Message);
    }

    [Fact]
    public void ReportsAControlOfTheOtherEdition()
    {
        var ex = Fails("""
            {"catalog": {"uuid": "x", "metadata": {"title": "t", "version": "1"},
              "groups": [{"id": "iso27002-2022-theme-5", "title": "Organizational", "controls": [
                {"id": "iso27002-2022-5.1", "title": "A"}, {"id": "iso27001-2013-a.5.1.1", "title": "B"}]}]}}
            """);
        Assert.Equal("$.catalog.groups[0].controls[1]", ex.Path);
        Assert.Contains("2013", ex.Message);
    }

    [Fact]
    public void ReportsWrongTypesWithThePath()
    {
        var ex = Fails("""{"catalog": {"uuid": "x", "metadata": {"title": 5, "version": "1"}}}""");
        Assert.Equal("$.catalog.metadata.title", ex.Path);
        Assert.Contains("expected a string, found a number", ex.Message);
    }
}
