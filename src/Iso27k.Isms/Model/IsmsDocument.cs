using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>
/// A piece of documented information the record points to: a process description, a procedure, an operational record
/// or any document the organization has decided it needs (ISO/IEC 27001:2022 7.5.1 b)).
/// </summary>
public sealed class IsmsDocument : IEquatable<IsmsDocument>
{
    /// <summary>Creates a document reference.</summary>
    /// <param name="title">The document's title.</param>
    /// <param name="reference">Where it lives (document id, file or URL).</param>
    /// <exception cref="ArgumentException">The title is blank.</exception>
    public IsmsDocument(string title, string? reference = null)
    {
        Title = IsmsEquality.Required(title, nameof(title));
        Reference = reference;
        Extensions = IsmsEquality.NoExtensions;
    }

    private IsmsDocument(IsmsDocument other)
    {
        Id = other.Id;
        Title = other.Title;
        Reference = other.Reference;
        Owner = other.Owner;
        Date = other.Date;
        Extensions = other.Extensions;
    }

    /// <summary>The organization's document id, if any.</summary>
    public string? Id { get; private init; }

    /// <summary>The title.</summary>
    public string Title { get; private init; }

    /// <summary>Where it lives, if recorded.</summary>
    public string? Reference { get; private init; }

    /// <summary>Who owns it, if recorded.</summary>
    public string? Owner { get; private init; }

    /// <summary>The date of the version or record, if recorded.</summary>
    public LocalDate? Date { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The copy.</returns>
    public IsmsDocument WithId(string? id) => new(this) { Id = id };

    /// <summary>Returns a copy with this reference.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The copy.</returns>
    public IsmsDocument WithReference(string? reference) => new(this) { Reference = reference };

    /// <summary>Returns a copy with this owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The copy.</returns>
    public IsmsDocument WithOwner(string? owner) => new(this) { Owner = owner };

    /// <summary>Returns a copy with this date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The copy.</returns>
    public IsmsDocument WithDate(LocalDate? date) => new(this) { Date = date };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public IsmsDocument WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(IsmsDocument? other) =>
        other is not null && Id == other.Id && Title == other.Title && Reference == other.Reference && Owner == other.Owner
        && Date == other.Date && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IsmsDocument);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Reference);

    /// <inheritdoc/>
    public override string ToString() => Reference is null ? Title : $"{Title} ({Reference})";
}
