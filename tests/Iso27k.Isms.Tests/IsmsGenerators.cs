using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Iso27k.Isms.Tests;

// FsCheck generators of ISMS records for round-trip properties; free text holds quotes, newlines and non-ASCII.
internal static class IsmsGenerators
{
    private static readonly string[] Words = ["CISO", "Managing Director", "a, b and \"c\"", "line one\nline two", "Ünïcödé ✓", " padded ", "wiki/isms/x", "R-1"];

    private static readonly string[] Unknowns = ["\"x\"", "42", "{\"a\":[1,2.5,true,null]}", "[\"t\",{}]"];

    public static Gen<string> Word => Gen.Elements(Words);

    public static Gen<string?> Text => Gen.OrNull(Gen.Elements<string?>(Words));

    public static Gen<LocalDate> Day => Gen.Choose(0, 2500).Select(d => new LocalDate(2021, 1, 1).PlusDays(d));

    public static Gen<LocalDate?> Date => Gen.Choose(0, 2500).Select(d => d == 0 ? (LocalDate?)null : new LocalDate(2021, 1, 1).PlusDays(d));

    public static Gen<KeyValuePair<string, string>[]> Ext =>
        from n in Gen.Choose(0, 2)
        from values in Gen.ArrayOf(Gen.Elements(Unknowns), n)
        select values.Select((v, i) => new KeyValuePair<string, string>("x-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), v)).ToArray();

    private static Gen<T[]> Few<T>(Gen<T> gen) => Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(gen, n));

    public static Gen<IsmsDocument> Document =>
        from title in Word
        from reference in Text
        from id in Text
        from owner in Text
        from date in Date
        from ext in Ext
        select new IsmsDocument(title, reference).WithId(id).WithOwner(owner).WithDate(date).WithExtensions(ext);

    public static Gen<InternalAudit> Audit =>
        from id in Word
        from held in Day
        from auditor in Text
        from scope in Text
        from report in Text
        from findings in Few(
            from fid in Word
            from kind in Gen.Elements(Enum.GetValues<AuditFindingKind>())
            from description in Word
            from nc in Text
            from ext in Ext
            select new AuditFinding(fid, kind, description).WithNonconformity(nc).WithExtensions(ext))
        from ext in Ext
        select new InternalAudit(id, held).WithAuditor(auditor).WithScope(scope).WithReportReference(report).WithFindings(findings).WithExtensions(ext);

    public static Gen<ManagementReview> Review =>
        from id in Word
        from held in Day
        from chair in Text
        from inputs in Gen.SubListOf(Enum.GetValues<ManagementReviewInput>())
        from decisions in Few(Word)
        from minutes in Text
        from ext in Ext
        select new ManagementReview(id, held).WithChair(chair).WithInputs(inputs).WithDecisions(decisions).WithMinutesReference(minutes).WithExtensions(ext);

    public static Gen<Nonconformity> Nonconformity =>
        from id in Word
        from raised in Day
        from description in Word
        from source in Text
        from correction in Text
        from cause in Text
        from actions in Few(
            from d in Word
            from status in Gen.Elements(Enum.GetValues<CorrectiveActionStatus>())
            from owner in Text
            from due in Date
            from done in Date
            from ext in Ext
            select new CorrectiveAction(d, status).WithOwner(owner).WithDue(due).WithStatus(status, done).WithExtensions(ext))
        from closed in Date
        from result in Text
        from ext in Ext
        select new Nonconformity(id, raised, description).WithSource(source).WithCorrection(correction).WithRootCause(cause)
            .WithActions(actions).WithClosure(closed, result).WithExtensions(ext);

    public static Gen<IsmsRecord> Record =>
        from organization in Text
        from issues in Few(Word)
        from parties in Few(from n in Word from r in Text from e in Ext select new InterestedParty(n, r).WithExtensions(e))
        from scope in Gen.OrNull(
            from s in Word
            from i in Few(Word)
            from x in Few(Word)
            from approver in Text
            from approved in Date
            from reference in Text
            from e in Ext
            select new IsmsScope(s).WithInterfaces(i).WithExclusions(x).WithApproval(approver, approved).WithReference(reference).WithExtensions(e))
        from policy in Gen.OrNull(
            from t in Word
            from approver in Text
            from approved in Date
            from next in Date
            from reference in Text
            from e in Ext
            select new IsmsPolicy(t).WithApproval(approver, approved).WithNextReview(next).WithReference(reference).WithExtensions(e))
        from roles in Few(from n in Word from h in Text from r in Text from e in Ext select new IsmsRole(n, h).WithResponsibilities(r).WithExtensions(e))
        from process in Gen.OrNull(Document)
        from treatment in Gen.OrNull(Document)
        from objectives in Few(
            from id in Word
            from d in Word
            from m in Text
            from t in Text
            from o in Text
            from due in Date
            from e in Ext
            select new SecurityObjective(id, d).WithMeasure(m, t).WithOwner(o).WithDue(due).WithExtensions(e))
        from changes in Few(from id in Word from d in Word from o in Text from p in Date from done in Gen.Elements(true, false) from e in Ext select new PlannedChange(id, d).WithOwner(o).WithPlannedFor(p).WithDone(done).WithExtensions(e))
        from competence in Few(from p in Word from c in Word from ev in Text from role in Text from date in Date from e in Ext select new CompetenceRecord(p, c, ev).WithRole(role).WithDate(date).WithExtensions(e))
        from documents in Few(Document)
        from operational in Few(Document)
        from monitoring in Few(from m in Word from measured in Day from r in Text from o in Text from e in Ext select new MonitoringResult(m, measured, r).WithObjective(o).WithExtensions(e))
        from audit in Gen.OrNull(from reference in Text from audits in Few(Audit) from e in Ext select new InternalAuditProgramme(reference, audits).WithExtensions(e))
        from reviews in Few(Review)
        from ncs in Few(Nonconformity)
        from certification in Gen.OrNull(
            from edition in Gen.Elements(Edition.Iso2013, Edition.Iso2022)
            from body in Text
            from number in Text
            from s1 in Date
            from s2 in Date
            from issued in Date
            from expires in Date
            from e in Ext
            select new CertificationRecord(edition).WithBody(body).WithAudits(s1, s2).WithCertificate(number, issued, expires).WithExtensions(e))
        from embed in Gen.Elements(false, true)
        from ext in Ext
        select new IsmsRecord(organization)
            .WithIssues(issues).WithInterestedParties(parties).WithScope(scope).WithPolicy(policy).WithRoles(roles)
            .WithRiskAssessmentProcess(process).WithRiskTreatmentProcess(treatment).WithObjectives(objectives).WithPlannedChanges(changes)
            .WithCompetence(competence).WithDocuments(documents).WithOperationalRecords(operational).WithMonitoringResults(monitoring)
            .WithInternalAudit(audit).WithManagementReviews(reviews).WithNonconformities(ncs).WithCertification(certification)
            .WithSoa(embed ? IsmsFixtures.Complete.Soa : null)
            .WithRiskRegister(embed ? IsmsFixtures.Complete.RiskRegister : null)
            .WithExtensions(ext);
}
