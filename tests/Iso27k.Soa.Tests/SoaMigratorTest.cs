using System.Text;
using Iso27k.Mapping;
using NodaTime;

namespace Iso27k.Soa.Tests;

public sealed partial class SoaMigratorTest
{
    private static readonly ControlId Log1 = ControlId.Parse("A.12.4.1");
    private static readonly ControlId Log2 = ControlId.Parse("A.12.4.2");
    private static readonly ControlId Log3 = ControlId.Parse("A.12.4.3");
    private static readonly ControlId Logging = ControlId.Parse("8.15");

    private static StatementOfApplicability Source(params SoaEntry[] overrides)
    {
        var soa = SoaFixtures.Complete(Edition.Iso2013);
        foreach (var entry in overrides)
        {
            soa = soa.WithEntry(entry);
        }

        return soa;
    }

    private static SoaEntry Draft(SoaMigrationResult result, ControlId id) => result.Draft.FindEntry(id)!;

    private static SoaMigrationItem Item(SoaMigrationResult result, ControlId id) => result.Report.Items.Single(i => i.ControlId == id);

    [Fact]
    public void TracesEntryWithoutCounterpartAndMigratesWithEachMappingItsOwnWay()
    {
        var full = IsoMappings.Iso27001_2013To2022;
        var reduced = new ControlMapping(full.Source, full.Target, full.Pairs.Where(p => p.Source != Log1), "test-reduced");
        var soa = Source();
        var viaReduced = SoaMigrator.Migrate(soa, reduced);
        var trace = viaReduced.Report.Traces.Single(t => t.ControlId == Log1);
        Assert.Empty(trace.Targets);
        Assert.Equal("A.12.4.1 has no 2022 counterpart in the mapping: listed here only.", trace.Disposition);
        Assert.Equal([Log2, Log3], Item(viaReduced, Logging).Sources.Select(s => s.ControlId));
        Assert.Equal("test-reduced", viaReduced.Report.MappingVersion);

        var viaFull = SoaMigrator.Migrate(soa);
        Assert.Equal(Logging, Assert.Single(viaFull.Report.Traces.Single(t => t.ControlId == Log1).Targets));
        Assert.Equal([Log1, Log2, Log3], Item(viaFull, Logging).Sources.Select(s => s.ControlId));
        Assert.Equal("[\"A.12.4.2\",\"A.12.4.3\"]", Draft(SoaMigrator.Migrate(soa, reduced), Logging).UnknownProperties[0].Json);
    }

    [Fact]
    public void ProducesOneEntryPer2022ControlInIdOrder()
    {
        var result = SoaMigrator.Migrate(Source());
        Assert.Equal(Edition.Iso2022, result.Draft.Edition);
        Assert.Equal(IsoCatalogs.Iso27002_2022.Controls.Select(c => c.Id), result.Draft.Entries.Select(e => e.ControlId));
        Assert.Equal("Example SaaS GmbH", result.Draft.Organization);
        Assert.Null(result.Draft.Approval);
    }

    [Fact]
    public void MakesControlApplicableWhenAnySourceIsApplicableAndReportsConflict()
    {
        var result = SoaMigrator.Migrate(Source(SoaEntry.Excluded(Log2, "Logs are not protected separately").WithLastReviewed(SoaFixtures.Reviewed)));
        Assert.Equal(Applicability.Applicable, Draft(result, Logging).Applicability);
        var item = Item(result, Logging);
        Assert.Equal(SoaMigrationRule.Merged, item.Rule);
        Assert.Contains("A.12.4.2 excluded", Assert.Single(item.Conflicts), StringComparison.Ordinal);
        Assert.NotEmpty(item.Decisions);
    }

    [Fact]
    public void ExcludesControlWhenAllSourcesAreExcludedAndCombinesJustificationsWithSourceIds()
    {
        var result = SoaMigrator.Migrate(Source(
            SoaEntry.Excluded(Log1, "No own servers"),
            SoaEntry.Excluded(Log2, "No admins"),
            SoaEntry.Excluded(Log3, "No own servers either")));
        var draft = Draft(result, Logging);
        Assert.Equal(Applicability.Excluded, draft.Applicability);
        Assert.Equal("[A.12.4.1] No own servers\n[A.12.4.2] No admins\n[A.12.4.3] No own servers either", draft.ExclusionJustification);
        Assert.Empty(Item(result, Logging).Conflicts);
    }

    [Fact]
    public void TakesLeastMatureStatusOfApplicableSources()
    {
        var result = SoaMigrator.Migrate(Source(
            SoaFixtures.Good(Log1).WithImplementationStatus(ImplementationStatus.Implemented),
            SoaFixtures.Good(Log2).WithImplementationStatus(ImplementationStatus.Planned),
            SoaFixtures.Good(Log3).WithImplementationStatus(ImplementationStatus.PartiallyImplemented)));
        Assert.Equal(ImplementationStatus.Planned, Draft(result, Logging).ImplementationStatus);
    }

    [Fact]
    public void UnitesReasonsAndMergesRiskIds()
    {
        var result = SoaMigrator.Migrate(Source(
            SoaFixtures.Good(Log1).WithInclusionReasons([InclusionReason.RiskTreatment("R-1"), InclusionReason.Legal]),
            SoaFixtures.Good(Log2).WithInclusionReasons([InclusionReason.Contractual, InclusionReason.RiskTreatment("R-2", "R-1")])));
        InclusionReason[] expected = [InclusionReason.RiskTreatment("R-1", "R-2"), InclusionReason.Legal, InclusionReason.Contractual, InclusionReason.Business];
        var actual = Draft(result, Logging).InclusionReasons;
        Assert.True(expected[0].Equals(actual[0]), "risk");
        Assert.True(expected.SequenceEqual(actual), string.Join(" ", actual));
    }

    [Fact]
    public void LeavesTheElevenNewControlsUndecided()
    {
        var result = SoaMigrator.Migrate(Source());
        var fresh = result.Report.Items.Where(i => i.Rule == SoaMigrationRule.NewControl).ToList();
        Assert.Equal(11, fresh.Count);
        Assert.Contains(fresh, i => i.ControlId == ControlId.Parse("5.7"));
        Assert.All(fresh, i => Assert.Equal(Applicability.Undecided, Draft(result, i.ControlId).Applicability));
        Assert.All(fresh, i => Assert.Single(i.Decisions));
        var validation = SoaFixtures.Validator().Validate(result.Draft);
        Assert.Equal(11, validation.Count(d => d.Code == "SOA015"));
    }

    [Fact]
    public void TracesEveryInputEntryAndKeepsForeignEntries()
    {
        var source = Source();
        source = source.WithEntries(source.Entries.Add(SoaFixtures.Good(ControlId.Parse("5.7"))).Add(SoaFixtures.Good(Log1).WithNotes("duplicate")));
        var result = SoaMigrator.Migrate(source);
        Assert.Equal(source.Entries.Length, result.Report.Traces.Length);
        Assert.All(result.Report.Traces.Take(114), t => Assert.NotEmpty(t.Targets));
        Assert.Empty(result.Report.Traces[114].Targets);
        Assert.Contains(result.Draft.UnknownProperties, p => p.Name == SoaMigrator.UnmigratedEntriesProperty && p.Json.Contains("\"5.7\"", StringComparison.Ordinal));
        Assert.Contains("[A.12.4.1] duplicate", Draft(result, Logging).Notes, StringComparison.Ordinal);
        Assert.Equal("[\"A.12.4.1\",\"A.12.4.2\",\"A.12.4.3\"]", Draft(result, Logging).UnknownProperties.Single(p => p.Name == SoaMigrator.MigratedFromProperty).Json);
    }

    [Fact]
    public void SendsSplitSourceToEveryTarget()
    {
        var trace = SoaMigrator.Migrate(Source()).Report.Traces.Single(t => t.ControlId == ControlId.Parse("A.18.2.3"));
        Assert.Contains(ControlId.Parse("5.36"), trace.Targets);
        Assert.Contains(ControlId.Parse("8.8"), trace.Targets);
    }

    [Fact]
    public void ReportsDecisionWhenNoSourceIsDecided()
    {
        var result = SoaMigrator.Migrate(Source(new SoaEntry(Log1), new SoaEntry(Log2), new SoaEntry(Log3)));
        var item = Item(result, Logging);
        Assert.Equal(SoaMigrationRule.NoDecidedSource, item.Rule);
        Assert.Equal(Applicability.Undecided, item.Result);
    }

    [Fact]
    public void IsDeterministic()
    {
        static (string Draft, string Markdown, string Json) Run()
        {
            var result = SoaMigrator.Migrate(Source(SoaEntry.Excluded(Log2, "x").WithLastReviewed(new LocalDate(2025, 1, 1))));
            using var draft = new MemoryStream();
            SoaDocument.WriteJson(result.Draft, draft);
            using var markdown = new StringWriter();
            result.Report.WriteMarkdown(markdown);
            using var json = new MemoryStream();
            result.Report.WriteJson(json);
            return (Encoding.UTF8.GetString(draft.ToArray()), markdown.ToString(), Encoding.UTF8.GetString(json.ToArray()));
        }

        var first = Run();
        Assert.Equal(first, Run());
        Assert.Contains("| 8.15 | A.12.4.1", first.Markdown, StringComparison.Ordinal);
        Assert.Contains("\"rule\": \"merged\"", first.Json, StringComparison.Ordinal);
        Assert.Contains("\"rule\": \"new-control\"", first.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesNon2013Soa()
    {
        Assert.Throws<ArgumentException>(() => SoaMigrator.Migrate(SoaFixtures.Complete()));
    }

    [Fact]
    public void SuggestsMapped2022IdsForA2013IdInA2022Soa()
    {
        var soa = SoaFixtures.Complete().WithEntries(SoaFixtures.Complete().Entries.Add(SoaFixtures.Good(Log1)));
        var found = SoaFixtures.Validator().Validate(soa).Single(d => d.Code == "SOA003");
        Assert.Contains("8.15", found.Message, StringComparison.Ordinal);
    }
}
