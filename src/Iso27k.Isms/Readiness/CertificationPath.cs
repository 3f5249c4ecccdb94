using System.Collections.Immutable;
using System.Globalization;
using Iso27k.Soa;
using NodaTime;

namespace Iso27k.Isms;

// The ordered certification path and the certificate's transition status, derived from the record and the items.
internal static class CertificationPath
{
    public static ImmutableArray<CertificationStep> Build(IsmsRecord record, ImmutableArray<ReadinessItem> items, LocalDate today)
    {
        var steps = ImmutableArray.CreateBuilder<CertificationStep>(9);
        steps.Add(FromItems(1, "Leadership commitment", "5.1, 5.2, 5.3, 6.2", items, ["5.2/policy", "5.3/roles", "6.2/objectives", "6.2/objective-plans"]));
        steps.Add(FromItems(2, "ISMS scope", "4.1, 4.2, 4.3", items, ["4.1/issues", "4.2/interested-parties", "4.3/scope"]));
        steps.Add(FromItems(3, "Risk assessment", "6.1.2, 8.2", items, ["6.1.2/risk-assessment-process", "8.2/risk-assessment-results"]));
        steps.Add(FromItems(4, "Statement of Applicability", "6.1.3", items, ["6.1.3/risk-treatment-process", "6.1.3/soa", "6.1.3/risk-treatment-plan"]));
        steps.Add(Implementation(record, items));
        steps.Add(FromItems(6, "Training and documentation", "7.2, 7.3, 7.5", items, ["7.2/competence", "7.5.1/documented-information"]));
        steps.Add(FromItems(7, "Internal audit and management review", "9.1, 9.2, 9.3, 10.2", items, ["9.1/monitoring-results", "9.2.2/audit-programme", "9.3.3/management-review", "10.2/nonconformities", "10.2/corrective-action-results"]));
        var certified = record.Certification?.IssuedOn is { } issued && issued <= today;
        steps.Add(Audit(8, "Stage 1 audit (documentation review)", record.Certification?.Stage1On, certified, today));
        steps.Add(Audit(9, "Stage 2 audit (certification audit)", record.Certification?.Stage2On, certified, today));
        return steps.MoveToImmutable();
    }

    private static CertificationStep FromItems(int order, string title, string clauses, ImmutableArray<ReadinessItem> items, string[] ids)
    {
        var chosen = items.Where(i => ids.Contains(i.Id, StringComparer.Ordinal)).ToList();
        var satisfied = chosen.Count(i => i.State == ReadinessItemState.Satisfied);
        var present = chosen.Count(i => i.State != ReadinessItemState.Missing);
        var status = satisfied == chosen.Count ? CertificationStepStatus.Done
            : present > 0 ? CertificationStepStatus.InProgress
            : CertificationStepStatus.NotStarted;
        var open = chosen.Where(i => i.State != ReadinessItemState.Satisfied).Select(i => $"{i.ClauseId} {i.Description} {IsmsText.Format(i.State)}").ToList();
        var detail = string.Create(CultureInfo.InvariantCulture, $"{satisfied} of {chosen.Count} items satisfied") + (open.Count == 0 ? string.Empty : "; open: " + string.Join("; ", open));
        return new CertificationStep(order, title, clauses, status, detail);
    }

    private static CertificationStep Implementation(IsmsRecord record, ImmutableArray<ReadinessItem> items)
    {
        const string Title = "Control implementation";
        const string Clauses = "6.1.3 e), 8.1, 8.3";
        if (record.Soa is not { } soa)
        {
            return new CertificationStep(5, Title, Clauses, CertificationStepStatus.NotStarted, "no Statement of Applicability to implement");
        }

        var applicable = soa.Entries.Where(e => e.Applicability == Applicability.Applicable).ToList();
        var implemented = applicable.Count(e => e.ImplementationStatus == ImplementationStatus.Implemented);
        var records = items.Where(i => i.Id is "8.1/operational-records" or "8.3/risk-treatment-results").ToList();
        var recordsOk = records.All(i => i.State == ReadinessItemState.Satisfied);
        var status = applicable.Count > 0 && implemented == applicable.Count && recordsOk ? CertificationStepStatus.Done
            : implemented > 0 || records.Any(i => i.State != ReadinessItemState.Missing) ? CertificationStepStatus.InProgress
            : CertificationStepStatus.NotStarted;
        var percent = applicable.Count == 0 ? 0 : 100.0 * implemented / applicable.Count;
        var detail = string.Create(CultureInfo.InvariantCulture, $"{implemented} of {applicable.Count} applicable controls implemented ({percent:0}%)");
        if (!recordsOk)
        {
            detail += "; open: " + string.Join("; ", records.Where(i => i.State != ReadinessItemState.Satisfied).Select(i => $"{i.ClauseId} {i.Description} {IsmsText.Format(i.State)}"));
        }

        return new CertificationStep(5, Title, Clauses, status, detail);
    }

    private static CertificationStep Audit(int order, string title, LocalDate? date, bool certified, LocalDate today)
    {
        const string Clauses = "ISO/IEC 17021-1 9.3.1";
        return date switch
        {
            { } d when d <= today => new CertificationStep(order, title, Clauses, CertificationStepStatus.Done, $"held on {IsmsText.Format(d)}"),
            { } d => new CertificationStep(order, title, Clauses, CertificationStepStatus.InProgress, $"scheduled for {IsmsText.Format(d)}"),
            null when certified => new CertificationStep(order, title, Clauses, CertificationStepStatus.Done, "a certificate has been issued"),
            _ => new CertificationStep(order, title, Clauses, CertificationStepStatus.NotStarted, "not scheduled; agree a date with a certification body"),
        };
    }

    public static TransitionAssessment Transition(CertificationRecord? certification, LocalDate today)
    {
        if (certification?.IssuedOn is not { } issued || issued > today)
        {
            return new TransitionAssessment(TransitionStatus.NotCertified, null, null, null, null, "No certificate is recorded.");
        }

        var edition = certification.Edition;
        var deadline = TransitionAssessment.TransitionDeadline;
        var expires = certification.ExpiresOn;
        if (edition == Edition.Iso2013)
        {
            var validUntil = expires is { } e && e < deadline ? e : deadline;
            var days = Period.Between(today, validUntil, PeriodUnits.Days).Days;
            var late = issued > TransitionAssessment.Last2013CertificationAudit
                ? $" Note: it was issued on {IsmsText.Format(issued)}, after the last day for 2013 initial or recertification audits ({IsmsText.Format(TransitionAssessment.Last2013CertificationAudit)}); check its basis."
                : string.Empty;
            if (today > deadline)
            {
                return new TransitionAssessment(TransitionStatus.Lapsed2013, edition, validUntil, days, IsmsDiagnosticCodes.Certificate2013Lapsed, $"The certificate is to the 2013 edition; such certificates are no longer valid after {IsmsText.Format(deadline)}. Certify to ISO/IEC 27001:2022 (a new initial certification with stage 1 and stage 2 audits).{late}");
            }

            if (expires is { } x && x < today)
            {
                return new TransitionAssessment(TransitionStatus.Expired, edition, validUntil, days, IsmsDiagnosticCodes.CertificateExpired, $"The 2013-edition certificate expired on {IsmsText.Format(x)}.{late}");
            }

            return new TransitionAssessment(TransitionStatus.TransitionPending, edition, validUntil, days, IsmsDiagnosticCodes.TransitionPending, string.Create(CultureInfo.InvariantCulture, $"The certificate is to the 2013 edition and valid until {IsmsText.Format(validUntil)} ({days} days). Hold a transition audit to ISO/IEC 27001:2022 before then.{late}"));
        }

        if (expires is { } expiry)
        {
            var days = Period.Between(today, expiry, PeriodUnits.Days).Days;
            return expiry < today
                ? new TransitionAssessment(TransitionStatus.Expired, edition, expiry, days, IsmsDiagnosticCodes.CertificateExpired, $"The certificate expired on {IsmsText.Format(expiry)}; a recertification audit is needed.")
                : new TransitionAssessment(TransitionStatus.Current, edition, expiry, days, null, string.Create(CultureInfo.InvariantCulture, $"Certified to ISO/IEC 27001:2022 until {IsmsText.Format(expiry)} ({days} days)."));
        }

        return new TransitionAssessment(TransitionStatus.Current, edition, null, null, null, "Certified to ISO/IEC 27001:2022 (no expiry date recorded).");
    }
}
