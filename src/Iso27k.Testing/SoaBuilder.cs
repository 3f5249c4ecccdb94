using Iso27k.Soa;
using NodaTime;

namespace Iso27k.Testing;

/// <summary>
/// Ready-made Statements of Applicability for tests: complete ones that the default validator accepts without a
/// finding, to change one thing at a time.
/// </summary>
public static class SoaBuilder
{
    /// <summary>The review date of <see cref="Complete2022"/> and <see cref="Complete2013"/>: 2026-01-10.</summary>
    /// <remarks>Validate them with a clock less than a year later, e.g. <c>FakeClock.FromUtc(2026, 3, 15)</c>.</remarks>
    public static LocalDate ReviewedOn { get; } = new(2026, 1, 10);

    /// <summary>A complete ISO/IEC 27002:2022 SoA; see <see cref="Complete(Edition)"/>.</summary>
    /// <returns>The SoA.</returns>
    public static StatementOfApplicability Complete2022() => Complete(Edition.Iso2022);

    /// <summary>A complete ISO/IEC 27001:2013 Annex A SoA; see <see cref="Complete(Edition)"/>.</summary>
    /// <returns>The SoA.</returns>
    public static StatementOfApplicability Complete2013() => Complete(Edition.Iso2013);

    /// <summary>
    /// A complete SoA of an edition: organization, scope and version set; every control applicable for risk R-1 and
    /// business reasons, implemented, owned by the CISO, with evidence, reviewed on <see cref="ReviewedOn"/>; approved
    /// by the CEO two days later.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The SoA.</returns>
    public static StatementOfApplicability Complete(Edition edition) =>
        Complete(edition, ReviewedOn, ReviewedOn.PlusDays(2), new HashSet<ControlId>(), [InclusionReason.RiskTreatment("R-1"), InclusionReason.Business]);

    /// <summary>
    /// A complete SoA of an edition with some controls excluded (each with a specific justification) and the others
    /// applicable for the given reasons, implemented, owned, with evidence, all reviewed on one date.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <param name="reviewed">The review date of every entry and the document's last modification.</param>
    /// <param name="approved">The approval date (on or after <paramref name="reviewed"/> for a finding-free SoA).</param>
    /// <param name="excluded">The controls to exclude.</param>
    /// <param name="reasons">The inclusion reasons of every applicable control (at least one for a finding-free SoA).</param>
    /// <returns>The SoA.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StatementOfApplicability Complete(
        Edition edition, LocalDate reviewed, LocalDate approved, IReadOnlySet<ControlId> excluded, IEnumerable<InclusionReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(reasons);
        var reasonList = reasons.ToArray();
        var builder = StatementOfApplicability.CreateBuilder(edition);
        builder.Organization = "Example SaaS GmbH";
        builder.Scope = "Development and operation of the Example platform";
        builder.Version = "1.0";
        builder.LastModified = reviewed;
        builder.Approval = new SoaApproval("CEO", approved);
        foreach (var control in IsoCatalogs.ForEdition(edition).Controls)
        {
            var id = control.Id;
            builder.Add(excluded.Contains(id)
                ? Soa.SoaEntry.Excluded(id, $"Control {id} does not apply: the activity it governs is outsourced under contract C-7.").WithLastReviewed(reviewed)
                : Soa.SoaEntry.Applicable(id, reasonList)
                    .WithImplementationStatus(ImplementationStatus.Implemented)
                    .WithOwner("CISO")
                    .WithEvidence("ISMS-POL-01")
                    .WithLastReviewed(reviewed));
        }

        return builder.ToStatement();
    }
}
