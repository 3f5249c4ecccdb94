using Iso27k.Risk;
using NodaTime;

namespace Iso27k.Isms.Tests;

public class ReadinessAssessorTest
{
    private static readonly LocalDate LongAgo = new(2025, 1, 10);

    // Each variant removes or breaks one thing in the complete sample; the assessor must report exactly that code.
    public static TheoryData<string, string, bool> Variants() => new()
    {
        { "ISMS001", "issues", false },
        { "ISMS002", "parties", false },
        { "ISMS003", "scope", true },
        { "ISMS004", "interfaces", false },
        { "ISMS005", "policy", true },
        { "ISMS006", "policy-approval", false },
        { "ISMS007", "policy-review", false },
        { "ISMS008", "roles", false },
        { "ISMS009", "audit-programme", true },
        { "ISMS010", "audit-old", false },
        { "ISMS011", "finding-untracked", false },
        { "ISMS012", "auditor", false },
        { "ISMS013", "assessment-process", true },
        { "ISMS014", "treatment-process", true },
        { "ISMS015", "soa", true },
        { "ISMS016", "soa-invalid", false },
        { "ISMS017", "register", true },
        { "ISMS018", "register-invalid", false },
        { "ISMS019", "untreated", false },
        { "ISMS020", "reviews", true },
        { "ISMS021", "previous-actions", false },
        { "ISMS022", "inputs", false },
        { "ISMS023", "decisions", false },
        { "ISMS024", "review-old", false },
        { "ISMS025", "objectives", true },
        { "ISMS026", "objective-owner", false },
        { "ISMS027", "objective-due", false },
        { "ISMS028", "competence", true },
        { "ISMS029", "documents", true },
        { "ISMS030", "operational", true },
        { "ISMS031", "monitoring", true },
        { "ISMS032", "monitoring-old", false },
        { "ISMS033", "nc-action", false },
        { "ISMS034", "action-overdue", false },
        { "ISMS035", "nc-result", false },
        { "ISMS036", "change", false },
        { "ISMS037", "residual", false },
        { "ISMS038", "competence-evidence", false },
    };

    internal static IsmsRecord Variant(string name)
    {
        var r = IsmsFixtures.Complete;
        var audit = r.InternalAudit!.Audits[0];
        var latestReview = r.ManagementReviews[1];
        var nc = r.Nonconformities[0];
        var register = r.RiskRegister!;
        return name switch
        {
            "issues" => r.WithIssues(),
            "parties" => r.WithInterestedParties(),
            "scope" => r.WithScope(null),
            "interfaces" => r.WithScope(r.Scope!.WithInterfaces()),
            "policy" => r.WithPolicy(null),
            "policy-approval" => r.WithPolicy(r.Policy!.WithApproval(null, null)),
            "policy-review" => r.WithPolicy(r.Policy!.WithNextReview(new LocalDate(2026, 3, 1))),
            "roles" => r.WithRoles(),
            "audit-programme" => r.WithInternalAudit(null),
            "audit-old" => r.WithAudit(audit.WithHeldOn(LongAgo)),
            "finding-untracked" => r.WithAudit(audit.WithFindings(audit.Findings[0].WithNonconformity(null), audit.Findings[1])),
            "auditor" => r.WithAudit(audit.WithAuditor(null)),
            "assessment-process" => r.WithRiskAssessmentProcess(null),
            "treatment-process" => r.WithRiskTreatmentProcess(null),
            "soa" => r.WithSoa(null),
            "soa-invalid" => r.WithSoa(r.Soa!.WithoutEntry(ControlId.Parse("5.1")), r.SoaFile),
            "register" => r.WithRiskRegister(null),
            "register-invalid" => r.WithRiskRegister(register.WithRisks(register.Risks.SetItem(0, register.Risks[0].WithOwner(null))), r.RiskRegisterFile),
            "untreated" => r.WithRiskRegister(register.WithRisks(register.Risks.SetItem(5, register.Risks[5].WithTreatment(null))), r.RiskRegisterFile),
            "reviews" => r.WithManagementReviews(),
            "previous-actions" => r.WithManagementReview(latestReview.WithInputs(latestReview.Inputs.Remove(ManagementReviewInput.PreviousActions))),
            "inputs" => r.WithManagementReview(latestReview.WithInputs(latestReview.Inputs.Remove(ManagementReviewInput.RiskResults))),
            "decisions" => r.WithManagementReview(latestReview.WithDecisions()),
            "review-old" => r.WithManagementReviews(r.ManagementReviews[0]),
            "objectives" => r.WithObjectives(),
            "objective-owner" => r.WithObjective(r.Objectives[0].WithOwner(null)),
            "objective-due" => r.WithObjective(r.Objectives[0].WithDue(null)),
            "competence" => r.WithCompetence(),
            "documents" => r.WithDocuments(),
            "operational" => r.WithOperationalRecords(),
            "monitoring" => r.WithMonitoringResults(),
            "monitoring-old" => r.WithMonitoringResults(new MonitoringResult("Restore test duration", LongAgo, "5 h")),
            "nc-action" => r.WithNonconformity(nc.WithActions().WithCorrection(null)),
            "action-overdue" => r.WithNonconformity(nc.WithClosure(null, null).WithActions(nc.Actions[0].WithStatus(CorrectiveActionStatus.InProgress))),
            "nc-result" => r.WithNonconformity(nc.WithClosure(nc.ClosedOn, null)),
            "change" => r.WithPlannedChange(r.PlannedChanges[0].WithOwner(null)),
            "residual" => r.WithRiskRegister(register.WithRisks(register.Risks.SetItem(0, register.Risks[0].WithResidual(null))), r.RiskRegisterFile),
            "competence-evidence" => r.WithCompetence(r.Competence[0].WithEvidence(null), r.Competence[1], r.Competence[2]),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void ReportsExactlyTheMatchingCode(string code, string variant, bool missing)
    {
        var report = IsmsFixtures.Assessor().Assess(Variant(variant));
        Assert.Equal([code], report.Diagnostics.Select(d => d.Code).Distinct());
        Assert.Equal(missing, report.HasMissingRequirements);
        Assert.NotEqual(ReadinessStatus.Ready, report.Status);
        Assert.All(report.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Path)));
    }

    [Fact]
    public void EveryReadinessCodeHasAVariant()
    {
        var codes = typeof(IsmsDiagnosticCodes).GetFields().Select(f => (string)f.GetValue(null)!)
            .Where(c => string.CompareOrdinal(c, "ISMS040") < 0).ToHashSet();
        var tested = Variants().Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(codes.Order(), tested.Order());
    }

    [Fact]
    public void ReportsIsms010GivenLatestAuditOlderThanTwelveMonths()
    {
        var report = IsmsFixtures.Assessor().Assess(Variant("audit-old"));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal("9.2.2", d.ClauseId);
        Assert.Equal("$.internalAudit.audits[0].heldOn", d.Path);
        Assert.Equal(IsmsSeverity.Error, d.Severity);
        Assert.Equal(ReadinessStatus.Partial, report["9.2.2"].Status);
        Assert.Equal(ReadinessStatus.Partial, report["9"].Status);
        Assert.Equal(17, report.Score.Satisfied);
        Assert.Equal(1, report.Score.Deficient);
    }

    [Fact]
    public void ReportsIsms021GivenLatestReviewWithoutPreviousActions()
    {
        var d = Assert.Single(IsmsFixtures.Assessor().Assess(Variant("previous-actions")).Diagnostics);
        Assert.Equal("ISMS021", d.Code);
        Assert.Equal("$.managementReviews[1].inputs", d.Path);
        Assert.Equal("9.3.2", d.ClauseId);
    }

    [Fact]
    public void DoesNotAskForPreviousActionsAtTheFirstReview()
    {
        var r = IsmsFixtures.Complete;
        var first = r.ManagementReviews[1].WithInputs(r.ManagementReviews[1].Inputs.Remove(ManagementReviewInput.PreviousActions));
        Assert.Empty(IsmsFixtures.Assessor().Assess(r.WithManagementReviews(first)).Diagnostics);
    }

    [Fact]
    public void IgnoresAuditsAndReviewsScheduledInTheFuture()
    {
        var r = IsmsFixtures.Complete;
        var future = new LocalDate(2026, 6, 1);
        var report = IsmsFixtures.Assessor().Assess(r.WithInternalAudit(r.InternalAudit!.WithAudits(r.InternalAudit.Audits[0].WithHeldOn(future))));
        Assert.Contains(report.Diagnostics, d => d.Code == "ISMS009");
    }

    [Fact]
    public void MissingRegisterIsReportedUnderEachClauseThatNeedsIt()
    {
        var report = IsmsFixtures.Assessor().Assess(Variant("register"));
        Assert.Equal(["6.1.3", "8.2", "8.3"], report.Diagnostics.Select(d => d.ClauseId!));
        Assert.Equal(ReadinessStatus.Missing, report["8.2"].Status);
        Assert.Equal(ReadinessStatus.Partial, report["6.1.3"].Status);
        Assert.Equal(3, report.Score.Missing);
    }

    [Fact]
    public void EmptyRecordIsMissingEverything()
    {
        var report = IsmsFixtures.Assessor().Assess(new IsmsRecord("Nobody Ltd"));
        Assert.Equal(ReadinessStatus.Missing, report.Status);
        // With no nonconformity recorded, the two 10.2 records have nothing to hold yet, so they count as satisfied.
        Assert.Equal(2, report.Score.Satisfied);
        Assert.Equal(["10.2/nonconformities", "10.2/corrective-action-results"], report.Items.Where(i => i.Required && i.State == ReadinessItemState.Satisfied).Select(i => i.Id));
        Assert.Equal(ReadinessStatus.Missing, report["4.3"].Status);
        Assert.All(report.Plan.Where(s => s.Order != 7), s => Assert.Equal(CertificationStepStatus.NotStarted, s.Status));
        Assert.Equal(CertificationStepStatus.InProgress, report.Plan[6].Status);
        Assert.Equal(TransitionStatus.NotCertified, report.Transition.Status);
    }

    [Fact]
    public void ItemsCoverEveryDocumentedInformationOfTheClauseData()
    {
        var items = IsmsFixtures.Assessor().Assess(new IsmsRecord()).Items;
        var fromCore = items.Where(i => i.Source is not null).Select(i => (i.ClauseId, i.Source!)).ToList();
        var expected = IsoCatalogs.Iso27001_2022Clauses.Clauses.SelectMany(c => c.DocumentedInformation.Select(d => (c.Id, d))).ToList();
        Assert.Equal(expected, fromCore);
        Assert.Contains(items, i => i.ClauseId == "7.5.1" && i.Required && i.Source is null);
    }

    [Fact]
    public void SoaRulesUseTheRegistersTreatmentPlan()
    {
        var r = IsmsFixtures.Complete;
        var excluded = r.Soa!.WithEntry(Iso27k.Soa.SoaEntry.Excluded(ControlId.Parse("8.25"), "We do not develop software ourselves any more."));
        var d = Assert.Single(IsmsFixtures.Assessor().Assess(r.WithSoa(excluded, r.SoaFile)).Diagnostics);
        Assert.Equal("ISMS016", d.Code);
        Assert.Contains("SOA008", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThrowsGivenNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new ReadinessAssessor(null!));
        Assert.Throws<ArgumentNullException>(() => IsmsFixtures.Assessor().Assess((IsmsRecord)null!));
    }

    [Fact]
    public void TreatmentResultsCheckSkipsRetainedRisks()
    {
        var r = IsmsFixtures.Complete;
        var register = r.RiskRegister!;
        var retained = register.Risks[5];
        Assert.Equal(TreatmentOption.Retain, retained.Treatment);
        Assert.Empty(IsmsFixtures.Assessor().Assess(r.WithRiskRegister(register.WithRisks(register.Risks.SetItem(5, retained.WithResidual(null))), r.RiskRegisterFile)).Diagnostics.Where(d => d.Code == "ISMS037"));
    }
}
