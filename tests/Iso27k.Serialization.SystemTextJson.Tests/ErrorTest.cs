using System.Text.Json;
using Iso27k.Soa;

namespace Iso27k.Serialization.SystemTextJson.Tests;

// Bad input fails with a JsonException that says what was wrong, what was expected, and where.
public class ErrorTest
{
    private static readonly JsonSerializerOptions App = Options();

    private static JsonSerializerOptions Options()
    {
        var options = new JsonSerializerOptions().ConfigureForIso27k();
        options.TypeInfoResolverChain.Add(AppJsonContext.Default);
        return options;
    }

    private static JsonException Fails(string json) => Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<AuditRecord>(json, App));

    [Fact]
    public void NamesTheBadControlIdAndItsPath()
    {
        var ex = Fails("""{"Control": "5.1", "Related": ["5.2", "5.99x"]}""");
        Assert.Equal("$.Related[1]", ex.Path);
        Assert.Contains("'5.99x' is not a control id", ex.Message);
        Assert.Contains("Path: $.Related[1]", ex.Message);
    }

    [Fact]
    public void NamesAWrongTokenType()
    {
        var ex = Fails("""{"Control": 5.1}""");
        Assert.Equal("$.Control", ex.Path);
        Assert.Contains("found a number", ex.Message);
    }

    [Fact]
    public void NamesAnUnknownAttributeValue()
    {
        var ex = Fails("""{"Tags": ["Preventive", "Preventative"]}""");
        Assert.Contains("'Preventative' is not an ISO/IEC 27002:2022 attribute value", ex.Message);
        Assert.Contains("Detective", ex.Message);
        Assert.NotNull(ex.Path);
    }

    [Fact]
    public void NamesAControlTheCatalogDoesNotHold()
    {
        var ex = Fails("""{"Full": "5.99"}""");
        Assert.Equal("$.Full", ex.Path);
        Assert.Contains("has no control 5.99", ex.Message);
    }

    [Fact]
    public void NamesABadCvssVector()
    {
        var ex = Fails("""{"V3": "CVSS:3.1/AV:X"}""");
        Assert.Equal("$.V3", ex.Path);
        Assert.Contains("is not a CVSS v3.x vector", ex.Message);
    }

    [Fact]
    public void NamesABadDictionaryKey()
    {
        var ex = Fails("""{"Notes": {"5.1": "a", "X": "b"}}""");
        Assert.Contains("'X' is not a control id", ex.Message);
    }

    [Fact]
    public void ReportsAnInvalidEmbeddedSoa()
    {
        var ex = Fails("""{"Soa": {"formatVersion": 99, "edition": "2022", "entries": []}}""");
        Assert.Equal("$.Soa", ex.Path);
        Assert.Contains("Statement of Applicability is not valid", ex.Message);
    }

    [Fact]
    public void ReportsAnUnreadableEmbeddedRegister()
    {
        var ex = Fails("""{"Register": {"formatVersion": "x"}}""");
        Assert.Equal("$.Register", ex.Path);
        Assert.Contains("risk register cannot be read", ex.Message);
    }

    [Fact]
    public void RefusesToWriteTheDefaultControlId() =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(new AuditRecord(), App));

    [Fact]
    public void SoaRejectsANonObject()
    {
        var ex = Fails("""{"Soa": []}""");
        Assert.Contains("found an array", ex.Message);
        _ = Applicability.Applicable;
    }
}
