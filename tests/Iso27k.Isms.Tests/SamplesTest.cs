namespace Iso27k.Isms.Tests;

public class SamplesTest
{
    [Fact]
    public void SampleRecordReadsWithoutDiagnostics()
    {
        var document = IsmsFixtures.SampleDocument;
        Assert.Empty(document.Diagnostics);
        var record = IsmsFixtures.Complete;
        Assert.Equal("soa.json", record.SoaFile);
        Assert.Equal("../risk/register.json", record.RiskRegisterFile);
        Assert.NotNull(record.Soa);
        Assert.Equal(93, record.Soa.Entries.Length);
        Assert.Equal(6, record.RiskRegister!.Risks.Length);
        Assert.Equal("\"ACC-1042\"", record.Certification!.Extensions["x-crmAccount"]);
    }

    [Fact]
    public void SampleRecordIsReady()
    {
        var report = IsmsFixtures.Assessor().Assess(IsmsFixtures.Complete);
        Assert.Empty(report.Diagnostics);
        Assert.Equal(ReadinessStatus.Ready, report.Status);
        Assert.False(report.HasMissingRequirements);
        Assert.Equal(18, report.Score.Total);
        Assert.Equal(18, report.Score.Satisfied);
        Assert.Equal(100, report.Score.Percent);
        Assert.Equal("18 satisfied / 18 required = 100.0% (0 deficient, 0 missing)", report.Score.Formula);
        Assert.All(report.Clauses.Where(c => !c.Items.IsEmpty), c => Assert.Equal(ReadinessStatus.Ready, c.Status));
        Assert.Equal(ReadinessStatus.NotAssessed, report["7.1"].Status);
    }

    [Fact]
    public void SamplePlanIsDoneUpToTheCertificationAudits()
    {
        var plan = IsmsFixtures.Assessor().Assess(IsmsFixtures.Complete).Plan;
        Assert.Equal(9, plan.Length);
        Assert.All(plan.Take(7), s => Assert.Equal(CertificationStepStatus.Done, s.Status));
        Assert.Equal(CertificationStepStatus.InProgress, plan[7].Status);
        Assert.Equal("scheduled for 2026-04-20", plan[7].Detail);
        Assert.Equal(CertificationStepStatus.InProgress, plan[8].Status);
        Assert.Equal("91 of 91 applicable controls implemented (100%)", plan[4].Detail);
    }

    [Fact]
    public void SampleCertificateTo2013HasLapsed()
    {
        var transition = IsmsFixtures.Assessor().Assess(IsmsFixtures.Complete).Transition;
        Assert.Equal(TransitionStatus.Lapsed2013, transition.Status);
        Assert.Equal(IsmsDiagnosticCodes.Certificate2013Lapsed, transition.Code);
        Assert.Equal(new NodaTime.LocalDate(2025, 10, 31), transition.ValidUntil);
    }
}
