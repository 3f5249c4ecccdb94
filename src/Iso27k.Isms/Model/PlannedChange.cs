using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>A change to the ISMS carried out in a planned manner (ISO/IEC 27001:2022 6.3).</summary>
public sealed class PlannedChange : IEquatable<PlannedChange>
{
    /// <summary>Creates a planned change.</summary>
    /// <param name="id">The change's id.</param>
    /// <param name="description">What changes and why.</param>
    /// <exception cref="ArgumentException">The id or description is blank.</exception>
    public PlannedChange(string id, string description)
    {
        Id = IsmsEquality.Required(id, nameof(id));
        Description = IsmsEquality.Required(description, nameof(description));
        Extensions = IsmsEquality.NoExtensions;
    }

    private PlannedChange(PlannedChange other)
    {
        Id = other.Id;
        Description = other.Description;
        Owner = other.Owner;
        PlannedFor = other.PlannedFor;
        Done = other.Done;
        Extensions = other.Extensions;
    }

    /// <summary>The id.</summary>
    public string Id { get; private init; }

    /// <summary>What changes and why.</summary>
    public string Description { get; private init; }

    /// <summary>Who carries it out, if named.</summary>
    public string? Owner { get; private init; }

    /// <summary>When it is planned, if scheduled.</summary>
    public LocalDate? PlannedFor { get; private init; }

    /// <summary>Whether it has been carried out.</summary>
    public bool Done { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The copy.</returns>
    public PlannedChange WithOwner(string? owner) => new(this) { Owner = owner };

    /// <summary>Returns a copy with this planned date.</summary>
    /// <param name="plannedFor">The date.</param>
    /// <returns>The copy.</returns>
    public PlannedChange WithPlannedFor(LocalDate? plannedFor) => new(this) { PlannedFor = plannedFor };

    /// <summary>Returns a copy marked done or not.</summary>
    /// <param name="done">Whether it has been carried out.</param>
    /// <returns>The copy.</returns>
    public PlannedChange WithDone(bool done) => new(this) { Done = done };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public PlannedChange WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(PlannedChange? other) =>
        other is not null && Id == other.Id && Description == other.Description && Owner == other.Owner
        && PlannedFor == other.PlannedFor && Done == other.Done && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PlannedChange);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Description);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Description}";
}
