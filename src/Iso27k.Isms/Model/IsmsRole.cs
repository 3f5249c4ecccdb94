using System.Collections.Immutable;

namespace Iso27k.Isms;

/// <summary>An ISMS role with its holder (ISO/IEC 27001:2022 5.3), such as the ISMS manager.</summary>
public sealed class IsmsRole : IEquatable<IsmsRole>
{
    /// <summary>Creates a role.</summary>
    /// <param name="name">The role, e.g. "ISMS manager".</param>
    /// <param name="holder">Who holds it, or <see langword="null"/> when unassigned.</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public IsmsRole(string name, string? holder = null)
    {
        Name = IsmsEquality.Required(name, nameof(name));
        Holder = holder;
        Extensions = IsmsEquality.NoExtensions;
    }

    private IsmsRole(IsmsRole other)
    {
        Name = other.Name;
        Holder = other.Holder;
        Responsibilities = other.Responsibilities;
        Extensions = other.Extensions;
    }

    /// <summary>The role.</summary>
    public string Name { get; private init; }

    /// <summary>Who holds it, or <see langword="null"/> when unassigned.</summary>
    public string? Holder { get; private init; }

    /// <summary>The responsibilities and authorities assigned.</summary>
    public string? Responsibilities { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this holder.</summary>
    /// <param name="holder">The holder.</param>
    /// <returns>The copy.</returns>
    public IsmsRole WithHolder(string? holder) => new(this) { Holder = holder };

    /// <summary>Returns a copy with these responsibilities.</summary>
    /// <param name="responsibilities">The responsibilities and authorities.</param>
    /// <returns>The copy.</returns>
    public IsmsRole WithResponsibilities(string? responsibilities) => new(this) { Responsibilities = responsibilities };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public IsmsRole WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(IsmsRole? other) =>
        other is not null && Name == other.Name && Holder == other.Holder && Responsibilities == other.Responsibilities
        && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IsmsRole);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Holder);

    /// <inheritdoc/>
    public override string ToString() => Holder is null ? Name : $"{Name}: {Holder}";
}
