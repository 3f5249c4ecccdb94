using System.Security.Cryptography;
using Iso27k.Mapping;

namespace Iso27k.Mapping.Tests;

public class IsoMappingsTest
{
    private static ControlMapping Forward => IsoMappings.Iso27001_2013To2022;

    private static ControlId Id(string text) => ControlId.Parse(text);

    private static string[] Targets(string source) => [.. Forward.TargetsOf(Id(source)).Select(e => e.Target.ToString())];

    private static string[] Sources(string target) => [.. Forward.SourcesOf(Id(target)).Select(e => e.Source.ToString())];

    [Fact]
    public void MapsFromThe2013CatalogToThe2022Catalog()
    {
        Assert.Same(IsoCatalogs.Iso27001_2013, Forward.Source);
        Assert.Same(IsoCatalogs.Iso27002_2022, Forward.Target);
        Assert.Equal("2026.11.21", Forward.VersionId);
        Assert.NotEmpty(Forward.Sources);
        Assert.NotEmpty(Forward.Notes);
    }

    [Fact]
    public void SourceSha256IsTheHashOfTheEmbeddedResource()
    {
        using var stream = IsoMappings.OpenResource();
        var expected = Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
        Assert.Equal(expected, Forward.SourceSha256);
        Assert.Equal(expected, IsoMappings.ClauseCorrespondence2013To2022.SourceSha256);
    }

    [Fact]
    public void EveryOneOfThe114ControlsOf2013MapsToAtLeastOne2022Control()
    {
        Assert.Equal(114, Forward.Source.Count);
        Assert.All(Forward.Source.Controls, c => Assert.NotEmpty(Forward.TargetsOf(c.Id)));
        Assert.Empty(Forward.RemovedSources);
    }

    [Fact]
    public void ExactlyTheElevenNewControlsHaveNoSource()
    {
        string[] expected = ["5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"];
        Assert.Equal(expected, Forward.NewTargets.Select(id => id.ToString()));
        Assert.Equal(Forward.NewTargets, Forward.Target.NewIn2022.Select(c => c.Id));
        Assert.All(Forward.NewTargets, id => Assert.True(Forward.IsNew(id)));
        Assert.All(Forward.Target.Controls.Where(c => !c.IsNewIn2022), c => Assert.NotEmpty(Forward.SourcesOf(c.Id)));
    }

    [Fact]
    public void OnlyA1823SplitsInto536And88()
    {
        Assert.Equal(["5.36", "8.8"], Targets("A.18.2.3"));
        var split = Forward.Source.Controls.Where(c => Forward.TargetsOf(c.Id).Length > 1).Select(c => c.Id.ToString());
        Assert.Equal(["A.18.2.3"], split);
        Assert.All(Forward.TargetsOf(Id("A.18.2.3")), e =>
        {
            Assert.Equal(MappingKind.Split, e.Kind);
            Assert.Equal(MappingRelationship.IntersectsWith, e.Relationship);
            Assert.Equal(MappingRationale.Functional, e.Rationale);
        });
    }

    [Fact]
    public void The24MergedControlsHaveTheirAnnexBSources()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["5.1"] = ["A.5.1.1", "A.5.1.2"],
            ["5.8"] = ["A.6.1.5", "A.14.1.1"],
            ["5.9"] = ["A.8.1.1", "A.8.1.2"],
            ["5.10"] = ["A.8.1.3", "A.8.2.3"],
            ["5.14"] = ["A.13.2.1", "A.13.2.2", "A.13.2.3"],
            ["5.15"] = ["A.9.1.1", "A.9.1.2"],
            ["5.17"] = ["A.9.2.4", "A.9.3.1", "A.9.4.3"],
            ["5.18"] = ["A.9.2.2", "A.9.2.5", "A.9.2.6"],
            ["5.22"] = ["A.15.2.1", "A.15.2.2"],
            ["5.29"] = ["A.17.1.1", "A.17.1.2", "A.17.1.3"],
            ["5.31"] = ["A.18.1.1", "A.18.1.5"],
            ["5.36"] = ["A.18.2.2", "A.18.2.3"],
            ["6.8"] = ["A.16.1.2", "A.16.1.3"],
            ["7.2"] = ["A.11.1.2", "A.11.1.6"],
            ["7.10"] = ["A.8.3.1", "A.8.3.2", "A.8.3.3", "A.11.2.5"],
            ["8.1"] = ["A.6.2.1", "A.11.2.8"],
            ["8.8"] = ["A.12.6.1", "A.18.2.3"],
            ["8.15"] = ["A.12.4.1", "A.12.4.2", "A.12.4.3"],
            ["8.19"] = ["A.12.5.1", "A.12.6.2"],
            ["8.24"] = ["A.10.1.1", "A.10.1.2"],
            ["8.26"] = ["A.14.1.2", "A.14.1.3"],
            ["8.29"] = ["A.14.2.8", "A.14.2.9"],
            ["8.31"] = ["A.12.1.4", "A.14.2.6"],
            ["8.32"] = ["A.12.1.2", "A.14.2.2", "A.14.2.3", "A.14.2.4"],
        };
        var merged = Forward.Target.Controls.Where(c => Forward.SourcesOf(c.Id).Length > 1).Select(c => c.Id.ToString()).ToArray();
        Assert.Equal(24, merged.Length);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), merged.Order(StringComparer.Ordinal));
        foreach (var (target, sources) in expected)
        {
            Assert.Equal(sources, Sources(target));
        }
    }

    [Theory]
    [InlineData("A.13.2.1", "5.14")]
    [InlineData("A.13.2.2", "5.14")]
    [InlineData("A.13.2.3", "5.14")]
    [InlineData("A.12.4.1", "8.15")]
    [InlineData("A.12.4.2", "8.15")]
    [InlineData("A.16.1.3", "6.8")]
    [InlineData("A.11.2.5", "7.10")]
    [InlineData("A.17.2.1", "8.14")]
    [InlineData("A.12.6.2", "8.19")]
    [InlineData("A.12.7.1", "8.34")]
    [InlineData("A.6.1.3", "5.5")]
    [InlineData("A.6.1.4", "5.6")]
    [InlineData("A.6.1.5", "5.8")]
    [InlineData("A.9.2.5", "5.18")]
    [InlineData("A.9.2.6", "5.18")]
    [InlineData("A.14.2.3", "8.32")]
    [InlineData("A.14.2.4", "8.32")]
    public void MapsPairsThatToolsOftenGetWrongToTheirOnlyAnnexBTarget(string source, string target)
    {
        Assert.Equal([target], Targets(source));
    }

    [Fact]
    public void NoLoggingControlOf2013MapsToTheNewMonitoringControl()
    {
        Assert.Empty(Forward.SourcesOf(Id("8.16")));
        Assert.DoesNotContain("8.16", Targets("A.12.4.1"));
        Assert.DoesNotContain("8.14", Targets("A.13.2.1"));
    }

    [Fact]
    public void StoresThe115PairsAndTheirRelationshipsAsResearched()
    {
        var summary = Forward.Summary;
        Assert.Equal(115, summary.Pairs);
        Assert.Equal(53, summary.CountOf(MappingRelationship.Equal));
        Assert.Equal(60, summary.CountOf(MappingRelationship.SubsetOf));
        Assert.Equal(2, summary.CountOf(MappingRelationship.IntersectsWith));
        Assert.Equal(0, summary.CountOf(MappingRelationship.SupersetOf));
        Assert.Equal(31, Forward.Pairs.Count(p => p.Relationship == MappingRelationship.Equal && p.Rationale == MappingRationale.Syntactic));
    }

    [Fact]
    public void RelationshipsFollowTheDocumentedRuleExceptTheFiveOverrides()
    {
        string[] overrides = ["A.6.2.2", "A.9.2.1", "A.9.4.2", "A.9.4.5", "A.15.1.3"];
        foreach (var entry in Forward.Entries.Where(e => e.IsPair))
        {
            var expected = entry.Kind switch
            {
                MappingKind.Split => MappingRelationship.IntersectsWith,
                MappingKind.Merged => MappingRelationship.SubsetOf,
                _ => overrides.Contains(entry.Source.ToString()) ? MappingRelationship.SubsetOf : MappingRelationship.Equal,
            };
            Assert.True(expected == entry.Relationship, $"{entry}: expected {expected.ToToken()}");
        }

        Assert.All(overrides, id => Assert.Equal(MappingKind.OneToOne, Forward.TargetsOf(Id(id)).Single().Kind));
    }

    [Fact]
    public void SyntacticRationaleMeansIdenticalTitlesIgnoringCase()
    {
        foreach (var entry in Forward.Entries.Where(e => e.Relationship == MappingRelationship.Equal))
        {
            var same = string.Equals(Forward.Source[entry.Source].Title, Forward.Target[entry.Target].Title, StringComparison.OrdinalIgnoreCase);
            Assert.True(same == (entry.Rationale == MappingRationale.Syntactic), entry.ToString());
        }
    }

    [Fact]
    public void TheInverseIsCachedAndInvertsBack()
    {
        var backward = IsoMappings.Iso27002_2022To2013;
        Assert.Same(backward, IsoMappings.Iso27002_2022To2013);
        Assert.Same(Forward, backward.Invert());
        Assert.Same(IsoCatalogs.Iso27002_2022, backward.Source);
        Assert.Equal(["A.12.4.1", "A.12.4.2", "A.12.4.3"], backward.TargetsOf(Id("8.15")).Select(e => e.Target.ToString()));
        Assert.All(backward.TargetsOf(Id("8.15")), e => Assert.Equal(MappingRelationship.SupersetOf, e.Relationship));
    }

    [Fact]
    public void BetweenPicksTheDirection()
    {
        Assert.Same(Forward, IsoMappings.Between(Edition.Iso2013, Edition.Iso2022));
        Assert.Same(IsoMappings.Iso27002_2022To2013, IsoMappings.Between(Edition.Iso2022, Edition.Iso2013));
        Assert.Throws<ArgumentException>(() => IsoMappings.Between(Edition.Iso2022, Edition.Iso2022));
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoMappings.Between((Edition)2000, Edition.Iso2022));
    }

    [Fact]
    public void EveryTypeInitializerOfTheAssemblyRuns()
    {
        // A corrupt embedded resource must fail here, not in a user's application.
        foreach (var type in typeof(IsoMappings).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }

        Assert.NotNull(IsoMappings.ClauseCorrespondence2013To2022);
    }
}
