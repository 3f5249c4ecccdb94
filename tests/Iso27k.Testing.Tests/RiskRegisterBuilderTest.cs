using Iso27k.Risk;

namespace Iso27k.Testing.Tests;

public class RiskRegisterBuilderTest
{
    [Fact]
    public void BuildsARegisterTheValidatorAccepts()
    {
        var register = RiskRegisterBuilder.Create().WithTitle("Baseline").AddTreatedRisks(25).Build();
        Assert.Equal(25, register.Risks.Length);
        Assert.Empty(new RiskRegisterValidator(FakeClock.FromUtc(2026, 6, 1)).Validate(register));
    }

    [Fact]
    public void ReportsOverdueReviewOnceTheClockPassesNextReview()
    {
        var clock = FakeClock.FromUtc(2026, 6, 1);
        var validator = new RiskRegisterValidator(clock);
        var register = RiskRegisterBuilder.Create().Add(RiskRegisterBuilder.TreatedRisk("R-1")).Build();
        Assert.Empty(validator.Validate(register));
        clock.Reset(RiskRegisterBuilder.NextReview.PlusDays(1));
        Assert.Contains(validator.Validate(register), d => d.Code == RiskDiagnosticCodes.ReviewOverdue);
    }
}
