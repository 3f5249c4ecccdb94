using System.Text;
using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class ClauseCorrespondenceTest
{
    private static readonly ClauseCorrespondence Clauses = IsoMappings.ClauseCorrespondence2013To2022;

    private static string[] Targets(string source) => [.. Clauses.TargetsOf(source).Select(e => e.Target)];

    [Fact]
    public void ClauseSixThreeIsTheOnlyNewClause()
    {
        Assert.Equal(["6.3"], Clauses.NewTargets.ToArray());
        Assert.Empty(Clauses.SourcesOf("6.3"));
    }

    [Fact]
    public void ManagementReviewAndInternalAuditAreSplitIntoSubClauses()
    {
        Assert.Equal(["9.2.1", "9.2.2"], Targets("9.2"));
        Assert.Equal(["9.3.1", "9.3.2", "9.3.3"], Targets("9.3"));
        Assert.All(Clauses.TargetsOf("9.3"), e => Assert.Equal(MappingRelationship.SupersetOf, e.Relationship));
        Assert.Empty(Clauses.SourcesOf("9.2"));
    }

    [Fact]
    public void ImprovementClausesAreSwapped()
    {
        Assert.Equal(["10.2"], Targets("10.1"));
        Assert.Equal(["10.1"], Targets("10.2"));
        Assert.True(Clauses.TargetsOf("10.1").Single().IsRenumbered);
        Assert.False(Clauses.TargetsOf("6.1.2").Single().IsRenumbered);
        Assert.Equal(["10.1", "10.2"], Clauses.Entries.Where(e => e.IsRenumbered).Select(e => e.Source));
    }

    [Fact]
    public void EveryClauseOf2013HasATarget()
    {
        Assert.Equal(35, Clauses.Source.Clauses.Length);
        Assert.All(Clauses.Source.Clauses, c => Assert.NotEmpty(Clauses.TargetsOf(c.Id)));
        Assert.Equal(Edition.Iso2022, Clauses.Target.Edition);
        Assert.Empty(Clauses.TargetsOf("11"));
        Assert.Equal("4.1 equal 4.1", Clauses.TargetsOf("4.1").Single().ToString());
    }

    [Fact]
    public void RejectsAStatedNewClauseListThatDisagreesWithThePairs()
    {
        using var stream = IsoMappings.OpenResource();
        var text = new StreamReader(stream).ReadToEnd().Replace("\"newTargets\": [\"6.3\"]", "\"newTargets\": []", StringComparison.Ordinal);
        var ex = Assert.Throws<MappingDataException>(() => ClauseCorrespondence.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), Clauses.Source, Clauses.Target, "c.json"));
        Assert.Equal("$.clauses.newTargets", ex.Location);
    }

    [Fact]
    public void RejectsAnUnknownClause()
    {
        using var stream = IsoMappings.OpenResource();
        var text = new StreamReader(stream).ReadToEnd().Replace("\"targets\": [\"7.5.3\"]", "\"targets\": [\"7.5.4\"]", StringComparison.Ordinal);
        var ex = Assert.Throws<MappingDataException>(() => ClauseCorrespondence.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), Clauses.Source, Clauses.Target, "c.json"));
        Assert.Contains("7.5.4", ex.Message);
    }
}
