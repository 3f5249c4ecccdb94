using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Iso27k;

/// <summary>A clause or sub-clause of the ISO/IEC 27001 management-system requirements (clauses 4 to 10).</summary>
public sealed class Clause : IEquatable<Clause>
{
    // Plain arrays, never changed: the properties return immutable views over them (see Catalog for why).
    private readonly DocumentedInformation[] documentedInformation;
    private readonly Clause[] children;

    // Takes the arrays as they are: the caller gives them up.
    // Compiled once without optimization: it runs once per clause, when the embedded clauses load (see CatalogReader).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    internal Clause(string id, string title, string summary, string? requirement, DocumentedInformation[] documentedInformation, Clause[] children)
    {
        Id = id;
        Title = title;
        Summary = summary;
        Requirement = requirement;
        this.documentedInformation = documentedInformation;
        this.children = children;
        // A plain loop: LINQ over chars would compile generic code when the embedded clauses load.
        var dot = -1;
        var depth = 0;
        for (var i = 0; i < id.Length; i++)
        {
            if (id[i] == '.')
            {
                dot = i;
                depth++;
            }
        }

        ParentId = dot < 0 ? null : id[..dot];
        Depth = depth;
    }

    /// <summary>The clause number, e.g. <c>6.1.3</c>.</summary>
    public string Id { get; }

    /// <summary>The standard's title.</summary>
    public string Title { get; }

    /// <summary>A one-sentence summary written by this project.</summary>
    public string Summary { get; }

    /// <summary>What the clause asks for, in this project's words; <see langword="null"/> where not recorded.</summary>
    public string? Requirement { get; }

    /// <summary>The documented information the clause explicitly requires (empty when none).</summary>
    public ImmutableArray<DocumentedInformation> DocumentedInformation => ImmutableCollectionsMarshal.AsImmutableArray(documentedInformation);

    /// <summary>Whether the clause explicitly requires documented information.</summary>
    public bool RequiresDocumentedInformation => documentedInformation.Length > 0;

    /// <summary>The enclosing clause's id (<c>6.1</c> for <c>6.1.3</c>), or <see langword="null"/> for 4 to 10.</summary>
    public string? ParentId { get; }

    /// <summary>0 for a top-level clause, 1 for <c>6.1</c>, 2 for <c>6.1.3</c>.</summary>
    public int Depth { get; }

    /// <summary>The sub-clauses, in order.</summary>
    public ImmutableArray<Clause> Children => ImmutableCollectionsMarshal.AsImmutableArray(children);

    /// <inheritdoc/>
    public bool Equals(Clause? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Title == other.Title && Summary == other.Summary && Requirement == other.Requirement
                && DocumentedInformation.SequenceEqual(other.DocumentedInformation) && Children.SequenceEqual(other.Children)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Clause);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title);

    /// <summary>Returns the number and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Title}";
}
