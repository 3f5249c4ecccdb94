using System.Collections.Immutable;
using Iso27k.Soa;

namespace Iso27k.Oscal;

/// <summary>
/// The part of a Statement of Applicability that an OSCAL profile holds: which controls are applicable and which are
/// excluded, with the justification for each exclusion. Controls in neither list are undecided.
/// </summary>
/// <remarks>Immutable; both lists are in id order without duplicates. Equality compares every fact held.</remarks>
public sealed class SoaSelection : IEquatable<SoaSelection>
{
    /// <summary>Creates a selection.</summary>
    /// <param name="edition">The Annex A edition.</param>
    /// <param name="applicable">The applicable controls; order and duplicates do not matter.</param>
    /// <param name="excluded">The excluded controls with their justifications.</param>
    /// <exception cref="ArgumentException">
    /// An id is of the other edition or not in the edition's catalog, a control is excluded twice, or a control is both
    /// applicable and excluded.
    /// </exception>
    public SoaSelection(Edition edition, IEnumerable<ControlId> applicable, IEnumerable<SoaExclusion> excluded)
    {
        var catalog = IsoCatalogs.ForEdition(edition);
        ArgumentNullException.ThrowIfNull(applicable);
        ArgumentNullException.ThrowIfNull(excluded);
        Edition = edition;
        Applicable = [.. applicable.Distinct().Order()];
        Excluded = [.. excluded.OrderBy(e => e?.ControlId ?? default)];
        foreach (var id in Applicable)
        {
            CheckId(catalog, id, nameof(applicable));
        }

        var excludedIds = new HashSet<ControlId>();
        foreach (var exclusion in Excluded)
        {
            ArgumentNullException.ThrowIfNull(exclusion, nameof(excluded));
            CheckId(catalog, exclusion.ControlId, nameof(excluded));
            if (!excludedIds.Add(exclusion.ControlId))
            {
                throw new ArgumentException($"Control {exclusion.ControlId} is excluded more than once.", nameof(excluded));
            }
        }

        foreach (var id in Applicable)
        {
            if (excludedIds.Contains(id))
            {
                throw new ArgumentException($"Control {id} cannot be both applicable and excluded.", nameof(excluded));
            }
        }
    }

    /// <summary>The Annex A edition.</summary>
    public Edition Edition { get; }

    /// <summary>The applicable controls, in id order.</summary>
    public ImmutableArray<ControlId> Applicable { get; }

    /// <summary>The excluded controls with their justifications, in id order.</summary>
    public ImmutableArray<SoaExclusion> Excluded { get; }

    /// <summary>
    /// The selection a Statement of Applicability makes: for each control of its edition's catalog, the first entry's
    /// decision. Undecided entries, and ids that are not controls of the SoA's edition, are left out.
    /// </summary>
    /// <param name="statement">The SoA.</param>
    /// <returns>The selection.</returns>
    public static SoaSelection From(StatementOfApplicability statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var catalog = statement.Catalog;
        var seen = new HashSet<ControlId>();
        var applicable = new List<ControlId>();
        var excluded = new List<SoaExclusion>();
        foreach (var entry in statement.Entries)
        {
            if (!catalog.Contains(entry.ControlId) || !seen.Add(entry.ControlId))
            {
                continue;
            }

            if (entry.Applicability == Applicability.Applicable)
            {
                applicable.Add(entry.ControlId);
            }
            else if (entry.Applicability == Applicability.Excluded)
            {
                excluded.Add(new SoaExclusion(entry.ControlId, entry.ExclusionJustification));
            }
        }

        return new SoaSelection(statement.Edition, applicable, excluded);
    }

    /// <summary>
    /// A Statement of Applicability with one entry per control of the edition, in id order: applicable, excluded with
    /// its justification, or undecided. Reasons, status and other details are not part of a selection.
    /// </summary>
    /// <returns>The SoA; the validator will ask for inclusion reasons.</returns>
    public StatementOfApplicability ToStatement()
    {
        var applicable = Applicable.ToHashSet();
        var excluded = Excluded.ToDictionary(e => e.ControlId);
        var entries = new List<SoaEntry>();
        foreach (var control in IsoCatalogs.ForEdition(Edition).Controls)
        {
            var entry = new SoaEntry(control.Id);
            if (applicable.Contains(control.Id))
            {
                entry = entry.WithApplicability(Applicability.Applicable);
            }
            else if (excluded.TryGetValue(control.Id, out var exclusion))
            {
                entry = entry.WithApplicability(Applicability.Excluded).WithExclusionJustification(exclusion.Justification);
            }

            entries.Add(entry);
        }

        return new StatementOfApplicability(Edition, entries);
    }

    /// <inheritdoc/>
    public bool Equals(SoaSelection? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Edition == other.Edition && Applicable.SequenceEqual(other.Applicable) && Excluded.SequenceEqual(other.Excluded)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SoaSelection);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Edition, Applicable.Length, Excluded.Length);

    /// <summary>Returns e.g. <c>ISO/IEC 27001:2022: 88 applicable, 5 excluded</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ISO/IEC 27001:{Edition.ToYearString()}: {Applicable.Length} applicable, {Excluded.Length} excluded";

    private static void CheckId(Catalog catalog, ControlId id, string parameter)
    {
        if (!catalog.Contains(id))
        {
            throw new ArgumentException($"{id} is not a control of {catalog.Title}.", parameter);
        }
    }
}
