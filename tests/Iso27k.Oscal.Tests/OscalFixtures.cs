using FsCheck;
using FsCheck.Fluent;
using Iso27k.Soa;
using NodaTime;

namespace Iso27k.Oscal.Tests;

internal static class OscalFixtures
{
    private static readonly string?[] Texts =
    [
        null, "No physical premises: staff work remotely.", "line one\nline two", " padded ", "Ünïcödé ✓ \"quoted\"", "CISO",
    ];

    public static StatementOfApplicability Sample2022() =>
        new StatementOfApplicability(Edition.Iso2022,
        [
            SoaEntry.Applicable(ControlId.Parse("5.1"), InclusionReason.Business).WithImplementationStatus(ImplementationStatus.Implemented)
                .WithOwner("CISO").WithEvidence("POL-01", "https://wiki.example/isms").WithLastReviewed(new LocalDate(2026, 1, 15)),
            SoaEntry.Applicable(ControlId.Parse("5.7"), InclusionReason.RiskTreatment("R-1", "R-2")).WithImplementationStatus(ImplementationStatus.PartiallyImplemented),
            SoaEntry.Applicable(ControlId.Parse("8.15")).WithImplementationStatus(ImplementationStatus.NotStarted).WithNotes("Budget approved for Q3."),
            SoaEntry.Applicable(ControlId.Parse("8.16")).WithImplementationStatus(ImplementationStatus.Planned),
            SoaEntry.Excluded(ControlId.Parse("7.4"), "No physical premises: staff work remotely."),
            SoaEntry.Excluded(ControlId.Parse("8.28"), "No software is developed in house."),
            new SoaEntry(ControlId.Parse("6.7")),
        ])
        .WithOrganization("Example GmbH")
        .WithScope("Cloud payroll service")
        .WithVersion("2.1")
        .WithApproval(new SoaApproval("Board", new LocalDate(2026, 2, 1)))
        .WithLastModified(new LocalDate(2026, 2, 3));

    public static StatementOfApplicability Sample2013() =>
        new StatementOfApplicability(Edition.Iso2013,
        [
            SoaEntry.Applicable(ControlId.Parse("A.5.1.1"), InclusionReason.Legal).WithImplementationStatus(ImplementationStatus.Implemented),
            SoaEntry.Excluded(ControlId.Parse("A.14.2.7"), "No outsourced development."),
        ]);

    public static Gen<SoaEntry> Entry(ControlId id) =>
        from applicability in Gen.Elements(Applicability.Applicable, Applicability.Excluded, Applicability.Undecided)
        from justification in Gen.Elements(Texts)
        from status in Gen.Elements<ImplementationStatus?>(null, ImplementationStatus.NotStarted, ImplementationStatus.Planned, ImplementationStatus.PartiallyImplemented, ImplementationStatus.Implemented)
        from owner in Gen.Elements(Texts)
        from notes in Gen.Elements(Texts)
        from risk in Gen.Elements(true, false)
        select new SoaEntry(id)
            .WithApplicability(applicability)
            .WithInclusionReasons(risk ? [InclusionReason.RiskTreatment("R-1")] : [InclusionReason.Contractual])
            .WithExclusionJustification(justification)
            .WithImplementationStatus(status)
            .WithOwner(owner)
            .WithNotes(notes);

    public static Arbitrary<StatementOfApplicability> Statements(Edition edition)
    {
        var ids = IsoCatalogs.ForEdition(edition).Controls.Select(c => c.Id).ToArray();
        var gen = from chosen in Gen.SubListOf(ids)
                  from duplicate in Gen.Elements(true, false)
                  from entries in Gen.CollectToArray(duplicate && chosen.Count > 0 ? [.. chosen, chosen[0]] : chosen, Entry)
                  from organization in Gen.Elements(Texts)
                  from scope in Gen.Elements(Texts)
                  from version in Gen.Elements<string?>(null, "1.0", "2.3-draft")
                  select new StatementOfApplicability(edition, entries.Append(new SoaEntry(ControlId.Create2013(5, 1, 1))))
                      .WithOrganization(organization)
                      .WithScope(scope)
                      .WithVersion(version);
        return gen.ToArbitrary();
    }
}
