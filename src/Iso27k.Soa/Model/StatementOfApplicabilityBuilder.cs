using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Soa;

/// <summary>
/// A mutable builder for a <see cref="StatementOfApplicability"/>, for bulk edits and for readers.
/// </summary>
/// <remarks>Not thread-safe. <see cref="ToStatement"/> may be called any number of times.</remarks>
public sealed class StatementOfApplicabilityBuilder
{
    private readonly List<SoaEntry> entries = [];
    private readonly List<SoaUnknownProperty> unknownProperties = [];

    internal StatementOfApplicabilityBuilder(Edition edition)
    {
        Edition = edition;
    }

    internal StatementOfApplicabilityBuilder(StatementOfApplicability soa)
    {
        Edition = soa.Edition;
        Organization = soa.Organization;
        Scope = soa.Scope;
        Version = soa.Version;
        Approval = soa.Approval;
        LastModified = soa.LastModified;
        entries.AddRange(soa.Entries);
        unknownProperties.AddRange(soa.UnknownProperties);
    }

    /// <summary>The edition.</summary>
    public Edition Edition { get; set; }

    /// <summary>The organization.</summary>
    public string? Organization { get; set; }

    /// <summary>The ISMS scope statement.</summary>
    public string? Scope { get; set; }

    /// <summary>The version label.</summary>
    public string? Version { get; set; }

    /// <summary>The approval.</summary>
    public SoaApproval? Approval { get; set; }

    /// <summary>The last-modified date.</summary>
    public LocalDate? LastModified { get; set; }

    /// <summary>The entries added so far, in order.</summary>
    public IReadOnlyList<SoaEntry> Entries => entries;

    /// <summary>The document-level unknown properties, in order.</summary>
    public IList<SoaUnknownProperty> UnknownProperties => unknownProperties;

    /// <summary>Appends an entry (even if the control already has one).</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>This builder.</returns>
    public StatementOfApplicabilityBuilder Add(SoaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entries.Add(entry);
        return this;
    }

    /// <summary>
    /// Replaces the entries for the entry's control with this one, at the position of the first, or appends it.
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <returns>This builder.</returns>
    public StatementOfApplicabilityBuilder Set(SoaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var index = entries.FindIndex(e => e.ControlId == entry.ControlId);
        if (index < 0)
        {
            entries.Add(entry);
            return this;
        }

        entries[index] = entry;
        for (var i = entries.Count - 1; i > index; i--)
        {
            if (entries[i].ControlId == entry.ControlId)
            {
                entries.RemoveAt(i);
            }
        }

        return this;
    }

    /// <summary>Changes the entry of a control in place.</summary>
    /// <param name="controlId">The control.</param>
    /// <param name="change">Returns the new entry; given an undecided entry if the control has none.</param>
    /// <returns>This builder.</returns>
    public StatementOfApplicabilityBuilder Update(ControlId controlId, Func<SoaEntry, SoaEntry> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var current = entries.Find(e => e.ControlId == controlId) ?? new SoaEntry(controlId);
        return Set(change(current));
    }

    /// <summary>Removes every entry for a control.</summary>
    /// <param name="controlId">The control.</param>
    /// <returns>How many entries were removed.</returns>
    public int Remove(ControlId controlId) => entries.RemoveAll(e => e.ControlId == controlId);

    /// <summary>Builds the immutable SoA.</summary>
    /// <returns>The SoA.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Edition"/> is not defined.</exception>
    public StatementOfApplicability ToStatement() =>
        new(
            StatementOfApplicability.CheckEdition(Edition),
            Organization,
            Scope,
            Version,
            Approval,
            LastModified,
            [.. entries],
            [.. unknownProperties]);
}
