using System.Collections.Immutable;

namespace Iso27k.Isms;

/// <summary>An interested party and its requirements relevant to information security (ISO/IEC 27001:2022 4.2).</summary>
public sealed class InterestedParty : IEquatable<InterestedParty>
{
    /// <summary>Creates an interested party.</summary>
    /// <param name="name">The party, e.g. "Customers".</param>
    /// <param name="requirements">Their relevant requirements, or <see langword="null"/> when not yet determined.</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public InterestedParty(string name, string? requirements = null)
    {
        Name = IsmsEquality.Required(name, nameof(name));
        Requirements = requirements;
        Extensions = IsmsEquality.NoExtensions;
    }

    private InterestedParty(InterestedParty other)
    {
        Name = other.Name;
        Requirements = other.Requirements;
        Extensions = other.Extensions;
    }

    /// <summary>The party.</summary>
    public string Name { get; private init; }

    /// <summary>Their requirements relevant to information security.</summary>
    public string? Requirements { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with these requirements.</summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>The copy.</returns>
    public InterestedParty WithRequirements(string? requirements) => new(this) { Requirements = requirements };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public InterestedParty WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(InterestedParty? other) =>
        other is not null && Name == other.Name && Requirements == other.Requirements && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InterestedParty);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Requirements);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
