using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>A threat: a potential cause of an unwanted incident, such as phishing or theft.</summary>
public sealed class Threat : IEquatable<Threat>
{
    /// <summary>Creates a threat.</summary>
    /// <param name="id">The id risks refer to.</param>
    /// <param name="name">The threat's name.</param>
    /// <param name="description">A description, if any.</param>
    /// <param name="extensions">Properties this library does not know, each as compact JSON text.</param>
    public Threat(string id, string name, string? description = null, IEnumerable<KeyValuePair<string, string>>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        Id = id;
        Name = name;
        Description = description;
        Extensions = Equality.Extensions(extensions);
    }

    /// <summary>The id risks refer to.</summary>
    public string Id { get; }

    /// <summary>The threat's name.</summary>
    public string Name { get; }

    /// <summary>A description, if any.</summary>
    public string? Description { get; }

    /// <summary>Properties this library does not know, by name, each as compact JSON text, kept so a document round-trips.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; }

    /// <inheritdoc/>
    public bool Equals(Threat? other) =>
        other is not null && Id == other.Id && Name == other.Name && Description == other.Description && Equality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Threat);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Name}";
}
