using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Iso27k.Soa;

namespace Iso27k.Oscal.Tests;

public class OscalSspTest
{
    private static JsonElement Requirement(JsonDocument document, string token) =>
        document.RootElement.GetProperty("system-security-plan").GetProperty("control-implementation").GetProperty("implemented-requirements")
            .EnumerateArray().Single(r => r.GetProperty("control-id").GetString() == token);

    [Theory]
    [InlineData(OscalVersion.V113)]
    [InlineData(OscalVersion.V122)]
    public void ExportValidatesAgainstTheOfficialSchema(OscalVersion version)
    {
        var options = OscalExportOptions.Default.WithVersion(version);
        OscalSchemas.AssertValid(OscalSsp.ToUtf8Bytes(OscalFixtures.Sample2022(), options), "ssp", version.ToVersionString(), "soa-2022");
        OscalSchemas.AssertValid(OscalSsp.ToUtf8Bytes(OscalFixtures.Sample2013(), options), "ssp", version.ToVersionString(), "soa-2013");
    }

    [Fact]
    public void ExportsOfGeneratedStatementsValidate()
    {
        var i = 0;
        foreach (var soa in OscalFixtures.Statements(Edition.Iso2022).Generator.Sample(10))
        {
            OscalSchemas.AssertValid(OscalSsp.ToUtf8Bytes(soa), "ssp", "1.1.3", $"generated-ssp-{i++}");
        }
    }

    [Fact]
    public void ListsEveryControlWithItsImplementationStatus()
    {
        using var document = JsonDocument.Parse(OscalSsp.ToUtf8Bytes(OscalFixtures.Sample2022()));
        Assert.Equal(93, document.RootElement.GetProperty("system-security-plan").GetProperty("control-implementation").GetProperty("implemented-requirements").GetArrayLength());
        Assert.Equal("implemented", State(Requirement(document, "iso27002-2022-5.1")));
        Assert.Equal("partial", State(Requirement(document, "iso27002-2022-5.7")));
        Assert.Equal("planned", State(Requirement(document, "iso27002-2022-8.15")));
        Assert.Equal("planned", State(Requirement(document, "iso27002-2022-8.16")));
        Assert.Equal("not-applicable", State(Requirement(document, "iso27002-2022-7.4")));
        Assert.Null(State(Requirement(document, "iso27002-2022-6.7")));
        Assert.Equal("Budget approved for Q3.", Requirement(document, "iso27002-2022-8.15").GetProperty("remarks").GetString());
    }

    [Fact]
    public void NotApplicableCarriesItsJustification()
    {
        using var document = JsonDocument.Parse(OscalSsp.ToUtf8Bytes(OscalFixtures.Sample2022()));
        var status = Requirement(document, "iso27002-2022-7.4").GetProperty("by-components")[0].GetProperty("implementation-status");
        Assert.Equal("not-applicable", status.GetProperty("state").GetString());
        Assert.Equal("No physical premises: staff work remotely.", status.GetProperty("remarks").GetString());
    }

    [Fact]
    public void TwoExportsAreByteIdentical() =>
        Assert.Equal(OscalSsp.ToUtf8Bytes(OscalFixtures.Sample2022()), OscalSsp.ToUtf8Bytes(OscalFixtures.Sample2022()));

    [Fact]
    public void StatesFollowOscalVocabulary()
    {
        var id = ControlId.Parse("5.1");
        Assert.Equal("implemented", OscalSsp.ImplementationState(SoaEntry.Applicable(id).WithImplementationStatus(ImplementationStatus.Implemented)));
        Assert.Equal("partial", OscalSsp.ImplementationState(SoaEntry.Applicable(id).WithImplementationStatus(ImplementationStatus.PartiallyImplemented)));
        Assert.Equal("planned", OscalSsp.ImplementationState(SoaEntry.Applicable(id).WithImplementationStatus(ImplementationStatus.NotStarted)));
        Assert.Equal("not-applicable", OscalSsp.ImplementationState(SoaEntry.Excluded(id, "x")));
        Assert.Null(OscalSsp.ImplementationState(new SoaEntry(id)));
    }

    private static string? State(JsonElement requirement) =>
        requirement.TryGetProperty("props", out var props)
            ? props.EnumerateArray().Where(p => p.GetProperty("name").GetString() == "implementation-status" && !p.TryGetProperty("ns", out _))
                .Select(p => p.GetProperty("value").GetString()).SingleOrDefault()
            : null;
}
