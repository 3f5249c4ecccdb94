using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Iso27k.Soa.Tests;

// FsCheck generators of SoAs. CSV-safe values obey the CSV format's documented limits (list items trimmed,
// without ';'); free text may hold commas, quotes, newlines and non-ASCII.
internal static class SoaGenerators
{
    private static readonly string[] FreeText =
    [
        "Firewall policy", "GDPR Art. 32", "a, b and \"c\"", "line one\nline two", "Ünïcödé ✓", " padded ", "CISO", "=SUM(A1)",
    ];

    private static readonly string[] Items = ["POL-01", "https://wiki.example/isms", "SEC-1234", "Audit report 2025", "ñ-evidence"];

    private static readonly string[] RiskIds = ["R-1", "R-2", "R-003", "risk.7"];

    public static Gen<string?> Text => Gen.OrNull(Gen.Elements<string?>(FreeText));

    public static Gen<LocalDate?> Date =>
        Gen.Choose(0, 2000).Select(d => d == 0 ? (LocalDate?)null : new LocalDate(2022, 1, 1).PlusDays(d));

    public static Gen<InclusionReason[]> Reasons =>
        from risks in Gen.SubListOf(RiskIds)
        from kinds in Gen.SubListOf(new[] { InclusionReason.Legal, InclusionReason.Contractual, InclusionReason.Business })
        from riskFirst in Gen.Elements(true, false)
        select (risks.Count == 0
            ? kinds.ToArray()
            : riskFirst ? [InclusionReason.RiskTreatment(risks), .. kinds] : [.. kinds, InclusionReason.RiskTreatment(risks)]);

    public static Gen<SoaEntry> Entry(ControlId id, bool csvSafeUnknowns) =>
        from applicability in Gen.Elements(Applicability.Applicable, Applicability.Excluded, Applicability.Undecided)
        from reasons in Reasons
        from justification in Text
        from status in Gen.Elements<ImplementationStatus?>(null, ImplementationStatus.NotStarted, ImplementationStatus.Planned, ImplementationStatus.PartiallyImplemented, ImplementationStatus.Implemented)
        from owner in Text
        from evidence in Gen.SubListOf(Items)
        from reviewed in Date
        from notes in Text
        from unknown in Gen.Elements(0, 1, 2)
        select new SoaEntry(id)
            .WithApplicability(applicability)
            .WithInclusionReasons(reasons)
            .WithExclusionJustification(justification)
            .WithImplementationStatus(status)
            .WithOwner(owner)
            .WithEvidence(evidence)
            .WithLastReviewed(reviewed)
            .WithNotes(notes)
            .WithUnknownProperties(unknown switch
            {
                0 => [],
                1 => [SoaUnknownProperty.FromString("x-risk-owner", "Jane, \"QA\"")],
                _ => csvSafeUnknowns
                    ? [SoaUnknownProperty.FromString("x-tag", "b")]
                    : [new SoaUnknownProperty("x-score", "{\"a\":[1,2.5,true,null]}")],
            });

    public static Gen<StatementOfApplicability> Statement(Edition edition, bool csvSafe)
    {
        var ids = IsoCatalogs.ForEdition(edition).Controls.Select(c => c.Id).ToArray();
        return from chosen in Gen.SubListOf(ids)
               from entries in Gen.CollectToArray(chosen, id => Entry(id, csvSafe))
               from organization in Text
               from scope in Text
               from version in Gen.Elements<string?>(null, "1.0", "2.3-draft")
               from approval in Gen.Elements(true, false)
               from modified in Date
               select new StatementOfApplicability(edition, entries)
                   .WithOrganization(organization)
                   .WithScope(scope)
                   .WithVersion(version)
                   .WithApproval(approval ? new SoaApproval("Board", new LocalDate(2026, 2, 1)) : null)
                   .WithLastModified(modified)
                   .WithUnknownProperties(approval ? [new SoaUnknownProperty("$schema", "\"https://example.org/soa.schema.json\"")] : []);
    }

    public static Arbitrary<StatementOfApplicability> AnyStatement(bool csvSafe) =>
        Gen.Elements(Edition.Iso2013, Edition.Iso2022).SelectMany(e => Statement(e, csvSafe)).ToArbitrary();

    // Complete and well justified: every control decided with a reason or a real justification, evidence, recent review.
    public static Arbitrary<StatementOfApplicability> CompleteStatement() =>
        (from edition in Gen.Elements(Edition.Iso2013, Edition.Iso2022)
         let ids = IsoCatalogs.ForEdition(edition).Controls.Select(c => c.Id).ToArray()
         from excluded in Gen.SubListOf(ids)
         from reasons in Reasons.Where(r => r.Length > 0)
         from days in Gen.Choose(0, 300)
         select BuildComplete(edition, ids, [.. excluded], reasons, days)).ToArbitrary();

    private static StatementOfApplicability BuildComplete(Edition edition, ControlId[] ids, HashSet<ControlId> excluded, InclusionReason[] reasons, int days)
    {
        var reviewed = SoaFixtures.Today.PlusDays(-days);
        var entries = ids.Select(id => excluded.Contains(id)
            ? SoaEntry.Excluded(id, $"Control {id} does not apply: the activity it governs is outsourced under contract C-7.").WithLastReviewed(reviewed)
            : SoaEntry.Applicable(id, reasons).WithImplementationStatus(ImplementationStatus.Implemented).WithEvidence("EV-1").WithLastReviewed(reviewed));
        return new StatementOfApplicability(edition, entries)
            .WithApproval(new SoaApproval("CEO", SoaFixtures.Today))
            .WithLastModified(reviewed);
    }
}
