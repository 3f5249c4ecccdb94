using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>An information security objective with its measure, owner and due date (ISO/IEC 27001:2022 6.2).</summary>
public sealed class SecurityObjective : IEquatable<SecurityObjective>
{
    /// <summary>Creates an objective.</summary>
    /// <param name="id">The objective's id, e.g. <c>OBJ-1</c>.</param>
    /// <param name="description">What is to be achieved.</param>
    /// <exception cref="ArgumentException">The id or description is blank.</exception>
    public SecurityObjective(string id, string description)
    {
        Id = IsmsEquality.Required(id, nameof(id));
        Description = IsmsEquality.Required(description, nameof(description));
        Extensions = IsmsEquality.NoExtensions;
    }

    private SecurityObjective(SecurityObjective other)
    {
        Id = other.Id;
        Description = other.Description;
        Measure = other.Measure;
        Target = other.Target;
        Owner = other.Owner;
        Due = other.Due;
        Extensions = other.Extensions;
    }

    /// <summary>The id.</summary>
    public string Id { get; private init; }

    /// <summary>What is to be achieved.</summary>
    public string Description { get; private init; }

    /// <summary>How achievement is measured (6.2 b) and h)), if defined.</summary>
    public string? Measure { get; private init; }

    /// <summary>The target value of the measure, if defined.</summary>
    public string? Target { get; private init; }

    /// <summary>Who is responsible (6.2 f)), if named.</summary>
    public string? Owner { get; private init; }

    /// <summary>When it will be completed (6.2 g)), if planned.</summary>
    public LocalDate? Due { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this measure and target.</summary>
    /// <param name="measure">How it is measured.</param>
    /// <param name="target">The target value.</param>
    /// <returns>The copy.</returns>
    public SecurityObjective WithMeasure(string? measure, string? target = null) => new(this) { Measure = measure, Target = target };

    /// <summary>Returns a copy with this owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The copy.</returns>
    public SecurityObjective WithOwner(string? owner) => new(this) { Owner = owner };

    /// <summary>Returns a copy with this due date.</summary>
    /// <param name="due">The date.</param>
    /// <returns>The copy.</returns>
    public SecurityObjective WithDue(LocalDate? due) => new(this) { Due = due };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public SecurityObjective WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(SecurityObjective? other) =>
        other is not null && Id == other.Id && Description == other.Description && Measure == other.Measure
        && Target == other.Target && Owner == other.Owner && Due == other.Due && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SecurityObjective);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Description);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Description}";
}
