using Iso27k.Risk;
using Iso27k.Risk.Matrix;
using Iso27k.Soa;
using NodaTime;

namespace Iso27k.Samples;

/// <summary>
/// The journey of `iso27k demo` in a page of code: a risk register, its treatment plan, the SoA it implies, the
/// SoA validated against the register, and the company's 2013 SoA migrated to 2022.
/// </summary>
public static class SaasJourney
{
    public static int Run(TextWriter output)
    {
        var today = new LocalDate(2026, 11, 21);
        var criteria = new RiskCriteria("RC", "1", RiskMatrixPresets.Multiplicative5x5, "Medium");
        var risks = new[]
        {
            new Iso27k.Risk.Risk("R-01", "Insecure code reaches production").WithOwner("CTO")
                .WithCurrent(RiskAssessment.FromMatrix(4, 4)).WithResidual(RiskAssessment.FromMatrix(2, 4))
                .WithTreatment(TreatmentOption.Modify, [ControlId.Parse("8.28"), ControlId.Parse("8.25")]),
            new Iso27k.Risk.Risk("R-02", "Cloud misconfiguration").WithOwner("Head of Platform")
                .WithCurrent(RiskAssessment.FromMatrix(3, 5)).WithResidual(RiskAssessment.FromMatrix(2, 4))
                .WithTreatment(TreatmentOption.Modify, [ControlId.Parse("5.23"), ControlId.Parse("8.9")]),
        };
        var register = new RiskRegister("Risk register", criteria, risks);
        foreach (var row in RiskRegisterScorer.Score(register).Rows)
        {
            output.WriteLine($"{row.Risk.Id}: {row.Current?.LevelLabel} -> {row.Residual?.LevelLabel}");
        }

        // Every 2022 control: applicable for the risks that select it, else for business reasons.
        var plan = register.TreatmentPlan;
        var builder = StatementOfApplicability.CreateBuilder(Edition.Iso2022);
        builder.Organization = "Northwind Cloud Ltd";
        builder.Approval = new SoaApproval("CEO", today);
        foreach (var control in IsoCatalogs.Iso27002_2022.Controls)
        {
            var reason = plan.Selects(control.Id) ? InclusionReason.RiskTreatment(plan.RisksSelecting(control.Id)) : InclusionReason.Business;
            builder.Add(SoaEntry.Applicable(control.Id, reason).WithImplementationStatus(ImplementationStatus.Planned).WithLastReviewed(today));
        }

        var soa = builder.ToStatement();
        var clock = new FixedClock(today.AtMidnight().InUtc().ToInstant());
        var findings = SoaValidator.CreateBuilder().WithClock(clock).Build().Validate(soa, register.ToSoaRiskContext());
        output.WriteLine($"SoA: {soa.Entries.Length} entries, {findings.Length} finding(s)");

        var old = StatementOfApplicability.CreateTemplate(Edition.Iso2013);
        var migration = SoaMigrator.Migrate(old);
        output.WriteLine($"Migrated 2013 template: {migration.Draft.Entries.Length} 2022 entries, {migration.Report.DecisionCount} decisions");
        return findings.Length;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
