namespace Iso27k.Soa;

/// <summary>
/// A property read from a user's document that this library does not understand, kept so that writing the document
/// back loses nothing.
/// </summary>
/// <remarks>
/// The value is held as compact JSON text. A CSV column that is not part of the format becomes an unknown property
/// whose value is a JSON string.
/// </remarks>
public readonly struct SoaUnknownProperty : IEquatable<SoaUnknownProperty>
{
    /// <summary>Creates an unknown property.</summary>
    /// <param name="name">The property or column name.</param>
    /// <param name="json">The value as JSON text, e.g. <c>"abc"</c> or <c>5</c>.</param>
    /// <exception cref="ArgumentException">The name or value is empty, or the value is not a JSON value.</exception>
    public SoaUnknownProperty(string name, string json)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(json);
        Name = name;
        Json = SoaText.CompactJson(json, nameof(json));
    }

    // For JSON this library produced itself: skips the parse that checks user input.
    internal SoaUnknownProperty(string name, string compactJson, bool trusted)
    {
        _ = trusted;
        Name = name;
        Json = compactJson;
    }

    /// <summary>The property or column name.</summary>
    public string Name { get; }

    /// <summary>The value as compact JSON text.</summary>
    public string Json { get; }

    /// <summary>Creates a property whose value is a JSON string.</summary>
    /// <param name="name">The property or column name.</param>
    /// <param name="value">The text value.</param>
    /// <returns>The property.</returns>
    public static SoaUnknownProperty FromString(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new SoaUnknownProperty(name, SoaText.JsonString(value));
    }

    /// <summary>The value as plain text: the string itself for a JSON string, otherwise the JSON text.</summary>
    /// <returns>The text.</returns>
    public string ToText() => SoaText.JsonToText(Json);

    /// <inheritdoc/>
    public bool Equals(SoaUnknownProperty other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Json, other.Json, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SoaUnknownProperty other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name ?? string.Empty), StringComparer.Ordinal.GetHashCode(Json ?? string.Empty));

    /// <summary>Whether two properties are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SoaUnknownProperty left, SoaUnknownProperty right) => left.Equals(right);

    /// <summary>Whether two properties differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SoaUnknownProperty left, SoaUnknownProperty right) => !left.Equals(right);

    /// <summary>Returns <c>name: json</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {Json}";
}
