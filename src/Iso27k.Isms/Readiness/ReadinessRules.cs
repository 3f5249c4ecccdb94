using System.Collections.Immutable;
using System.Globalization;
using Iso27k.Risk;
using Iso27k.Soa;
using NodaTime;
using static Iso27k.Isms.IsmsDiagnosticCodes;

namespace Iso27k.Isms;

// The readiness checks: one definition per item, evaluated against one record on one day.
internal sealed class ReadinessRules
{
    private readonly ReadinessAssessor assessor;
    private readonly IsmsRecord record;
    private readonly LocalDate today;
    private readonly List<IsmsDiagnostic> found = [];
    private string clauseId = string.Empty;
    private ImmutableArray<SoaDiagnostic>? soaFindings;
    private ImmutableArray<RiskDiagnostic>? riskFindings;

    public ReadinessRules(ReadinessAssessor assessor, IsmsRecord record, LocalDate today)
    {
        this.assessor = assessor;
        this.record = record;
        this.today = today;
    }

    internal delegate (ReadinessItemState State, string Reason) Evaluator(ReadinessRules rules);

    internal sealed record Definition(string Id, string ClauseId, string Description, bool Required, DocumentedInformation? Source, Evaluator Evaluate);

    // Core's documented information, by clause and position, mapped to the check that looks for it. A test asserts
    // that every item in the clause data has a check, so new data cannot go unchecked.
    internal static readonly ImmutableArray<(string ClauseId, int Index, string Id, Evaluator Evaluate)> CoreChecks =
    [
        ("4.3", 0, "scope", r => r.Scope()),
        ("5.2", 0, "policy", r => r.Policy()),
        ("6.1.2", 0, "risk-assessment-process", r => r.Process(r.record.RiskAssessmentProcess, NoRiskAssessmentProcess, "$.riskAssessmentProcess", "risk assessment process (criteria, how risks are identified, analysed and evaluated)")),
        ("6.1.3", 0, "risk-treatment-process", r => r.Process(r.record.RiskTreatmentProcess, NoRiskTreatmentProcess, "$.riskTreatmentProcess", "risk treatment process (options, control selection, plan, owners' approval)")),
        ("6.1.3", 1, "soa", r => r.StatementOfApplicability()),
        ("6.1.3", 2, "risk-treatment-plan", r => r.TreatmentPlan()),
        ("6.2", 0, "objectives", r => r.Objectives()),
        ("6.2", 1, "objective-plans", r => r.ObjectivePlans()),
        ("7.2", 0, "competence", r => r.Competence()),
        ("8.1", 0, "operational-records", r => r.NonEmpty(r.record.OperationalRecords.Length, NoOperationalRecords, "$.operationalRecords", "No evidence that ISMS processes were carried out as planned (change records, access reviews, backup tests). Add them to \"operationalRecords\".")),
        ("8.2", 0, "risk-assessment-results", r => r.AssessmentResults()),
        ("8.3", 0, "risk-treatment-results", r => r.TreatmentResults()),
        ("9.1", 0, "monitoring-results", r => r.Monitoring()),
        ("9.2.2", 0, "audit-programme", r => r.Audits()),
        ("9.3.3", 0, "management-review", r => r.Review()),
        ("10.2", 0, "nonconformities", r => r.Nonconformities()),
        ("10.2", 1, "corrective-action-results", r => r.CorrectiveResults()),
    ];

    internal static readonly ImmutableArray<Definition> Definitions = BuildDefinitions();

    private static ImmutableArray<Definition> BuildDefinitions()
    {
        var catalog = IsoCatalogs.Iso27001_2022Clauses;
        var extra = new List<Definition>
        {
            new("issues", "4.1", "External and internal issues", false, null, r => r.NonEmpty(r.record.Issues.Length, NoIssues, "$.issues", "No external or internal issues are recorded. List them in \"issues\"; auditors start from the context.", IsmsSeverity.Warning)),
            new("interested-parties", "4.2", "Interested parties and their requirements", false, null, r => r.Parties()),
            new("roles", "5.3", "ISMS roles assigned to people", false, null, r => r.Roles()),
            new("planned-changes", "6.3", "Changes to the ISMS planned with owner and date", false, null, r => r.Changes()),
            new("documented-information", "7.5.1", "Documented information determined as necessary (7.5.1 b))", true, null, r => r.NonEmpty(r.record.Documents.Length, NoDocuments, "$.documents", "No documented information determined as necessary for the ISMS is listed (7.5.1 b)): procedures, standards, plans. List them in \"documents\".")),
        };
        var result = new List<Definition>();
        foreach (var clause in catalog.Clauses)
        {
            result.AddRange(extra.Where(d => d.ClauseId == clause.Id));
            for (var i = 0; i < clause.DocumentedInformation.Length; i++)
            {
                var source = clause.DocumentedInformation[i];
                var check = CoreChecks.FirstOrDefault(c => c.ClauseId == clause.Id && c.Index == i);
                if (check.Evaluate is not null)
                {
                    result.Add(new(clause.Id + "/" + check.Id, clause.Id, source.Description, true, source, check.Evaluate));
                }
            }
        }

        return [.. result.Select(d => d.Source is null ? d with { Id = d.ClauseId + "/" + d.Id } : d)];
    }

    public ReadinessReport Run(ImmutableArray<IsmsDiagnostic> readDiagnostics)
    {
        var items = ImmutableArray.CreateBuilder<ReadinessItem>(Definitions.Length);
        foreach (var definition in Definitions)
        {
            clauseId = definition.ClauseId;
            found.Clear();
            var (state, reason) = definition.Evaluate(this);
            items.Add(new ReadinessItem(definition.Id, definition.ClauseId, definition.Description, definition.Required, definition.Source, state, reason, [.. found]));
        }

        var all = items.MoveToImmutable();
        var clauses = IsoCatalogs.Iso27001_2022Clauses.Clauses
            .Select(c => Clause(c, [.. all.Where(i => i.ClauseId == c.Id || i.ClauseId.StartsWith(c.Id + ".", StringComparison.Ordinal))]))
            .ToImmutableArray();
        var plan = CertificationPath.Build(record, all, today);
        var transition = CertificationPath.Transition(record.Certification, today);
        return new ReadinessReport(today, record.Organization, clauses, all, plan, transition, readDiagnostics.IsDefault ? [] : readDiagnostics);
    }

    private static ClauseReadiness Clause(Clause clause, ImmutableArray<ReadinessItem> items)
    {
        var required = items.Where(i => i.Required).ToList();
        var status = items.IsEmpty ? ReadinessStatus.NotAssessed
            : required.Count > 0 && required.All(i => i.State == ReadinessItemState.Missing) ? ReadinessStatus.Missing
            : items.All(i => i.State == ReadinessItemState.Satisfied) ? ReadinessStatus.Ready
            : ReadinessStatus.Partial;
        return new ClauseReadiness(clause, status, items);
    }

    private void Report(string code, IsmsSeverity severity, string? path, string message, string? clause = null) =>
        found.Add(new IsmsDiagnostic(code, severity, clause ?? clauseId, path, message));

    private static string Path(string collection, int index, string? property = null) =>
        string.Create(CultureInfo.InvariantCulture, $"$.{collection}[{index}]{(property is null ? string.Empty : "." + property)}");

    private static string Date(LocalDate date) => IsmsText.Format(date);

    private (ReadinessItemState, string) Result(string satisfied) =>
        found.Count == 0 ? (ReadinessItemState.Satisfied, satisfied)
        : (ReadinessItemState.Deficient, string.Join(" ", found.Select(d => d.Code).Distinct()) + ": " + found[0].Message);

    private (ReadinessItemState, string) Missing(string code, string path, string message, IsmsSeverity severity = IsmsSeverity.Error)
    {
        Report(code, severity, path, message);
        return (ReadinessItemState.Missing, code + ": " + message);
    }

    private (ReadinessItemState, string) NonEmpty(int count, string code, string path, string message, IsmsSeverity severity = IsmsSeverity.Error) =>
        count == 0 ? Missing(code, path, message, severity) : (ReadinessItemState.Satisfied, string.Create(CultureInfo.InvariantCulture, $"{count} recorded"));

    private (ReadinessItemState, string) Scope()
    {
        if (record.Scope is not { } scope)
        {
            return Missing(NoScope, "$.scope", "No ISMS scope is recorded. Add \"scope\" with the statement of what the ISMS covers, its interfaces and dependencies.");
        }

        if (scope.Interfaces.IsEmpty)
        {
            Report(ScopeWithoutInterfaces, IsmsSeverity.Warning, "$.scope.interfaces", "The scope names no interfaces or dependencies (4.3 c)), such as cloud providers or outsourced services. List them in \"interfaces\".");
        }

        return Result("scope statement recorded");
    }

    private (ReadinessItemState, string) Policy()
    {
        if (record.Policy is not { } policy)
        {
            return Missing(NoPolicy, "$.policy", "No information security policy is recorded. Add \"policy\" with its title, approver and approval date.");
        }

        if (!policy.IsApproved)
        {
            Report(PolicyNotApproved, IsmsSeverity.Error, "$.policy.approvedBy", "The policy has no recorded approval by top management. Set \"approvedBy\" and \"approvedOn\".");
        }

        var due = policy.NextReview ?? policy.ApprovedOn?.Plus(assessor.ReviewInterval);
        if (due is { } d && d < today)
        {
            Report(PolicyReviewOverdue, IsmsSeverity.Warning, policy.NextReview is null ? "$.policy.approvedOn" : "$.policy.nextReview", $"The policy's review was due on {Date(d)}. Review it, record the new approval and set \"nextReview\".");
        }

        return Result(policy.IsApproved ? $"approved by {policy.ApprovedBy} on {Date(policy.ApprovedOn!.Value)}" : "recorded");
    }

    private (ReadinessItemState, string) Roles() =>
        record.Roles.Any(r => !string.IsNullOrWhiteSpace(r.Holder))
            ? (ReadinessItemState.Satisfied, string.Create(CultureInfo.InvariantCulture, $"{record.Roles.Count(r => r.Holder is not null)} role(s) assigned"))
            : Missing(NoRoles, "$.roles", "No ISMS role is assigned to a person. Name at least who ensures the ISMS conforms and reports on its performance (5.3 a), b)) in \"roles\".", IsmsSeverity.Warning);

    private (ReadinessItemState, string) Parties()
    {
        if (record.InterestedParties.IsEmpty)
        {
            return Missing(InterestedParties, "$.interestedParties", "No interested parties are recorded. List customers, regulators, staff and suppliers with their requirements in \"interestedParties\".", IsmsSeverity.Warning);
        }

        for (var i = 0; i < record.InterestedParties.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(record.InterestedParties[i].Requirements))
            {
                Report(InterestedParties, IsmsSeverity.Warning, Path("interestedParties", i, "requirements"), $"Interested party '{record.InterestedParties[i].Name}' has no requirements recorded (4.2 b)).");
            }
        }

        return Result(string.Create(CultureInfo.InvariantCulture, $"{record.InterestedParties.Length} recorded"));
    }

    private (ReadinessItemState, string) Changes()
    {
        for (var i = 0; i < record.PlannedChanges.Length; i++)
        {
            var change = record.PlannedChanges[i];
            if (!change.Done && (string.IsNullOrWhiteSpace(change.Owner) || change.PlannedFor is null))
            {
                Report(ChangeIncomplete, IsmsSeverity.Warning, Path("plannedChanges", i), $"Planned change {change.Id} names no {(change.Owner is null ? "owner" : "date")}; a change to the ISMS is carried out in a planned manner (6.3).");
            }
        }

        return Result(record.PlannedChanges.IsEmpty ? "no change planned" : string.Create(CultureInfo.InvariantCulture, $"{record.PlannedChanges.Length} planned"));
    }

    private (ReadinessItemState, string) Process(IsmsDocument? document, string code, string path, string what) =>
        document is null
            ? Missing(code, path, $"The {what} is not documented. Add a document reference in \"{path[2..]}\".")
            : (ReadinessItemState.Satisfied, document.ToString());

    private (ReadinessItemState, string) StatementOfApplicability()
    {
        if (record.Soa is not { } soa)
        {
            return record.SoaFile is { } file
                ? Missing(NoSoa, "$.soaFile", $"The Statement of Applicability '{file}' was not loaded; load the record with IsmsRecordDocument.Load so referenced files are read.")
                : Missing(NoSoa, "$.soa", "No Statement of Applicability. Embed it in \"soa\" or reference its file in \"soaFile\".");
        }

        var errors = SoaFindings().Where(d => d.Severity == SoaSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            Report(SoaInvalid, IsmsSeverity.Error, record.SoaFile is null ? "$.soa" : "$.soaFile", string.Create(CultureInfo.InvariantCulture, $"The Statement of Applicability has {errors.Count} validation error(s), first {errors[0].Code}: {errors[0].Message} Run 'iso27k soa validate' for all of them."));
        }

        return Result(string.Create(CultureInfo.InvariantCulture, $"{soa.Entries.Length} entries, no validation error"));
    }

    private (ReadinessItemState, string)? NoRegister() =>
        record.RiskRegister is not null ? null
        : record.RiskRegisterFile is { } file
            ? Missing(NoRiskRegister, "$.riskRegisterFile", $"The risk register '{file}' was not loaded; load the record with IsmsRecordDocument.Load so referenced files are read.")
            : Missing(NoRiskRegister, "$.riskRegister", "No risk register. Embed it in \"riskRegister\" or reference its file in \"riskRegisterFile\".");

    private (ReadinessItemState, string) TreatmentPlan()
    {
        if (NoRegister() is { } missing)
        {
            return missing;
        }

        var risks = record.RiskRegister!.Risks;
        for (var i = 0; i < risks.Length; i++)
        {
            if (risks[i].Treatment is null)
            {
                Report(RiskWithoutTreatment, IsmsSeverity.Error, RegisterPath(i, "treatment"), $"Risk {risks[i].Id} has no treatment decision (modify, retain, avoid or share); the treatment plan must cover every risk (6.1.3 e)).");
            }
        }

        return risks.IsEmpty && found.Count == 0
            ? Missing(NoRiskRegister, "$.riskRegister.risks", "The risk register holds no risk, so there is no treatment plan.")
            : Result(string.Create(CultureInfo.InvariantCulture, $"{record.RiskRegister.TreatmentPlan.SelectedControls.Count} control(s) selected for {risks.Length} risk(s)"));
    }

    private string RegisterPath(int index, string property) =>
        record.RiskRegisterFile is null
            ? string.Create(CultureInfo.InvariantCulture, $"$.riskRegister.risks[{index}].{property}")
            : string.Create(CultureInfo.InvariantCulture, $"$.risks[{index}].{property}");

    private (ReadinessItemState, string) AssessmentResults()
    {
        if (NoRegister() is { } missing)
        {
            return missing;
        }

        var errors = RiskFindings().Where(d => d.Severity == RiskDiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            Report(RiskRegisterInvalid, IsmsSeverity.Error, record.RiskRegisterFile is null ? "$.riskRegister" : "$.riskRegisterFile", string.Create(CultureInfo.InvariantCulture, $"The risk register has {errors.Count} validation error(s), first {errors[0].Code}: {errors[0].Message}"));
        }

        return Result(string.Create(CultureInfo.InvariantCulture, $"{record.RiskRegister!.Risks.Length} risk(s) assessed"));
    }

    private (ReadinessItemState, string) TreatmentResults()
    {
        if (NoRegister() is { } missing)
        {
            return missing;
        }

        var risks = record.RiskRegister!.Risks;
        for (var i = 0; i < risks.Length; i++)
        {
            if (risks[i].Treatment is { } option && option != TreatmentOption.Retain && risks[i].Residual is null)
            {
                Report(TreatmentResultMissing, IsmsSeverity.Warning, RegisterPath(i, "residual"), $"Risk {risks[i].Id} is treated ({option.ToString().ToLowerInvariant()}) but has no residual assessment, so the result of its treatment is not recorded (8.3).");
            }
        }

        return Result("treatment results recorded");
    }

    private (ReadinessItemState, string) Objectives()
    {
        if (record.Objectives.IsEmpty)
        {
            return Missing(NoObjectives, "$.objectives", "No information security objectives. Add measurable objectives with an owner in \"objectives\".");
        }

        for (var i = 0; i < record.Objectives.Length; i++)
        {
            var objective = record.Objectives[i];
            if (string.IsNullOrWhiteSpace(objective.Measure) || string.IsNullOrWhiteSpace(objective.Owner))
            {
                var what = string.IsNullOrWhiteSpace(objective.Measure) ? "measure" : "owner";
                Report(ObjectiveIncomplete, IsmsSeverity.Error, Path("objectives", i, what), $"Objective {objective.Id} has no {what}; objectives must be measurable (6.2 b)) and name who is responsible (6.2 f)).");
            }
        }

        return Result(string.Create(CultureInfo.InvariantCulture, $"{record.Objectives.Length} objective(s)"));
    }

    private (ReadinessItemState, string) ObjectivePlans()
    {
        if (record.Objectives.IsEmpty)
        {
            return (ReadinessItemState.Missing, "no objectives to plan (see ISMS025)");
        }

        for (var i = 0; i < record.Objectives.Length; i++)
        {
            if (record.Objectives[i].Due is null)
            {
                Report(ObjectiveWithoutDueDate, IsmsSeverity.Warning, Path("objectives", i, "due"), $"Objective {record.Objectives[i].Id} has no due date; the plan must say when it will be completed (6.2 i)).");
            }
        }

        return Result("every objective planned");
    }

    private (ReadinessItemState, string) Competence()
    {
        if (record.Competence.IsEmpty)
        {
            return Missing(NoCompetence, "$.competence", "No evidence of competence. Record training, certificates or experience of the people doing ISMS work in \"competence\".");
        }

        for (var i = 0; i < record.Competence.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(record.Competence[i].Evidence))
            {
                Report(CompetenceWithoutEvidence, IsmsSeverity.Warning, Path("competence", i, "evidence"), $"The competence record of {record.Competence[i].Person} points to no evidence (certificate, training log).");
            }
        }

        return Result(string.Create(CultureInfo.InvariantCulture, $"{record.Competence.Length} record(s)"));
    }

    private (ReadinessItemState, string) Monitoring()
    {
        if (record.MonitoringResults.IsEmpty)
        {
            return Missing(NoMonitoringResults, "$.monitoringResults", "No monitoring or measurement results. Record what was measured, when and the result in \"monitoringResults\".");
        }

        var latest = record.MonitoringResults.Max(m => m.MeasuredOn);
        if (latest.Plus(assessor.ReviewInterval) < today)
        {
            var index = record.MonitoringResults.IndexOf(record.MonitoringResults.First(m => m.MeasuredOn == latest));
            Report(MonitoringOutdated, IsmsSeverity.Warning, Path("monitoringResults", index, "measuredOn"), $"The latest monitoring result is from {Date(latest)}, more than {IsmsText.Format(assessor.ReviewInterval)} ago.");
        }

        return Result($"latest {Date(latest)}");
    }

    private (ReadinessItemState, string) Audits()
    {
        var programme = record.InternalAudit;
        var held = programme?.Audits.Select((a, i) => (Audit: a, Index: i)).Where(a => a.Audit.HeldOn <= today).ToList() ?? [];
        if (programme is null || held.Count == 0)
        {
            var reason = programme is null ? "No internal audit programme" : "No internal audit has been held yet";
            return Missing(NoInternalAudit, programme is null ? "$.internalAudit" : "$.internalAudit.audits", $"{reason}. Plan audits in \"internalAudit\" and record each audit held with its findings.");
        }

        var latest = held.MaxBy(a => a.Audit.HeldOn);
        if (latest.Audit.HeldOn.Plus(assessor.AuditInterval) < today)
        {
            Report(InternalAuditOutdated, IsmsSeverity.Error, $"$.internalAudit.audits[{latest.Index.ToString(CultureInfo.InvariantCulture)}].heldOn", $"The latest internal audit ({latest.Audit.Id}, {Date(latest.Audit.HeldOn)}) is older than {IsmsText.Format(assessor.AuditInterval)}; audit the ISMS at planned intervals before the certification audit.");
        }

        foreach (var (audit, index) in held)
        {
            if (string.IsNullOrWhiteSpace(audit.Auditor))
            {
                Report(AuditWithoutAuditor, IsmsSeverity.Warning, $"$.internalAudit.audits[{index.ToString(CultureInfo.InvariantCulture)}].auditor", $"Internal audit {audit.Id} names no auditor; auditors are chosen for objectivity and impartiality (9.2.2 c)).");
            }
        }

        return Result($"latest audit {latest.Audit.Id} on {Date(latest.Audit.HeldOn)}");
    }

    private (ReadinessItemState, string) Review()
    {
        var held = record.ManagementReviews.Select((r, i) => (Review: r, Index: i)).Where(r => r.Review.HeldOn <= today).OrderBy(r => r.Review.HeldOn).ToList();
        if (held.Count == 0)
        {
            return Missing(NoManagementReview, "$.managementReviews", "No management review has been held. Record top management's review with the inputs of 9.3.2 and its decisions in \"managementReviews\".");
        }

        var (review, index) = held[^1];
        var path = $"$.managementReviews[{index.ToString(CultureInfo.InvariantCulture)}]";
        if (held.Count > 1 && !review.Inputs.Contains(ManagementReviewInput.PreviousActions))
        {
            Report(ReviewWithoutPreviousActions, IsmsSeverity.Error, path + ".inputs", $"Management review {review.Id} does not consider the status of actions from previous reviews (9.3.2 a)); add \"previous-actions\" to its inputs once they are discussed.", "9.3.2");
        }

        var others = ManagementReview.AllInputs.Where(i => i != ManagementReviewInput.PreviousActions && !review.Inputs.Contains(i)).ToList();
        if (others.Count > 0)
        {
            Report(ReviewMissingInputs, IsmsSeverity.Error, path + ".inputs", $"Management review {review.Id} does not consider: {string.Join(", ", others.Select(IsmsText.Format))} (9.3.2).", "9.3.2");
        }

        if (review.Decisions.IsEmpty)
        {
            Report(ReviewWithoutDecisions, IsmsSeverity.Error, path + ".decisions", $"Management review {review.Id} records no decisions on improvement opportunities or needed changes (9.3.3).");
        }

        if (review.HeldOn.Plus(assessor.ReviewInterval) < today)
        {
            Report(ManagementReviewOutdated, IsmsSeverity.Error, path + ".heldOn", $"The latest management review ({review.Id}, {Date(review.HeldOn)}) is older than {IsmsText.Format(assessor.ReviewInterval)}; review the ISMS at planned intervals.");
        }

        return Result($"latest review {review.Id} on {Date(review.HeldOn)}");
    }

    private (ReadinessItemState, string) Nonconformities()
    {
        var log = record.Nonconformities;
        var ids = log.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var audits = record.InternalAudit?.Audits ?? [];
        for (var a = 0; a < audits.Length; a++)
        {
            for (var f = 0; f < audits[a].Findings.Length; f++)
            {
                var finding = audits[a].Findings[f];
                if (finding.IsNonconformity && (finding.NonconformityId is null || !ids.Contains(finding.NonconformityId)))
                {
                    Report(FindingNotTracked, IsmsSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"$.internalAudit.audits[{a}].findings[{f}].nonconformityId"), $"Finding {finding.Id} of audit {audits[a].Id} is a nonconformity but {(finding.NonconformityId is null ? "names no entry" : $"names '{finding.NonconformityId}', which is not")} in the nonconformity log; raise it in \"nonconformities\" and link it.");
                }
            }
        }

        for (var i = 0; i < log.Length; i++)
        {
            var nc = log[i];
            if (nc.Actions.IsEmpty && string.IsNullOrWhiteSpace(nc.Correction))
            {
                Report(NonconformityWithoutAction, IsmsSeverity.Error, Path("nonconformities", i), $"Nonconformity {nc.Id} has neither a correction nor a corrective action (10.2 a), c)).");
            }

            for (var j = 0; j < nc.Actions.Length; j++)
            {
                var action = nc.Actions[j];
                if (action.Status != CorrectiveActionStatus.Done && action.Due is { } due && due < today)
                {
                    Report(CorrectiveActionOverdue, IsmsSeverity.Warning, string.Create(CultureInfo.InvariantCulture, $"$.nonconformities[{i}].actions[{j}].due"), $"A corrective action of {nc.Id} was due on {Date(due)} and is {IsmsText.Format(action.Status)}.");
                }
            }
        }

        return Result(log.IsEmpty ? "no nonconformity recorded" : string.Create(CultureInfo.InvariantCulture, $"{log.Length} nonconformity(ies), {log.Count(n => !n.IsClosed)} open"));
    }

    private (ReadinessItemState, string) CorrectiveResults()
    {
        for (var i = 0; i < record.Nonconformities.Length; i++)
        {
            var nc = record.Nonconformities[i];
            if (nc.IsClosed && string.IsNullOrWhiteSpace(nc.Result))
            {
                Report(ClosedWithoutResult, IsmsSeverity.Error, Path("nonconformities", i, "result"), $"Nonconformity {nc.Id} is closed without a recorded result of its corrective action and effectiveness review (10.2 d), g)).");
            }
        }

        return Result(string.Create(CultureInfo.InvariantCulture, $"{record.Nonconformities.Count(n => n.IsClosed)} closed with results"));
    }

    private ImmutableArray<SoaDiagnostic> SoaFindings() =>
        soaFindings ??= SoaValidator.CreateBuilder().WithClock(assessor.Clock).WithTimeZone(assessor.Zone).Build()
            .Validate(record.Soa!, record.RiskRegister is { } register ? RiskContext(register) : null);

    private ImmutableArray<RiskDiagnostic> RiskFindings() =>
        riskFindings ??= new RiskRegisterValidator(assessor.Clock, assessor.Zone).Validate(record.RiskRegister!);

    internal static SoaRiskContext RiskContext(RiskRegister register) =>
        new(register.RiskIds, register.TreatmentPlan.RisksByControl.SelectMany(p => p.Value.Select(r => new KeyValuePair<ControlId, string>(p.Key, r))));
}
