using System.Text.Json;
using Iso27k.Mapping;

namespace Iso27k.Oscal.Tests;

public class OscalMappingTest
{
    private static readonly byte[] Export = OscalMapping.ToUtf8Bytes(IsoMappings.Iso27001_2013To2022);

    private static JsonElement Mapping(JsonDocument document) =>
        document.RootElement.GetProperty("mapping-collection").GetProperty("mappings")[0];

    [Fact]
    public void ExportValidatesAgainstTheOfficialSchema()
    {
        OscalSchemas.AssertValid(Export, "mapping", "1.2.2", "mapping-2013-2022");
        OscalSchemas.AssertValid(OscalMapping.ToUtf8Bytes(IsoMappings.Iso27002_2022To2013), "mapping", "1.2.2", "mapping-2022-2013");
    }

    [Fact]
    public void HasOneMapPerPairWithOscalRelationshipTokens()
    {
        using var document = JsonDocument.Parse(Export);
        var maps = Mapping(document).GetProperty("maps").EnumerateArray().ToList();
        Assert.Equal(IsoMappings.Iso27001_2013To2022.Pairs.Length, maps.Count);
        var tokens = maps.Select(m => m.GetProperty("relationship").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "equal-to", "subset-of", "superset-of", "intersects-with" }, tokens);
        Assert.Contains("equal-to", tokens);
        Assert.DoesNotContain("equal", tokens);
        var first = maps.Single(m => m.GetProperty("sources")[0].GetProperty("id-ref").GetString() == "iso27001-2013-a.5.1.1");
        Assert.Equal("control", first.GetProperty("targets")[0].GetProperty("type").GetString());
        Assert.Contains(first.GetProperty("matching-rationale").GetString(), new[] { "syntactic", "semantic", "functional" });
    }

    [Fact]
    public void TargetGapSummaryListsTheElevenNewControls()
    {
        using var document = JsonDocument.Parse(Export);
        var ids = Mapping(document).GetProperty("target-gap-summary").GetProperty("unmapped-controls")[0].GetProperty("with-ids")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(11, ids.Count);
        Assert.Contains("iso27002-2022-5.7", ids);
        Assert.Equal(IsoMappings.Iso27001_2013To2022.NewTargets.Select(OscalIds.ForControl), ids);
    }

    [Fact]
    public void HasProvenance()
    {
        using var document = JsonDocument.Parse(Export);
        var provenance = document.RootElement.GetProperty("mapping-collection").GetProperty("provenance");
        Assert.Equal("human", provenance.GetProperty("method").GetString());
        Assert.Equal("complete", provenance.GetProperty("status").GetString());
        Assert.Contains("115 pairs", provenance.GetProperty("mapping-description").GetString());
        Assert.Equal("1.2.2", document.RootElement.GetProperty("mapping-collection").GetProperty("metadata").GetProperty("oscal-version").GetString());
    }

    [Fact]
    public void TwoExportsAreByteIdentical() => Assert.Equal(Export, OscalMapping.ToUtf8Bytes(IsoMappings.Iso27001_2013To2022));

    [Theory]
    [InlineData(MappingRelationship.Equal, "equal-to")]
    [InlineData(MappingRelationship.SubsetOf, "subset-of")]
    [InlineData(MappingRelationship.SupersetOf, "superset-of")]
    [InlineData(MappingRelationship.IntersectsWith, "intersects-with")]
    public void RelationshipTokensAreOscals(MappingRelationship relationship, string token) =>
        Assert.Equal(token, OscalMapping.RelationshipToken(relationship));
}
