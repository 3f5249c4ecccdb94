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
        Groups = ImmutableCopy.Of(groups);
        OwnControls = ImmutableCopy.Of(controls);
        foreach (var control in OwnControls)
        {
            ArgumentNullException.ThrowIfNull(control, nameof(controls));
            if (kind == ControlGroupKind.Clause || !control.Id.StandsIn(id, kind == ControlGroupKind.Objective))
            {
                throw Misplaced(control, kind, id, nameof(controls));
            }
        }

        foreach (var group in Groups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
            if (kind != ControlGroupKind.Clause || group.Kind != ControlGroupKind.Objective || !IsWithin(group.Id, id))
            {
                throw Misplaced(group, kind, id, nameof(groups));
            }
        }

        Controls = OwnControls;
        if (!Groups.IsEmpty)
        {
            var all = new List<Control>(OwnControls.Length);
            AddAll(all, OwnControls);
            foreach (var group in Groups)
            {
                AddAll(all, group.Controls);
            }

            Controls = SortById(all);
        }
        else if (!IsSortedById(OwnControls))
        {
            var all = new List<Control>(OwnControls.Length);
            AddAll(all, OwnControls);
            Controls = SortById(all);
        }
    }

    // The messages live in methods of their own: their holes (an id, an enum) compile generic formatting code with
    // the method that holds them, and the constructor runs when the embedded catalogs load.
    private static ArgumentException Misplaced(Control control, ControlGroupKind kind, string id, string paramName) =>
        new($"Control {control.Id} cannot stand in {kind.ToString().ToUpperInvariant()} group '{id}'.", paramName);

    private static ArgumentException Misplaced(ControlGroup group, ControlGroupKind kind, string id, string paramName) =>
        new($"Group '{group.Id}' ({group.Kind}) cannot stand in group '{id}' ({kind}).", paramName);

    // Whether an objective's id (A.12.4) continues its clause's id (A.12) after a dot.
    private static bool IsWithin(string childId, string parentId)
    {
        if (childId.Length <= parentId.Length || childId[parentId.Length] != '.')
        {
            return false;
        }

        for (var i = 0; i < parentId.Length; i++)
        {
            if (childId[i] != parentId[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void AddAll(List<Control> list, ImmutableArray<Control> controls)
    {
        foreach (var control in controls)
        {
            list.Add(control);
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

        return ImmutableCopy.Of(controls);
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
