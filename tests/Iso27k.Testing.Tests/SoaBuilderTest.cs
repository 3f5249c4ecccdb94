using Iso27k.Soa;

namespace Iso27k.Testing.Tests;

public class SoaBuilderTest
{
    private static readonly SoaValidator Validator = SoaValidator.CreateBuilder().WithClock(FakeClock.FromUtc(2026, 3, 15)).Build();

    [Fact]
    public void BuildsCompleteSoasWithoutAnyFinding()
    {
        Assert.Empty(Validator.Validate(SoaBuilder.Complete2022()));
        Assert.Empty(Validator.Validate(SoaBuilder.Complete2013()));
        Assert.Equal(93, SoaBuilder.Complete2022().Entries.Length);
        Assert.Equal(114, SoaBuilder.Complete2013().Entries.Length);
    }

    [Fact]
    public void GeneratedCompleteSoasHaveNoError()
    {
        var today = new NodaTime.LocalDate(2026, 3, 15);
        Prop.ForAll(Iso27kArbitraries.CompleteSoaStatement(today), soa =>
                !Validator.Validate(soa).Any(d => d.Severity == SoaSeverity.Error))
            .QuickCheckThrowOnFailure();
    }
}
