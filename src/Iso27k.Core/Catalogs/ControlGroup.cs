using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Iso27k;

/// <summary>
/// A group of controls: a 2022 theme (<c>5</c>), a 2013 clause (<c>A.12</c>) or a 2013 control objective (<c>A.12.4</c>).
/// </summary>
public sealed class ControlGroup : IEquatable<ControlGroup>
{
    // Plain arrays, never changed after construction, null when empty. The embedded catalogs build their groups on
    // first access, and every generic collection type used here (lists, enumerators, builders) would be set up and
    // compiled in that first access; the immutable arrays the properties return are views over these arrays.
    private readonly ControlGroup[]? groups;
    private readonly Control[]? ownControls;
    private readonly Control[]? controls;

    /// <summary>Creates a group.</summary>
    /// <param name="id">The id: <c>5</c> to <c>8</c> for themes, <c>A.5</c> for clauses, <c>A.5.1</c> for objectives.</param>
    /// <param name="kind">What the group stands for.</param>
    /// <param name="title">The standard's title.</param>
    /// <param name="groups">Nested groups (objectives within a 2013 clause).</param>
    /// <param name="controls">Controls directly in this group.</param>
    /// <exception cref="ArgumentException">The id or title is blank, or a child does not belong to the group.</exception>
    public ControlGroup(string id, ControlGroupKind kind, string title, IEnumerable<ControlGroup>? groups, IEnumerable<Control>? controls)
        : this(kind, id, title, CopyOf(groups), CopyOf(controls), checkFacts: true)
    {
    }

    // Takes the arrays as they are: the caller gives them up. (The kind comes first so that the public constructor
    // never resolves here.) Snapshots skip the checks (checkFacts false): the build made them from groups that passed
    // these checks when it read their document, and skipping them leaves less code to compile on first access.
    // Compiled once without optimization: it runs once per group, when the embedded catalogs load (see CatalogReader).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    internal ControlGroup(ControlGroupKind kind, string id, string title, ControlGroup[]? groups, Control[]? controls, bool checkFacts)
    {
        if (checkFacts)
        {
            Check(kind, id, title, groups, controls);
        }

        Id = id;
        Kind = kind;
        Title = title;
        this.groups = groups is { Length: > 0 } ? groups : null;
        ownControls = controls is { Length: > 0 } ? controls : null;
        this.controls = ownControls;
        if (this.groups is not null || !IsSortedById(ownControls))
        {
            var count = ownControls is null ? 0 : ownControls.Length;
            for (var i = 0; this.groups is not null && i < this.groups.Length; i++)
            {
                count += this.groups[i].controls is { } nested ? nested.Length : 0;
            }

            var all = new Control[count];
            count = 0;
            if (ownControls is not null)
            {
                Array.Copy(ownControls, all, ownControls.Length);
                count = ownControls.Length;
            }

            for (var i = 0; this.groups is not null && i < this.groups.Length; i++)
            {
                if (this.groups[i].controls is { } nested)
                {
                    Array.Copy(nested, 0, all, count, nested.Length);
                    count += nested.Length;
                }
            }

            SortById(all);
            this.controls = all.Length > 0 ? all : null;
        }
    }

    // A theme or objective holds controls that stand in it; a clause holds objectives within it.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static void Check(ControlGroupKind kind, string id, string title, ControlGroup[]? groups, Control[]? controls)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        for (var i = 0; controls is not null && i < controls.Length; i++)
        {
            var control = controls[i];
            ArgumentNullException.ThrowIfNull(control, nameof(controls));
            if (kind == ControlGroupKind.Clause || !control.Id.StandsIn(id, kind == ControlGroupKind.Objective))
            {
                throw Misplaced(control, kind, id, nameof(controls));
            }
        }

        for (var i = 0; groups is not null && i < groups.Length; i++)
        {
            var group = groups[i];
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
            if (kind != ControlGroupKind.Clause || group.Kind != ControlGroupKind.Objective || !IsWithin(group.Id, id))
            {
                throw Misplaced(group, kind, id, nameof(groups));
            }
        }
    }

    private static T[]? CopyOf<T>(IEnumerable<T>? items) => items is null ? null : [.. items];

    // The messages live in methods of their own: their holes (an id, an enum) compile generic formatting code with
    // the method that holds them, and the constructor runs when the embedded catalogs load.
    private static ArgumentException Misplaced(Control control, ControlGroupKind kind, string id, string paramName) =>
        new($"Control {control.Id} cannot stand in {kind.ToString().ToUpperInvariant()} group '{id}'.", paramName);

    private static ArgumentException Misplaced(ControlGroup group, ControlGroupKind kind, string id, string paramName) =>
        new($"Group '{group.Id}' ({group.Kind}) cannot stand in group '{id}' ({kind}).", paramName);

    // Whether an objective's id (A.12.4) continues its clause's id (A.12) after a dot.
    [MethodImpl(MethodImplOptions.NoOptimization)]
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

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static bool IsSortedById(Control[]? controls)
    {
        for (var i = 1; controls is not null && i < controls.Length; i++)
        {
            if (controls[i - 1].Id > controls[i].Id)
            {
                return false;
            }
        }

        return true;
    }

    // A stable insertion sort: the arrays are short and almost always in order already, and a LINQ sort on a
    // struct key costs JIT time when the embedded catalogs load.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static void SortById(Control[] controls)
    {
        for (var i = 1; i < controls.Length; i++)
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
    }

    /// <summary>The group's id.</summary>
    public string Id { get; }

    /// <summary>What the group stands for.</summary>
    public ControlGroupKind Kind { get; }

    /// <summary>The standard's title.</summary>
    public string Title { get; }

    /// <summary>Nested groups, in order.</summary>
    public ImmutableArray<ControlGroup> Groups => groups is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(groups);

    /// <summary>Every control in the group, nested ones included, in id order.</summary>
    public ImmutableArray<Control> Controls => controls is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(controls);

    /// <summary>The controls that stand directly in this group.</summary>
    internal ImmutableArray<Control> OwnControls => ownControls is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(ownControls);

    // The arrays themselves, for building a catalog without generic collection code; null when empty.
    internal ControlGroup[]? GroupArray => groups;

    internal Control[]? ControlArray => controls;

    /// <inheritdoc/>
    public bool Equals(ControlGroup? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Kind == other.Kind && Title == other.Title
                && Groups.SequenceEqual(other.Groups) && OwnControls.SequenceEqual(other.OwnControls)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ControlGroup);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Title, controls is null ? 0 : controls.Length);

    /// <summary>Returns the id and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Title}";
}
