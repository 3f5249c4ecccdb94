using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Iso27k.Soa.Tests;

public sealed class SoaJsonTest
{
    internal static string ToJson(StatementOfApplicability soa)
    {
        using var stream = new MemoryStream();
        SoaDocument.WriteJson(soa, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static SoaDocument FromJson(string json) =>
        SoaDocument.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), SoaFormat.Json);

    [Fact]
    public void RoundTripsJsonModelJsonWithoutLoss()
    {
        Prop.ForAll(Iso27kArbitraries.SoaStatement(csvSafe: false), soa =>
            {
                var json = ToJson(soa);
                var read = FromJson(json);
                return read.Diagnostics.IsEmpty && soa.Equals(read.Statement) && json == ToJson(read.Statement!);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void WritesDocumentedShape()
    {
        var soa = SoaFixtures.Complete().WithEntry(SoaFixtures.GoodExclusion(SoaFixtures.C7_4));
        using var document = JsonDocument.Parse(ToJson(soa));
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal("2022", root.GetProperty("edition").GetString());
        Assert.Equal("2026-01-12", root.GetProperty("approval").GetProperty("date").GetString());
        var first = root.GetProperty("entries")[0];
        Assert.Equal("5.1", first.GetProperty("controlId").GetString());
        Assert.Equal("applicable", first.GetProperty("applicability").GetString());
        Assert.Equal("risk-treatment", first.GetProperty("inclusionReasons")[0].GetProperty("kind").GetString());
        Assert.Equal("R-1", first.GetProperty("inclusionReasons")[0].GetProperty("riskIds")[0].GetString());
        Assert.Equal("implemented", first.GetProperty("implementationStatus").GetString());
        var excluded = root.GetProperty("entries")[48];
        Assert.Equal("excluded", excluded.GetProperty("applicability").GetString());
        Assert.False(excluded.TryGetProperty("inclusionReasons", out _));
    }

    [Fact]
    public void KeepsUnknownPropertiesAndWritesThemBack()
    {
        const string json = """
            {"formatVersion":1,"edition":"2022","x-tool":{"name":"grc","v":2},
             "entries":[{"controlId":"5.1","applicability":"applicable","inclusionReasons":[{"kind":"legal"}],"x-cost":1200}]}
            """;
        var read = FromJson(json);
        Assert.Empty(read.Diagnostics);
        var soa = read.Statement!;
        Assert.Equal("{\"name\":\"grc\",\"v\":2}", Assert.Single(soa.UnknownProperties).Json);
        Assert.Equal(new SoaUnknownProperty("x-cost", "1200"), Assert.Single(soa.Entries[0].UnknownProperties));
        var written = ToJson(soa);
        Assert.Contains("\"x-cost\": 1200", written, StringComparison.Ordinal);
        Assert.Contains("\"x-tool\"", written, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    public void ReportsUnpairedSurrogateEscapesAtTheirPathInsteadOfThrowing(string escaped)
    {
        // JSON's grammar allows "\ud800", but it is no character: reading it as text throws in System.Text.Json.
        var json = "{\"formatVersion\":1,\"edition\":\"2022\",\"x-tool\":\"" + escaped + "\",\"entries\":[{\"controlId\":\"5.1\",\"applicability\":\"applicable\",\"inclusionReasons\":[{\"kind\":\"legal\"}],\"x-cost\":[\"" + escaped + "\"]}]}";
        var read = FromJson(json);
        Assert.Equal(["$.entries[0].x-cost", "$.x-tool"], read.Diagnostics.Select(d => d.Location.ToString()).Order(StringComparer.Ordinal));
        Assert.All(read.Diagnostics, d => Assert.Equal("SOA104", d.Code));

        var inKnownMember = FromJson("{\"formatVersion\":1,\"edition\":\"2022\",\"entries\":[{\"controlId\":\"5.1\",\"applicability\":\"applicable\",\"notes\":\"" + escaped + "\"}]}");
        Assert.NotEmpty(inKnownMember.Diagnostics);

        Assert.Throws<ArgumentException>(() => new SoaUnknownProperty("x-a", "\"" + escaped + "\""));
    }

    [Fact]
    public void ReportsBadValuesWithJsonPathsInsteadOfThrowing()
    {
        const string json = """
            {"formatVersion":1,"edition":"2022","entries":[
              {"controlId":"5.1","applicability":"maybe","implementationStatus":"done","lastReviewed":"31/01/2026"},
              {"controlId":"9.9","applicability":"applicable"},
              {"applicability":"excluded"},
              {"controlId":"5.2","applicability":"applicable","inclusionReasons":[{"kind":"whim"},{"kind":"risk-treatment","riskIds":[]}]}
            ]}
            """;
        var read = FromJson(json);
        Assert.NotNull(read.Statement);
        var paths = read.Diagnostics.Select(d => (d.Code, d.Location.JsonPath)).ToList();
        Assert.Contains(("SOA104", "$.entries[0].applicability"), paths);
        Assert.Contains(("SOA104", "$.entries[0].implementationStatus"), paths);
        Assert.Contains(("SOA104", "$.entries[0].lastReviewed"), paths);
        Assert.Contains(("SOA103", "$.entries[1].controlId"), paths);
        Assert.Contains(("SOA105", "$.entries[2].controlId"), paths);
        Assert.Contains(("SOA104", "$.entries[3].inclusionReasons[0].kind"), paths);
        Assert.Contains(("SOA104", "$.entries[3].inclusionReasons[1].riskIds"), paths);
        Assert.Equal(2, read.Statement!.Entries.Length);
    }

    [Theory]
    [InlineData("{\"entries\": [", "SOA101")]
    [InlineData("{\"entries\": 5}", "SOA101")]
    [InlineData("null", "SOA101")]
    [InlineData("{\"formatVersion\": 2, \"entries\": []}", "SOA102")]
    public void RefusesUnreadableDocumentWithDiagnostic(string json, string code)
    {
        var read = FromJson(json);
        Assert.Null(read.Statement);
        Assert.Equal(code, Assert.Single(read.Diagnostics).Code);
        Assert.True(read.HasErrors);
    }

    [Fact]
    public void InfersEditionFromIdsWhenMissing()
    {
        var read = FromJson("{\"entries\":[{\"controlId\":\"A.5.1.1\",\"applicability\":\"applicable\"}]}");
        Assert.Equal(Edition.Iso2013, read.Statement!.Edition);
        Assert.Equal("SOA109", Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void ReportsMalformedJsonWithLine()
    {
        var read = FromJson("{\n  \"edition\": \"2022\",\n  \"entries\": [ oops ]\n}");
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
    }
}
