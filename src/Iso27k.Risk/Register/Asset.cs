using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>An asset (information or a supporting asset) whose risks the register records.</summary>
public sealed class Asset : IEquatable<Asset>
{
    /// <summary>Creates an asset.</summary>
    /// <param name="id">The id risks refer to.</param>
    /// <param name="name">The asset's name.</param>
    /// <param name="owner">The asset owner, if recorded.</param>
    /// <param name="description">A description, if any.</param>
    /// <param name="extensions">Properties this library does not know, each as compact JSON text.</param>
    public Asset(string id, string name, string? owner = null, string? description = null, IEnumerable<KeyValuePair<string, string>>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        Id = id;
        Name = name;
        Owner = owner;
        Description = description;
        Extensions = Equality.Extensions(extensions);
    }

    /// <summary>The id risks refer to.</summary>
    public string Id { get; }

    /// <summary>The asset's name.</summary>
    public string Name { get; }

    /// <summary>The asset owner, if recorded.</summary>
    public string? Owner { get; }

    /// <summary>A description, if any.</summary>
    public string? Description { get; }

    /// <summary>Properties this library does not know, by name, each as compact JSON text, kept so a document round-trips.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; }

    /// <inheritdoc/>
    public bool Equals(Asset? other) =>
        other is not null && Id == other.Id && Name == other.Name && Owner == other.Owner && Description == other.Description &&
        Equality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Asset);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Name}";
}
