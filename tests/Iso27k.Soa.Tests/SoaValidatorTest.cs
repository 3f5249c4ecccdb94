using System.Collections.Immutable;
using NodaTime;
using static Iso27k.Soa.Tests.SoaFixtures;

namespace Iso27k.Soa.Tests;

public sealed class SoaValidatorTest
{
    private static ImmutableArray<SoaDiagnostic> Run(StatementOfApplicability soa, SoaRiskContext? risks = null) =>
        Validator().Validate(soa, risks);

    private static List<SoaDiagnostic> Codes(StatementOfApplicability soa, string code, SoaRiskContext? risks = null) =>
        [.. Run(soa, risks).Where(d => d.Code == code)];

    private static StatementOfApplicability With(SoaEntry entry) => Complete().WithEntry(entry);

    [Fact]
    public void ReportsNothingGivenCompleteWellJustifiedSoa()
    {
        Assert.Empty(Run(Complete()));
        Assert.Empty(Run(Complete(Edition.Iso2013)));
        Assert.Empty(Run(Complete(), Risks(("5.23", "R-1"))));
    }

    [Fact]
    public void ReportsSoa001GivenMissingControl()
    {
        var found = Assert.Single(Codes(Complete().WithoutEntry(C5_23), "SOA001"));
        Assert.Equal(C5_23, found.ControlId);
        Assert.Equal(SoaSeverity.Error, found.Severity);
        Assert.Contains("5.23", found.Message, StringComparison.Ordinal);
        Assert.Equal("ISO/IEC 27001:2022 6.1.3 c)", found.Requirement);
    }

    [Fact]
    public void ReportsEveryMissingControlGivenEmptySoa()
    {
        var soa = new StatementOfApplicability(Edition.Iso2022, []);
        Assert.Equal(93, Codes(soa, "SOA001").Count);
        Assert.Equal(114, Codes(new StatementOfApplicability(Edition.Iso2013, []), "SOA001").Count);
    }

    [Fact]
    public void ReportsSoa002GivenDuplicateEntryAtTheSecondOccurrence()
    {
        var soa = Complete().WithEntries(Complete().Entries.Add(Good(C5_23)));
        var found = Assert.Single(Codes(soa, "SOA002"));
        Assert.Equal("$.entries[93].controlId", found.Location.JsonPath);
        Assert.Contains("$.entries[22]", found.Message, StringComparison.Ordinal);
        Assert.Empty(Codes(Complete(), "SOA002"));
    }

    [Fact]
    public void ReportsSoa003Given2013IdIn2022Soa()
    {
        var soa = Complete().WithEntries(Complete().Entries.Add(Good(ControlId.Parse("A.12.4.1"))));
        var found = Assert.Single(Codes(soa, "SOA003"));
        Assert.Contains("2013", found.Message, StringComparison.Ordinal);
        Assert.Equal(ControlId.Parse("A.12.4.1"), found.ControlId);
        Assert.Empty(Codes(Complete(), "SOA003"));
    }

    [Fact]
    public void ReportsSoa003GivenWellFormedIdThatIsNoControl()
    {
        var soa = Complete().WithEntries(Complete().Entries.Add(Good(ControlId.Parse("5.99"))));
        var found = Assert.Single(Codes(soa, "SOA003"));
        Assert.Contains("not a control", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsSoa003Given2022IdIn2013Soa()
    {
        var soa = Complete(Edition.Iso2013);
        soa = soa.WithEntries(soa.Entries.Add(Good(C5_23)));
        Assert.Contains("2022", Assert.Single(Codes(soa, "SOA003")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsSoa004GivenExcludedControlWithoutJustification()
    {
        var found = Assert.Single(Codes(With(SoaEntry.Excluded(C7_4, "  ").WithLastReviewed(Reviewed)), "SOA004"));
        Assert.Equal("$.entries[48].exclusionJustification", found.Location.JsonPath);
        Assert.Empty(Codes(With(GoodExclusion(C7_4)), "SOA004"));
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("N/A.")]
    [InlineData("Not applicable")]
    [InlineData("-")]
    [InlineData("  none ")]
    [InlineData("x")]
    [InlineData("out of scope")]
    public void ReportsSoa005GivenBoilerplateJustification(string justification)
    {
        var found = Assert.Single(Codes(With(SoaEntry.Excluded(C7_4, justification).WithLastReviewed(Reviewed)), "SOA005"));
        Assert.Equal(C7_4, found.ControlId);
        Assert.Empty(Codes(With(SoaEntry.Excluded(C7_4, justification).WithLastReviewed(Reviewed)), "SOA004"));
    }

    [Fact]
    public void DoesNotReportSoa005GivenRealJustification()
    {
        Assert.Empty(Codes(With(GoodExclusion(C7_4)), "SOA005"));
        Assert.Empty(Codes(With(SoaEntry.Excluded(C7_4, "No CCTV: office is a shared co-working space").WithLastReviewed(Reviewed)), "SOA005"));
    }

    [Fact]
    public void ReportsSoa006GivenApplicableControlWithoutReason()
    {
        var entry = Good(C5_23).WithInclusionReasons([]);
        Assert.Single(Codes(With(entry), "SOA006"));
        Assert.Empty(Codes(With(Good(C5_23)), "SOA006"));
    }

    [Fact]
    public void ReportsSoa007GivenRiskReasonNamingUnknownRisk()
    {
        var entry = Good(C5_23).WithInclusionReasons([InclusionReason.RiskTreatment("R-1", "R-404")]);
        var found = Assert.Single(Codes(With(entry), "SOA007", Risks()));
        Assert.Contains("R-404", found.Message, StringComparison.Ordinal);
        Assert.Empty(Codes(With(entry), "SOA007"));
        Assert.Empty(Codes(With(Good(C5_23)), "SOA007", Risks()));
    }

    [Fact]
    public void ReportsSoa008GivenControlSelectedByTreatmentPlanButExcluded()
    {
        var soa = With(GoodExclusion(C7_4));
        var found = Assert.Single(Codes(soa, "SOA008", Risks(("7.4", "R-2"), ("7.4", "R-3"))));
        Assert.Equal(SoaSeverity.Error, found.Severity);
        Assert.Contains("R-2, R-3", found.Message, StringComparison.Ordinal);
        Assert.Empty(Codes(soa, "SOA008", Risks(("5.23", "R-2"))));
        Assert.Empty(Codes(soa, "SOA008"));
    }

    [Fact]
    public void ReportsSoa009GivenImplementedControlWithoutEvidence()
    {
        var found = Assert.Single(Codes(With(Good(C5_23).WithEvidence()), "SOA009"));
        Assert.Equal(SoaSeverity.Warning, found.Severity);
        Assert.Empty(Codes(With(Good(C5_23).WithEvidence().WithImplementationStatus(ImplementationStatus.Planned)), "SOA009"));
    }

    [Fact]
    public void ReportsSoa010GivenReviewOlderThanPeriod()
    {
        var found = Assert.Single(Codes(With(Good(C5_23).WithLastReviewed(new LocalDate(2025, 3, 14))), "SOA010"));
        Assert.Contains("2025-03-14", found.Message, StringComparison.Ordinal);
        Assert.Empty(Codes(With(Good(C5_23).WithLastReviewed(new LocalDate(2025, 3, 15))), "SOA010"));
    }

    [Fact]
    public void ReportsSoa010GivenNoReviewDate()
    {
        Assert.Single(Codes(With(Good(C5_23).WithLastReviewed(null)), "SOA010"));
    }

    [Fact]
    public void HonoursConfiguredReviewPeriodAndClock()
    {
        var soa = With(Good(C5_23).WithLastReviewed(new LocalDate(2025, 12, 1)));
        var strict = SoaValidator.CreateBuilder().WithClock(FakeClock.FromUtc(2026, 3, 15, 12, 0)).WithReviewPeriod(Period.FromMonths(3)).Build();
        Assert.Contains(strict.Validate(soa), d => d.Code == "SOA010" && d.ControlId == C5_23);
        var clock = FakeClock.FromUtc(2026, 3, 15, 12, 0);
        var validator = SoaValidator.CreateBuilder().WithClock(clock).Build();
        Assert.DoesNotContain(validator.Validate(soa), d => d.Code == "SOA010");
        clock.Reset(Instant.FromUtc(2027, 1, 1, 0, 0));
        Assert.Contains(validator.Validate(soa), d => d.Code == "SOA010" && d.ControlId == C5_23);
    }

    [Fact]
    public void ReportsSoa011GivenNoApproval()
    {
        var found = Assert.Single(Codes(Complete().WithApproval(null), "SOA011"));
        Assert.Equal("$.approval", found.Location.JsonPath);
        Assert.Null(found.ControlId);
    }

    [Fact]
    public void ReportsSoa012GivenApprovalBeforeLastChange()
    {
        var soa = Complete().WithApproval(new SoaApproval("CEO", Reviewed.PlusDays(-1)));
        Assert.Single(Codes(soa, "SOA012"));
        var reviewedLater = Complete().WithLastModified(null).WithEntry(Good(C5_23).WithLastReviewed(Reviewed.PlusDays(5)));
        Assert.Single(Codes(reviewedLater, "SOA012"));
        Assert.Empty(Codes(Complete(), "SOA012"));
    }

    [Fact]
    public void ReportsSoa013GivenStatusOnExcludedControl()
    {
        var entry = GoodExclusion(C7_4).WithImplementationStatus(ImplementationStatus.Planned);
        Assert.Contains("planned", Assert.Single(Codes(With(entry), "SOA013")).Message, StringComparison.Ordinal);
        Assert.Empty(Codes(With(GoodExclusion(C7_4)), "SOA013"));
    }

    [Theory]
    [InlineData("5.1")]
    [InlineData("5.31")]
    [InlineData("5.36")]
    [InlineData("8.8")]
    public void ReportsSoa014GivenUnusualExclusion(string id)
    {
        var found = Assert.Single(Codes(With(GoodExclusion(ControlId.Parse(id))), "SOA014"));
        Assert.Equal(SoaSeverity.Info, found.Severity);
        Assert.Empty(Codes(With(GoodExclusion(C7_4)), "SOA014"));
    }

    [Fact]
    public void ReportsSoa015GivenUndecidedEntry()
    {
        Assert.Single(Codes(With(new SoaEntry(C5_23)), "SOA015"));
        Assert.Equal(93, Codes(StatementOfApplicability.CreateTemplate(Edition.Iso2022), "SOA015").Count);
    }

    [Fact]
    public void ReportsSoa016GivenApplicableControlWithoutStatus()
    {
        Assert.Single(Codes(With(Good(C5_23).WithImplementationStatus(null)), "SOA016"));
        Assert.Empty(Codes(With(GoodExclusion(C5_23)), "SOA016"));
    }

    [Fact]
    public void ReportsEveryFindingNotOnlyTheFirst()
    {
        var soa = Complete()
            .WithEntry(SoaEntry.Excluded(C7_4, "n/a").WithLastReviewed(Reviewed))
            .WithEntry(Good(C5_23).WithInclusionReasons([]))
            .WithoutEntry(ControlId.Parse("8.1"))
            .WithApproval(null);
        var codes = Run(soa).Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "SOA001", "SOA005", "SOA006", "SOA011" }, codes);
    }

    [Fact]
    public void SkipsDisabledRulesAndAppliesSeverityOverrides()
    {
        var soa = Complete().WithApproval(null);
        var validator = SoaValidator.CreateBuilder().WithClock(FakeClock.FromUtc(2026, 3, 15, 12, 0)).Disable("SOA011").Build();
        Assert.Empty(validator.Validate(soa));
        Assert.DoesNotContain(validator.Rules, r => r.Code == "SOA011");
        var strict = SoaValidator.CreateBuilder().WithClock(FakeClock.FromUtc(2026, 3, 15, 12, 0)).WithSeverity("SOA011", SoaSeverity.Error).Build();
        Assert.Equal(SoaSeverity.Error, Assert.Single(strict.Validate(soa)).Severity);
    }

    [Fact]
    public void ThrowsGivenUnknownCodeToDisable()
    {
        Assert.Throws<ArgumentException>(() => SoaValidator.CreateBuilder().Disable("SOA999").Build());
    }

    [Fact]
    public void RunsUserRulesAfterBuiltInRules()
    {
        var validator = SoaValidator.CreateBuilder().WithClock(FakeClock.FromUtc(2026, 3, 15, 12, 0)).AddRule(new OwnerIsRoleRule()).Build();
        var found = Assert.Single(validator.Validate(With(Good(C5_23).WithOwner("alice@example.com"))));
        Assert.Equal("ACME001", found.Code);
        Assert.Equal("ACME001", validator.Rules[^1].Code);
        Assert.Throws<ArgumentException>(() => SoaValidator.CreateBuilder().AddRule(new OwnerIsRoleRule()).AddRule(new OwnerIsRoleRule()));
    }

    [Fact]
    public void DescribesEveryBuiltInRule()
    {
        var rules = SoaValidator.BuiltInRules;
        Assert.Equal(16, rules.Length);
        Assert.Equal(rules.Length, rules.Select(r => r.Code).Distinct().Count());
        Assert.All(rules, r => Assert.Matches("^SOA0[0-9]{2}$", r.Code));
        Assert.All(rules, r => Assert.StartsWith("ISO/IEC 27001:2022", r.Requirement, StringComparison.Ordinal));
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "soa-rules.md"));
        Assert.All(rules.Concat(SoaValidator.ReadRules), r => Assert.Contains("## " + r.Code, doc, StringComparison.Ordinal));
    }

    [Fact]
    public void LocatesFindingsOnCsvLinesWhenSourceMapGiven()
    {
        var csv = "control_id,applicable,inclusion_reasons,exclusion_justification,implementation_status,owner,evidence,last_reviewed,notes\n"
            + "5.1,yes,business,,implemented,CISO,POL-1,2026-01-10,\n"
            + "7.4,no,,n/a,,,,2026-01-10,\n";
        var document = SoaDocument.ReadCsv(new StringReader(csv));
        var found = Validator().Validate(document).Single(d => d.Code == "SOA005");
        Assert.Equal(3, found.Location.Line);
        Assert.Equal(9, found.Location.Column);
    }

    internal static string RepoRoot() => Iso27k.Tests.Shared.RepositoryPaths.Root;

    private sealed class OwnerIsRoleRule : ISoaRule
    {
        public SoaRuleInfo Info { get; } = new("ACME001", SoaSeverity.Warning, "Owner is a role", "ACME ISMS policy 4.2");

        public void Evaluate(SoaRuleContext context)
        {
            var entries = context.Statement.Entries;
            for (var i = 0; i < entries.Length; i++)
            {
                if (entries[i].Owner?.Contains('@', StringComparison.Ordinal) == true)
                {
                    context.Report(Info, entries[i].ControlId, context.Locate(i, SoaField.Owner), "Name a role, not a person.");
                }
            }
        }
    }
}
