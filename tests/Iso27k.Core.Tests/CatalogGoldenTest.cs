using System.Collections.Immutable;

namespace Iso27k.Tests;

// Golden facts of the embedded catalogs: every count people quote, checked against the data.
public class CatalogGoldenTest
{
    private static readonly Catalog C2022 = IsoCatalogs.Iso27002_2022;
    private static readonly Catalog C2013 = IsoCatalogs.Iso27001_2013;

    [Fact]
    public void Catalog2022Has93ControlsIn4Themes()
    {
        Assert.Equal(93, C2022.Count);
        Assert.Equal(Edition.Iso2022, C2022.Edition);
        Assert.Equal(["5", "6", "7", "8"], C2022.Groups.Select(g => g.Id));
        Assert.Equal(37, C2022.InTheme(ControlTheme.Organizational).Length);
        Assert.Equal(8, C2022.InTheme(ControlTheme.People).Length);
        Assert.Equal(14, C2022.InTheme(ControlTheme.Physical).Length);
        Assert.Equal(34, C2022.InTheme(ControlTheme.Technological).Length);
    }

    [Fact]
    public void Catalog2022HasExactlyTheElevenNewControls()
    {
        string[] expected = ["5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"];
        Assert.Equal(expected, C2022.NewIn2022.Select(c => c.Id.ToString()));
    }

    [Fact]
    public void Catalog2022ThemeTitles()
    {
        Assert.Equal(
            ["Organizational controls", "People controls", "Physical controls", "Technological controls"],
            C2022.Groups.Select(g => g.Title));
    }

    [Fact]
    public void EveryControl2022HasAValueOfEachAttributeType()
    {
        foreach (var control in C2022.Controls)
        {
            foreach (var type in Enum.GetValues<AttributeType>())
            {
                Assert.False(control.Attributes.OfType(type).IsEmpty, $"{control.Id} has no {type}");
            }

            Assert.False(string.IsNullOrWhiteSpace(control.Summary));
        }
    }

    [Fact]
    public void ShippedDataPassesValidate()
    {
        Assert.Empty(C2022.Validate());
        Assert.Empty(C2013.Validate());
    }

    [Fact]
    public void Catalog2013Has114ControlsIn14ClausesAnd35Objectives()
    {
        Assert.Equal(114, C2013.Count);
        Assert.Equal(14, C2013.Groups.Length);
        Assert.Equal(35, C2013.Groups.Sum(g => g.Groups.Length));
        Assert.Equal(Enumerable.Range(5, 14).Select(n => $"A.{n}"), C2013.Groups.Select(g => g.Id));
        Assert.Empty(C2013.NewIn2022);
    }

    [Theory]
    [InlineData("A.5", 2, 1)]
    [InlineData("A.6", 7, 2)]
    [InlineData("A.7", 6, 3)]
    [InlineData("A.8", 10, 3)]
    [InlineData("A.9", 14, 4)]
    [InlineData("A.10", 2, 1)]
    [InlineData("A.11", 15, 2)]
    [InlineData("A.12", 14, 7)]
    [InlineData("A.13", 7, 2)]
    [InlineData("A.14", 13, 3)]
    [InlineData("A.15", 5, 2)]
    [InlineData("A.16", 7, 1)]
    [InlineData("A.17", 4, 2)]
    [InlineData("A.18", 8, 2)]
    public void Catalog2013ClauseCounts(string clause, int controls, int objectives)
    {
        var group = C2013.GetGroup(clause);
        Assert.Equal(controls, group.Controls.Length);
        Assert.Equal(objectives, group.Groups.Length);
    }

    [Fact]
    public void IdsAreUniqueAndSortedNumerically()
    {
        foreach (var catalog in new[] { C2022, C2013 })
        {
            var ids = catalog.Controls.Select(c => c.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(ids.OrderBy(i => i), ids);
        }

        Assert.True(C2022.Controls.Select(c => c.Id).ToList().IndexOf(ControlId.Parse("5.2")) <
                    C2022.Controls.Select(c => c.Id).ToList().IndexOf(ControlId.Parse("5.10")));
    }

    [Theory]
    [InlineData("5.1", "Policies for information security")]
    [InlineData("5.7", "Threat intelligence")]
    [InlineData("5.23", "Information security for use of cloud services")]
    [InlineData("5.30", "ICT readiness for business continuity")]
    [InlineData("6.3", "Information security awareness, education and training")]
    [InlineData("7.4", "Physical security monitoring")]
    [InlineData("8.8", "Management of technical vulnerabilities")]
    [InlineData("8.15", "Logging")]
    [InlineData("8.16", "Monitoring activities")]
    [InlineData("8.28", "Secure coding")]
    [InlineData("8.34", "Protection of information systems during audit testing")]
    [InlineData("A.5.1.1", "Policies for information security")]
    [InlineData("A.12.4.1", "Event logging")]
    [InlineData("A.13.2.1", "Information transfer policies and procedures")]
    [InlineData("A.17.2.1", "Availability of information processing facilities")]
    [InlineData("A.18.2.3", "Technical compliance review")]
    public void KnownTitles(string id, string title)
    {
        var controlId = ControlId.Parse(id);
        Assert.Equal(title, IsoCatalogs.ForEdition(controlId.Edition)[controlId].Title);
    }

    [Fact]
    public void KnownAttributes()
    {
        var c = C2022["8.16"];
        Assert.Equal([ControlType.Detective, ControlType.Corrective], c.ControlTypes.ToArray());
        Assert.Equal([SecurityProperty.Confidentiality, SecurityProperty.Integrity, SecurityProperty.Availability], c.SecurityProperties.ToArray());
        Assert.Equal([CybersecurityConcept.Detect, CybersecurityConcept.Respond], c.CybersecurityConcepts.ToArray());
        Assert.Equal([OperationalCapability.InformationSecurityEventManagement], c.OperationalCapabilities.ToArray());
        Assert.Equal([SecurityDomain.Defence], c.SecurityDomains.ToArray());
    }

    [Fact]
    public void AttributeQueryFindsDetectiveAvailabilityControls()
    {
        var found = C2022.WithAttributes(ControlType.Detective, SecurityProperty.Availability);
        Assert.NotEmpty(found);
        Assert.All(found, c => Assert.Contains(ControlType.Detective, c.ControlTypes));
        Assert.All(found, c => Assert.Contains(SecurityProperty.Availability, c.SecurityProperties));
        var expected = C2022.Controls.Where(c => c.ControlTypes.Contains(ControlType.Detective) && c.SecurityProperties.Contains(SecurityProperty.Availability));
        Assert.Equal(expected, found);
    }

    [Fact]
    public void GroupPathOf2013ControlIsClauseThenObjective()
    {
        var path = C2013.GetGroupPath(ControlId.Parse("A.12.4.1"));
        Assert.Equal(["A.12", "A.12.4"], path.Select(g => g.Id));
        Assert.Equal("Operations security", path[0].Title);
        Assert.Equal("Logging and monitoring", path[1].Title);
    }

    [Fact]
    public void EmbeddedHashMatchesResourceBytes()
    {
        foreach (var (name, catalog) in new[] { (Iso27k.Data.EmbeddedResources.Catalog2022, C2022), (Iso27k.Data.EmbeddedResources.Catalog2013, C2013) })
        {
            using var stream = Iso27k.Data.EmbeddedResources.Open(name);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(memory.ToArray())).ToLowerInvariant();
            Assert.Equal(hash, catalog.SourceSha256);
            Assert.Equal("2026.11.21", catalog.VersionId);
            Assert.NotEmpty(catalog.Sources);
        }
    }

    [Fact]
    public void EmbeddedDataMatchesDataFolder()
    {
        // The build embeds data/*.json; a stale build would ship different bytes than the repository holds.
        var dataDir = Path.Combine(RepositoryRoot(), "data");
        var bytes = File.ReadAllBytes(Path.Combine(dataDir, "ISO_IEC_27002_2022_catalog.json"));
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant();
        Assert.Equal(hash, C2022.SourceSha256);
    }

    internal static string RepositoryRoot() => Iso27k.Tests.Shared.RepositoryPaths.Root;

    [Fact]
    public void EditionLookupReturnsSameInstances()
    {
        Assert.Same(C2022, IsoCatalogs.ForEdition(Edition.Iso2022));
        Assert.Same(C2013, IsoCatalogs.ForEdition(Edition.Iso2013));
        Assert.Throws<ArgumentOutOfRangeException>(() => IsoCatalogs.ForEdition((Edition)2017));
    }

    [Fact]
    public void FirstAccessFrom64ThreadsYieldsOneInstance()
    {
        // Each holder type is initialised once by the runtime; the barrier makes the threads race for it.
        var results = new Catalog[64];
        using var barrier = new Barrier(64);
        var threads = Enumerable.Range(0, 64).Select(i => new Thread(() =>
        {
            barrier.SignalAndWait();
            results[i] = i % 2 == 0 ? IsoCatalogs.Iso27002_2022 : IsoCatalogs.Iso27001_2013;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Single(results.Where((_, i) => i % 2 == 0).Distinct(ReferenceEqualityComparer.Instance));
        Assert.Single(results.Where((_, i) => i % 2 == 1).Distinct(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void AlternateTitlesAreRecorded()
    {
        Assert.Equal("User end point devices", C2022["8.1"].AlternateTitle);
        Assert.Null(C2022["5.1"].AlternateTitle);
        ImmutableArray<Control> withAlternate = [.. C2013.Controls.Where(c => c.AlternateTitle is not null)];
        Assert.Equal(["A.11.2.7", "A.13.2.4"], withAlternate.Select(c => c.Id.ToString()));
    }
}
