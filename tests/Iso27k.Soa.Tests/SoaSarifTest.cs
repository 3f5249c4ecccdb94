using System.Text;
using System.Text.Json;

namespace Iso27k.Soa.Tests;

public sealed class SoaSarifTest
{
    private static readonly SoaDiagnostic[] Diagnostics =
    [
        new("SOA004", SoaSeverity.Error, SoaFixtures.C7_4, SoaLocation.AtLine(12, 9), "Excluded without justification.", SoaRequirements.Soa),
        new("SOA014", SoaSeverity.Info, ControlId.Parse("8.8"), SoaLocation.AtJsonPath("$.entries[87].applicability"), "Unusual.", SoaRequirements.CompareWithAnnexA),
        new("SOA011", SoaSeverity.Warning, null, SoaLocation.None, "Not approved.", SoaRequirements.ReviewAndApproval),
    ];

    [Fact]
    public void WritesSarif210LogWithRulesResultsAndLocations()
    {
        using var stream = new MemoryStream();
        SoaSarif.Write(stream, Diagnostics, "soa/soa-2022.csv");
        using var document = JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SoaSarif.SchemaUri, root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("iso27k", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["SOA004", "SOA011", "SOA014"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Excluded control without justification", rules[0].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.EndsWith("#soa004", rules[0].GetProperty("helpUri").GetString(), StringComparison.Ordinal);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["error", "note", "warning"], results.Select(r => r.GetProperty("level").GetString()));
        var first = results[0];
        Assert.Equal("SOA004", first.GetProperty("ruleId").GetString());
        Assert.Equal("Excluded without justification.", first.GetProperty("message").GetProperty("text").GetString());
        var location = first.GetProperty("locations")[0];
        Assert.Equal("soa/soa-2022.csv", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(12, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("7.4", location.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
        Assert.False(results[1].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _));
        Assert.Equal("$.entries[87].applicability", results[1].GetProperty("properties").GetProperty("jsonPath").GetString());
        Assert.False(results[2].GetProperty("locations")[0].TryGetProperty("logicalLocations", out _));
    }

    [Fact]
    public void WritesDiagnosticsJsonArray()
    {
        using var stream = new MemoryStream();
        SoaDiagnosticsJson.Write(stream, Diagnostics);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        using var document = JsonDocument.Parse(text);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("SOA004", items[0].GetProperty("code").GetString());
        Assert.Equal("error", items[0].GetProperty("severity").GetString());
        Assert.Equal("7.4", items[0].GetProperty("controlId").GetString());
        Assert.Equal("line 12, column 9", items[0].GetProperty("path").GetString());
        Assert.Equal(12, items[0].GetProperty("line").GetInt32());
        Assert.Equal("ISO/IEC 27001:2022 6.1.3 d)", items[0].GetProperty("requirement").GetString());
        Assert.Equal("info", items[1].GetProperty("severity").GetString());
        Assert.Equal("$.entries[87].applicability", items[1].GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("controlId").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("path").ValueKind);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
