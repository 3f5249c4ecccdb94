using System.Collections.Immutable;

namespace Iso27k;

/// <summary>
/// A group of controls: a 2022 theme (<c>5</c>), a 2013 clause (<c>A.12</c>) or a 2013 control objective (<c>A.12.4</c>).
/// </summary>
public sealed class ControlGroup : IEquatable<ControlGroup>
{
    /// <summary>Creates a group.</summary>
    /// <param name="id">The id: <c>5</c> to <c>8</c> for themes, <c>A.5</c> for clauses, <c>A.5.1</c> for objectives.</param>
    /// <param name="kind">What the group stands for.</param>
    /// <param name="title">The standard's title.</param>
    /// <param name="groups">Nested groups (objectives within a 2013 clause).</param>
    /// <param name="controls">Controls directly in this group.</param>
    /// <exception cref="ArgumentException">The id or title is blank, or a child does not belong to the group.</exception>
    public ControlGroup(string id, ControlGroupKind kind, string title, IEnumerable<ControlGroup>? groups, IEnumerable<Control>? controls)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Id = id;
        Kind = kind;
        Title = title;
        Groups = groups is null ? [] : [.. groups];
        OwnControls = controls is null ? [] : [.. controls];
        foreach (var control in OwnControls)
        {
            ArgumentNullException.ThrowIfNull(control, nameof(controls));
            var expected = kind switch
            {
                ControlGroupKind.Theme => control.Id.Edition == Edition.Iso2022 ? control.Id.Section.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                ControlGroupKind.Objective => control.Id.ObjectiveId2013,
                _ => null,
            };
            if (expected != id)
            {
                throw new ArgumentException($"Control {control.Id} cannot stand in {kind.ToString().ToUpperInvariant()} group '{id}'.", nameof(controls));
            }
        }

        foreach (var group in Groups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
            if (kind != ControlGroupKind.Clause || group.Kind != ControlGroupKind.Objective || !group.Id.StartsWith(id + ".", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Group '{group.Id}' ({group.Kind}) cannot stand in group '{id}' ({kind}).", nameof(groups));
            }
        }

        Controls = OwnControls;
        if (!Groups.IsEmpty)
        {
            var all = new List<Control>(OwnControls);
            foreach (var group in Groups)
            {
                all.AddRange(group.Controls);
            }

            Controls = SortById(all);
        }
        else if (!IsSortedById(OwnControls))
        {
            Controls = SortById([.. OwnControls]);
        }
    }

    private static bool IsSortedById(ImmutableArray<Control> controls)
    {
        for (var i = 1; i < controls.Length; i++)
        {
            if (controls[i - 1].Id > controls[i].Id)
            {
                return false;
            }
        }

        return true;
    }

    // A stable insertion sort: the lists are short and almost always in order already, and a LINQ sort on a
    // struct key costs JIT time when the embedded catalogs load.
    private static ImmutableArray<Control> SortById(List<Control> controls)
    {
        for (var i = 1; i < controls.Count; i++)
        {
            var current = controls[i];
            var j = i - 1;
            while (j >= 0 && controls[j].Id > current.Id)
            {
                controls[j + 1] = controls[j];
                j--;
            }

            controls[j + 1] = current;
        }

        return [.. controls];
    }

    /// <summary>The group's id.</summary>
    public string Id { get; }

    /// <summary>What the group stands for.</summary>
    public ControlGroupKind Kind { get; }

    /// <summary>The standard's title.</summary>
    public string Title { get; }

    /// <summary>Nested groups, in order.</summary>
    public ImmutableArray<ControlGroup> Groups { get; }

    /// <summary>Every control in the group, nested ones included, in id order.</summary>
    public ImmutableArray<Control> Controls { get; }

    /// <summary>The controls that stand directly in this group.</summary>
    internal ImmutableArray<Control> OwnControls { get; }

    /// <inheritdoc/>
    public bool Equals(ControlGroup? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Kind == other.Kind && Title == other.Title
                && Groups.SequenceEqual(other.Groups) && OwnControls.SequenceEqual(other.OwnControls)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ControlGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Title, Controls.Length);

    /// <summary>Returns the id and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Title}";
}
