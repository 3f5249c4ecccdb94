using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Soa;

/// <summary>
/// A Statement of Applicability (ISO/IEC 27001 6.1.3 d)): for one edition of Annex A, the organization, the ISMS
/// scope, the document version and approval, and one entry per control.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: <c>WithX</c> methods return changed copies, and <see cref="ToBuilder"/> gives a mutable
/// <see cref="StatementOfApplicabilityBuilder"/> for bulk edits. Entries keep the order and the duplicates of the
/// source document, because reporting duplicates and missing controls is the validator's job, not the model's.
/// </para>
/// <para>
/// Properties a reader does not understand are kept in <see cref="UnknownProperties"/> (and per entry in
/// <see cref="SoaEntry.UnknownProperties"/>) and written back by every writer that can hold them.
/// </para>
/// </remarks>
public sealed class StatementOfApplicability : IEquatable<StatementOfApplicability>
{
    internal StatementOfApplicability(
        Edition edition,
        string? organization,
        string? scope,
        string? version,
        SoaApproval? approval,
        LocalDate? lastModified,
        ImmutableArray<SoaEntry> entries,
        ImmutableArray<SoaUnknownProperty> unknownProperties)
    {
        Edition = edition;
        Organization = string.IsNullOrEmpty(organization) ? null : organization;
        Scope = string.IsNullOrEmpty(scope) ? null : scope;
        Version = string.IsNullOrEmpty(version) ? null : version;
        Approval = approval;
        LastModified = lastModified;
        Entries = entries;
        UnknownProperties = unknownProperties;
    }

    /// <summary>Creates a Statement of Applicability with entries and no metadata.</summary>
    /// <param name="edition">The Annex A edition the SoA is written against.</param>
    /// <param name="entries">The entries, in document order.</param>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not defined.</exception>
    public StatementOfApplicability(Edition edition, IEnumerable<SoaEntry> entries)
        : this(CheckEdition(edition), null, null, null, null, null, CheckEntries(entries), [])
    {
    }

    /// <summary>The Annex A edition.</summary>
    public Edition Edition { get; }

    /// <summary>The organization whose ISMS the SoA belongs to.</summary>
    public string? Organization { get; }

    /// <summary>The ISMS scope statement.</summary>
    public string? Scope { get; }

    /// <summary>The document's version label, e.g. <c>2.1</c>.</summary>
    public string? Version { get; }

    /// <summary>Who approved the SoA and when; <see langword="null"/> if not approved.</summary>
    public SoaApproval? Approval { get; }

    /// <summary>When the SoA was last changed, if recorded.</summary>
    public LocalDate? LastModified { get; }

    /// <summary>The entries, in document order (duplicates included).</summary>
    public ImmutableArray<SoaEntry> Entries { get; }

    /// <summary>Document-level properties this library does not understand, kept for writing back.</summary>
    public ImmutableArray<SoaUnknownProperty> UnknownProperties { get; }

    /// <summary>The Annex A catalog of <see cref="Edition"/>.</summary>
    public Catalog Catalog => IsoCatalogs.ForEdition(Edition);

    /// <summary>
    /// Creates a template with one undecided entry per control of the edition, in id order.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The template; the validator reports every entry as "decision required" until filled in.</returns>
    public static StatementOfApplicability CreateTemplate(Edition edition)
    {
        var catalog = IsoCatalogs.ForEdition(edition);
        var entries = ImmutableArray.CreateBuilder<SoaEntry>(catalog.Count);
        foreach (var control in catalog.Controls)
        {
            entries.Add(new SoaEntry(control.Id));
        }

        return new StatementOfApplicability(edition, null, null, null, null, null, entries.MoveToImmutable(), []);
    }

    /// <summary>Creates an empty builder for an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The builder.</returns>
    public static StatementOfApplicabilityBuilder CreateBuilder(Edition edition) => new(CheckEdition(edition));

    /// <summary>Returns a builder holding a copy of this SoA.</summary>
    /// <returns>The builder.</returns>
    public StatementOfApplicabilityBuilder ToBuilder() => new(this);

    /// <summary>The first entry for a control, or <see langword="null"/>.</summary>
    /// <param name="controlId">The id.</param>
    /// <returns>The entry.</returns>
    public SoaEntry? FindEntry(ControlId controlId)
    {
        foreach (var entry in Entries)
        {
            if (entry.ControlId == controlId)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Returns a copy with another organization.</summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithOrganization(string? organization) =>
        new(Edition, organization, Scope, Version, Approval, LastModified, Entries, UnknownProperties);

    /// <summary>Returns a copy with another scope.</summary>
    /// <param name="scope">The scope statement.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithScope(string? scope) =>
        new(Edition, Organization, scope, Version, Approval, LastModified, Entries, UnknownProperties);

    /// <summary>Returns a copy with another version label.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithVersion(string? version) =>
        new(Edition, Organization, Scope, version, Approval, LastModified, Entries, UnknownProperties);

    /// <summary>Returns a copy with another approval.</summary>
    /// <param name="approval">The approval, or <see langword="null"/>.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithApproval(SoaApproval? approval) =>
        new(Edition, Organization, Scope, Version, approval, LastModified, Entries, UnknownProperties);

    /// <summary>Returns a copy with another last-modified date.</summary>
    /// <param name="lastModified">The date, or <see langword="null"/>.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithLastModified(LocalDate? lastModified) =>
        new(Edition, Organization, Scope, Version, Approval, lastModified, Entries, UnknownProperties);

    /// <summary>Returns a copy with other entries.</summary>
    /// <param name="entries">The entries, in document order.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithEntries(IEnumerable<SoaEntry> entries) =>
        new(Edition, Organization, Scope, Version, Approval, LastModified, CheckEntries(entries), UnknownProperties);

    /// <summary>
    /// Returns a copy in which the entry replaces every entry for the same control (keeping the position of the
    /// first), or is appended when the control has none.
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithEntry(SoaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var builder = ToBuilder();
        builder.Set(entry);
        return builder.ToStatement();
    }

    /// <summary>Returns a copy without any entry for a control.</summary>
    /// <param name="controlId">The id.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithoutEntry(ControlId controlId) =>
        WithEntries(Entries.Where(e => e.ControlId != controlId));

    /// <summary>Returns a copy with other document-level unknown properties.</summary>
    /// <param name="properties">The properties.</param>
    /// <returns>The changed SoA.</returns>
    public StatementOfApplicability WithUnknownProperties(IEnumerable<SoaUnknownProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return new(Edition, Organization, Scope, Version, Approval, LastModified, Entries, [.. properties]);
    }

    /// <inheritdoc/>
    public bool Equals(StatementOfApplicability? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Edition == other.Edition
                && string.Equals(Organization, other.Organization, StringComparison.Ordinal)
                && string.Equals(Scope, other.Scope, StringComparison.Ordinal)
                && string.Equals(Version, other.Version, StringComparison.Ordinal)
                && Equals(Approval, other.Approval)
                && LastModified == other.LastModified
                && Entries.SequenceEqual(other.Entries)
                && UnknownProperties.SequenceEqual(other.UnknownProperties)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StatementOfApplicability);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Edition, Entries.Length, LastModified);

    /// <summary>Returns the edition, organization and entry count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"SoA ISO/IEC 27001:{Edition.ToYearString()} for {Organization ?? "(organization not set)"}, {Entries.Length} entries";

    internal static Edition CheckEdition(Edition edition) =>
        edition is Edition.Iso2013 or Edition.Iso2022
            ? edition
            : throw new ArgumentOutOfRangeException(nameof(edition), edition, "Expected Edition.Iso2013 or Edition.Iso2022.");

    private static ImmutableArray<SoaEntry> CheckEntries(IEnumerable<SoaEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var array = entries.ToImmutableArray();
        foreach (var entry in array)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
        }

        return array;
    }
}
