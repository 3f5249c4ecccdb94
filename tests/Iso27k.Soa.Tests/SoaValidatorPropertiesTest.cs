using FsCheck;
using FsCheck.Fluent;

namespace Iso27k.Soa.Tests;

public sealed class SoaValidatorPropertiesTest
{
    private static readonly SoaValidator Validator = SoaFixtures.Validator();

    [Fact]
    public void ReportsNoErrorGivenCompleteWellJustifiedSoa()
    {
        Prop.ForAll(Iso27kArbitraries.CompleteSoaStatement(SoaFixtures.Today), soa =>
                !Validator.Validate(soa).Any(d => d.Severity == SoaSeverity.Error))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ReportsExactlyOneMissingErrorForTheRemovedEntry()
    {
        var arb = Iso27kArbitraries.CompleteSoaStatement(SoaFixtures.Today).Generator
            .SelectMany(soa => Gen.Choose(0, soa.Entries.Length - 1).Select(i => (soa, i)))
            .ToArbitrary();
        Prop.ForAll(arb, pair =>
            {
                var (soa, index) = pair;
                var removed = soa.Entries[index].ControlId;
                var errors = Validator.Validate(soa.WithoutEntry(removed)).Where(d => d.Severity == SoaSeverity.Error).ToList();
                return errors.Count == 1 && errors[0].Code == "SOA001" && errors[0].ControlId == removed;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void NeverThrowsGivenArbitrarySoa()
    {
        Prop.ForAll(Iso27kArbitraries.SoaStatement(csvSafe: false), soa => Validator.Validate(soa, SoaFixtures.Risks(("5.1", "R-9"))).Length >= 0)
            .QuickCheckThrowOnFailure();
    }
}
