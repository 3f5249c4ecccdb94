using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Iso27k.Soa;

namespace Iso27k.Oscal.Tests;

public class OscalProfileTest
{
    private static SoaSelection RoundTrip(StatementOfApplicability soa, OscalExportOptions? options = null) =>
        OscalProfile.Read(new MemoryStream(OscalProfile.ToUtf8Bytes(soa, options)));

    private static SoaSelection Read(string json) => OscalProfile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "p.json");

    [Theory]
    [InlineData(OscalVersion.V113)]
    [InlineData(OscalVersion.V122)]
    public void ExportValidatesAgainstTheOfficialSchema(OscalVersion version)
    {
        var options = OscalExportOptions.Default.WithVersion(version);
        OscalSchemas.AssertValid(OscalProfile.ToUtf8Bytes(OscalFixtures.Sample2022(), options), "profile", version.ToVersionString(), "soa-2022");
        OscalSchemas.AssertValid(OscalProfile.ToUtf8Bytes(OscalFixtures.Sample2013(), options), "profile", version.ToVersionString(), "soa-2013");
        OscalSchemas.AssertValid(OscalProfile.ToUtf8Bytes(StatementOfApplicability.CreateTemplate(Edition.Iso2022), options), "profile", version.ToVersionString(), "soa-template");
    }

    [Fact]
    public void SelectsApplicableAndExcludesWithJustification()
    {
        using var document = JsonDocument.Parse(OscalProfile.ToUtf8Bytes(OscalFixtures.Sample2022()));
        var profile = document.RootElement.GetProperty("profile");
        var import = profile.GetProperty("imports")[0];
        var included = import.GetProperty("include-controls")[0].GetProperty("with-ids").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var excluded = import.GetProperty("exclude-controls")[0].GetProperty("with-ids").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(["iso27002-2022-5.1", "iso27002-2022-5.7", "iso27002-2022-8.15", "iso27002-2022-8.16"], included);
        Assert.Equal(["iso27002-2022-7.4", "iso27002-2022-8.28"], excluded);
        var exclusion = profile.GetProperty("metadata").GetProperty("props").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "exclusion" && p.GetProperty("value").GetString() == "iso27002-2022-7.4");
        Assert.Equal("No physical premises: staff work remotely.", exclusion.GetProperty("remarks").GetString());
        Assert.StartsWith("#", import.GetProperty("href").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-02-03T00:00:00Z", profile.GetProperty("metadata").GetProperty("last-modified").GetString());
        Assert.Equal("2.1", profile.GetProperty("metadata").GetProperty("version").GetString());
    }

    [Fact]
    public void ImportGivesTheSelectionOfTheStatement()
    {
        var soa = OscalFixtures.Sample2022();
        var selection = RoundTrip(soa);
        Assert.Equal(SoaSelection.From(soa), selection);
        Assert.Equal(4, selection.Applicable.Length);
        Assert.Equal("No software is developed in house.", selection.Excluded.Single(e => e.ControlId == ControlId.Parse("8.28")).Justification);
        Assert.DoesNotContain(ControlId.Parse("6.7"), selection.Applicable);
    }

    [Fact]
    public void ATemplateWithNothingDecidedReadsBackAsNothingSelected()
    {
        var selection = RoundTrip(StatementOfApplicability.CreateTemplate(Edition.Iso2022), OscalExportOptions.Default.WithVersion(OscalVersion.V122));
        Assert.Empty(selection.Applicable);
        Assert.Empty(selection.Excluded);
    }

    [Fact]
    public void TwoExportsAreByteIdentical() =>
        Assert.Equal(OscalProfile.ToUtf8Bytes(OscalFixtures.Sample2022()), OscalProfile.ToUtf8Bytes(OscalFixtures.Sample2022()));

    [Theory]
    [InlineData(Edition.Iso2022)]
    [InlineData(Edition.Iso2013)]
    public void ExportThenImportIsLosslessForTheSelection(Edition edition) =>
        Prop.ForAll(OscalFixtures.Statements(edition), soa => RoundTrip(soa).Equals(SoaSelection.From(soa))).QuickCheckThrowOnFailure();

    [Fact]
    public void ExportsOfGeneratedStatementsValidate()
    {
        var i = 0;
        foreach (var soa in OscalFixtures.Statements(Edition.Iso2022).Generator.Sample(10))
        {
            OscalSchemas.AssertValid(OscalProfile.ToUtf8Bytes(soa), "profile", "1.1.3", $"generated-profile-{i++}");
        }
    }

    [Fact]
    public void SelectionBecomesAStatementWithOneEntryPerControl()
    {
        var statement = SoaSelection.From(OscalFixtures.Sample2022()).ToStatement();
        Assert.Equal(93, statement.Entries.Length);
        Assert.Equal(Applicability.Excluded, statement.FindEntry(ControlId.Parse("7.4"))!.Applicability);
        Assert.Equal("No physical premises: staff work remotely.", statement.FindEntry(ControlId.Parse("7.4"))!.ExclusionJustification);
        Assert.Equal(Applicability.Undecided, statement.FindEntry(ControlId.Parse("6.7"))!.Applicability);
        Assert.Equal(SoaSelection.From(OscalFixtures.Sample2022()), SoaSelection.From(statement));
    }

    [Fact]
    public void ReadsAForeignProfileThatIncludesAllAndExcludesSome()
    {
        var selection = Read("""
            {"profile": {"uuid": "0d6a3c2e-7c5c-4d1c-9a4b-1f2f7b0b8e11", "metadata": {"title": "t", "version": "1"},
              "imports": [{"href": "catalog.json", "include-all": {}, "exclude-controls": [{"with-ids": ["a.5.1.1"]}]}]}}
            """);
        Assert.Equal(Edition.Iso2013, selection.Edition);
        Assert.Equal(113, selection.Applicable.Length);
        Assert.Null(selection.Excluded.Single().Justification);
    }

    [Fact]
    public void ReportsAnIdThatIsNoControlWithItsPath()
    {
        var ex = Assert.Throws<OscalFormatException>(() => Read("""
            {"profile": {"metadata": {"title": "t", "version": "1"},
              "imports": [{"href": "c.json", "include-controls": [{"with-ids": ["iso27002-2022-5.1", "ac-2"]}]}]}}
            """));
        Assert.Equal("$.profile.imports[0].include-controls[0].with-ids[1]", ex.Path);
        Assert.Contains("'ac-2'", ex.Message);
    }

    [Fact]
    public void ReportsAControlTheCatalogDoesNotHold()
    {
        var ex = Assert.Throws<OscalFormatException>(() => Read("""
            {"profile": {"metadata": {"title": "t", "version": "1"},
              "imports": [{"href": "c.json", "include-controls": [{"with-ids": ["iso27002-2022-5.1", "iso27002-2022-5.99"]}]}]}}
            """));
        Assert.Equal("$.profile.imports[0].include-controls[0].with-ids[1]", ex.Path);
    }

    [Fact]
    public void ReportsPatternSelection()
    {
        var ex = Assert.Throws<OscalFormatException>(() => Read("""
            {"profile": {"metadata": {"title": "t", "version": "1"},
              "imports": [{"href": "c.json", "include-controls": [{"matching": [{"pattern": "5.*"}]}]}]}}
            """));
        Assert.Equal("$.profile.imports[0].include-controls[0].matching", ex.Path);
    }

    [Fact]
    public void SelectionRejectsAControlBothApplicableAndExcluded() =>
        Assert.Throws<ArgumentException>(() => new SoaSelection(Edition.Iso2022, [ControlId.Parse("5.1")], [new SoaExclusion(ControlId.Parse("5.1"), "x")]));
}
