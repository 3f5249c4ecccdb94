using NodaTime;

namespace Iso27k.Isms.Tests;

public class TransitionTest
{
    private static TransitionAssessment Assess(CertificationRecord? certification, LocalDate today) =>
        IsmsFixtures.Assessor(today).Assess(new IsmsRecord().WithCertification(certification)).Transition;

    private static CertificationRecord Certificate(Edition edition, LocalDate issued, LocalDate expires) =>
        new CertificationRecord(edition).WithCertificate("C-1", issued, expires);

    [Fact]
    public void Reports2013CertificatePendingBeforeTheDeadline()
    {
        var t = Assess(Certificate(Edition.Iso2013, new(2023, 3, 1), new(2026, 2, 28)), new(2025, 10, 1));
        Assert.Equal(TransitionStatus.TransitionPending, t.Status);
        Assert.Equal("ISMS042", t.Code);
        Assert.Equal(new LocalDate(2025, 10, 31), t.ValidUntil);
        Assert.Equal(30, t.DaysRemaining);
    }

    [Fact]
    public void Reports2013CertificateValidOnTheLastDay()
    {
        var t = Assess(Certificate(Edition.Iso2013, new(2023, 3, 1), new(2026, 2, 28)), new(2025, 10, 31));
        Assert.Equal(TransitionStatus.TransitionPending, t.Status);
        Assert.Equal(0, t.DaysRemaining);
    }

    [Fact]
    public void ReportsIsms040Given2013CertificateAfterTheDeadline()
    {
        var t = Assess(Certificate(Edition.Iso2013, new(2023, 3, 1), new(2026, 2, 28)), new(2025, 11, 1));
        Assert.Equal(TransitionStatus.Lapsed2013, t.Status);
        Assert.Equal("ISMS040", t.Code);
        Assert.Equal(-1, t.DaysRemaining);
    }

    [Fact]
    public void ReportsIsms041Given2013CertificateExpiredBeforeTheDeadline()
    {
        var t = Assess(Certificate(Edition.Iso2013, new(2022, 3, 1), new(2025, 2, 28)), new(2025, 6, 1));
        Assert.Equal(TransitionStatus.Expired, t.Status);
        Assert.Equal("ISMS041", t.Code);
        Assert.Equal(new LocalDate(2025, 2, 28), t.ValidUntil);
    }

    [Fact]
    public void NotesA2013CertificateIssuedAfterTheLastAuditDay()
    {
        var t = Assess(Certificate(Edition.Iso2013, new(2024, 6, 1), new(2027, 5, 31)), new(2025, 1, 1));
        Assert.Contains("2024-04-30", t.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports2022CertificateCurrentThenExpired()
    {
        var certificate = Certificate(Edition.Iso2022, new(2025, 6, 1), new(2028, 5, 31));
        Assert.Equal(TransitionStatus.Current, Assess(certificate, new(2026, 1, 1)).Status);
        Assert.Null(Assess(certificate, new(2026, 1, 1)).Code);
        var expired = Assess(certificate, new(2028, 6, 1));
        Assert.Equal(TransitionStatus.Expired, expired.Status);
        Assert.Equal("ISMS041", expired.Code);
    }

    [Fact]
    public void ReportsNotCertifiedWithoutIssueDateOrBeforeIt()
    {
        Assert.Equal(TransitionStatus.NotCertified, Assess(null, new(2026, 1, 1)).Status);
        Assert.Equal(TransitionStatus.NotCertified, Assess(new CertificationRecord(Edition.Iso2022).WithAudits(new(2026, 2, 1), null), new(2026, 1, 1)).Status);
        Assert.Equal(TransitionStatus.NotCertified, Assess(Certificate(Edition.Iso2022, new(2026, 6, 1), new(2029, 5, 31)), new(2026, 1, 1)).Status);
    }

    [Fact]
    public void StageAuditsAreDoneOnceHeld()
    {
        var record = new IsmsRecord().WithCertification(new CertificationRecord(Edition.Iso2022).WithAudits(new(2026, 1, 10), new(2026, 2, 20)));
        var plan = IsmsFixtures.Assessor(new(2026, 2, 1)).Assess(record).Plan;
        Assert.Equal(CertificationStepStatus.Done, plan[7].Status);
        Assert.Equal(CertificationStepStatus.InProgress, plan[8].Status);
        Assert.Equal(CertificationStepStatus.Done, IsmsFixtures.Assessor(new(2026, 2, 20)).Assess(record).Plan[8].Status);
    }
}
