using FsCheck;
using FsCheck.Fluent;
using Iso27k.Soa;
using NodaTime;

namespace Iso27k.Testing;

public static partial class Iso27kGenerators
{
    // Free text that stresses writers: commas, quotes, newlines, non-ASCII, leading blanks, a spreadsheet formula.
    private static readonly string[] FreeText =
    [
        "Firewall policy", "GDPR Art. 32", "a, b and \"c\"", "line one\nline two", "Ünïcödé ✓", " padded ", "CISO", "=SUM(A1)",
    ];

    private static readonly string[] ListItems = ["POL-01", "https://wiki.example/isms", "SEC-1234", "Audit report 2025", "ñ-evidence"];

    private static readonly string[] SoaRiskIds = ["R-1", "R-2", "R-003", "risk.7"];

    /// <summary>Free text or <see langword="null"/>, with commas, quotes, newlines and non-ASCII characters.</summary>
    public static Gen<string?> OptionalText => Gen.OrNull(Gen.Elements<string?>(FreeText));

    /// <summary>A date between 2022-01-02 and mid 2027, or <see langword="null"/>.</summary>
    public static Gen<LocalDate?> OptionalDate =>
        Gen.Choose(0, 2000).Select(d => d == 0 ? (LocalDate?)null : new LocalDate(2022, 1, 1).PlusDays(d));

    /// <summary>Inclusion reasons: any subset of legal, contractual and business, and risk treatment with 0 to 4 risks.</summary>
    public static Gen<InclusionReason[]> InclusionReasons =>
        from risks in Gen.SubListOf(SoaRiskIds)
        from kinds in Gen.SubListOf(new[] { InclusionReason.Legal, InclusionReason.Contractual, InclusionReason.Business })
        from riskFirst in Gen.Elements(true, false)
        select (risks.Count == 0
            ? kinds.ToArray()
            : riskFirst ? [InclusionReason.RiskTreatment(risks), .. kinds] : [.. kinds, InclusionReason.RiskTreatment(risks)]);

    /// <summary>Any Statement of Applicability of either edition; see <see cref="SoaStatement(Edition, bool)"/>.</summary>
    /// <param name="csvSafe">Whether every value must survive the CSV format (see <see cref="SoaStatement(Edition, bool)"/>).</param>
    /// <returns>The generator.</returns>
    public static Gen<StatementOfApplicability> SoaStatement(bool csvSafe) =>
        Edition.SelectMany(e => SoaStatement(e, csvSafe));

    /// <summary>
    /// A Statement of Applicability of an edition: a random subset of the catalog's controls, each decided at random
    /// (so most are not complete), with metadata and unknown properties that the JSON format keeps.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="csvSafe">
    /// Whether every value must survive the CSV format, whose lists are split on ';' and whose unknown columns are
    /// strings: when true, unknown properties are plain strings.
    /// </param>
    /// <returns>The generator.</returns>
    public static Gen<StatementOfApplicability> SoaStatement(Edition edition, bool csvSafe)
    {
        var ids = IsoCatalogs.ForEdition(edition).Controls.Select(c => c.Id).ToArray();
        return from chosen in Gen.SubListOf(ids)
               from entries in Gen.CollectToArray(chosen, id => SoaEntryFor(id, csvSafe))
               from organization in OptionalText
               from scope in OptionalText
               from version in Gen.Elements<string?>(null, "1.0", "2.3-draft")
               from approval in Gen.Elements(true, false)
               from modified in OptionalDate
               select new StatementOfApplicability(edition, entries)
                   .WithOrganization(organization)
                   .WithScope(scope)
                   .WithVersion(version)
                   .WithApproval(approval ? new SoaApproval("Board", new LocalDate(2026, 2, 1)) : null)
                   .WithLastModified(modified)
                   .WithUnknownProperties(approval ? [new SoaUnknownProperty("$schema", "\"https://example.org/soa.schema.json\"")] : []);
    }

    /// <summary>An entry for a control with every field chosen at random.</summary>
    /// <param name="id">The control.</param>
    /// <param name="csvSafe">Whether unknown properties must be plain strings (CSV keeps only strings).</param>
    /// <returns>The generator.</returns>
    public static Gen<SoaEntry> SoaEntryFor(ControlId id, bool csvSafe) =>
        from applicability in Gen.Elements(Applicability.Applicable, Applicability.Excluded, Applicability.Undecided)
        from reasons in InclusionReasons
        from justification in OptionalText
        from status in Gen.Elements<ImplementationStatus?>(null, ImplementationStatus.NotStarted, ImplementationStatus.Planned, ImplementationStatus.PartiallyImplemented, ImplementationStatus.Implemented)
        from owner in OptionalText
        from evidence in Gen.SubListOf(ListItems)
        from reviewed in OptionalDate
        from notes in OptionalText
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
                _ => csvSafe
                    ? [SoaUnknownProperty.FromString("x-tag", "b")]
                    : [new SoaUnknownProperty("x-score", "{\"a\":[1,2.5,true,null]}")],
            });

    /// <summary>
    /// A complete, well justified SoA that <c>SoaValidator.Default</c> accepts without finding when run with a clock on
    /// <paramref name="today"/>: every control decided, applicable ones with reasons, status, evidence and a review in
    /// the last 300 days, excluded ones with a specific justification, approved on <paramref name="today"/>.
    /// </summary>
    /// <param name="today">The validation date.</param>
    /// <returns>The generator.</returns>
    public static Gen<StatementOfApplicability> CompleteSoaStatement(LocalDate today) =>
        from edition in Edition
        let ids = IsoCatalogs.ForEdition(edition).Controls.Select(c => c.Id).ToArray()
        from excluded in Gen.SubListOf(ids)
        from reasons in InclusionReasons.Where(r => r.Length > 0)
        from days in Gen.Choose(0, 300)
        select SoaBuilder.Complete(edition, today.PlusDays(-days), today, excluded.ToHashSet(), reasons);
}
