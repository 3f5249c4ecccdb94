using NodaTime;

namespace Iso27k.Soa.Tests;

internal static class SoaFixtures
{
    public static readonly LocalDate Today = new(2026, 3, 15);

    public static readonly LocalDate Reviewed = new(2026, 1, 10);

    public static readonly ControlId C5_23 = ControlId.Parse("5.23");

    public static readonly ControlId C7_4 = ControlId.Parse("7.4");

    public static SoaValidator Validator() => SoaValidator.CreateBuilder().WithClock(FakeClock.FromUtc(2026, 3, 15, 12, 0)).Build();

    // A complete SoA that a careful organization would hand an auditor: no finding at all.
    public static StatementOfApplicability Complete(Edition edition = Edition.Iso2022) => SoaBuilder.Complete(edition);

    public static SoaEntry Good(ControlId id) =>
        SoaEntry.Applicable(id, InclusionReason.RiskTreatment("R-1"), InclusionReason.Business)
            .WithImplementationStatus(ImplementationStatus.Implemented)
            .WithOwner("CISO")
            .WithEvidence("ISMS-POL-01")
            .WithLastReviewed(Reviewed);

    public static SoaEntry GoodExclusion(ControlId id) =>
        SoaEntry.Excluded(id, "No physical office: all staff work remotely and hosting is with AWS.").WithLastReviewed(Reviewed);

    public static SoaRiskContext Risks(params (string Control, string Risk)[] selections) =>
        new(["R-1", "R-2", "R-3"], selections.Select(s => KeyValuePair.Create(ControlId.Parse(s.Control), s.Risk)));
}
