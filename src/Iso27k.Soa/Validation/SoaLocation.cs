using System.Globalization;

namespace Iso27k.Soa;

/// <summary>
/// Where in the source document a diagnostic applies: a JSON path (<c>$.entries[3].owner</c>), or a CSV line and
/// column, or nowhere in particular.
/// </summary>
/// <remarks><c>default(SoaLocation)</c> is <see cref="None"/>.</remarks>
public readonly struct SoaLocation : IEquatable<SoaLocation>
{
    private SoaLocation(string? jsonPath, long line, int column)
    {
        JsonPath = jsonPath;
        Line = line == 0 ? null : line;
        Column = column == 0 ? null : column;
    }

    /// <summary>No particular place.</summary>
    public static SoaLocation None => default;

    /// <summary>The JSON path, when the source is JSON (or the SoA was built in code).</summary>
    public string? JsonPath { get; }

    /// <summary>The 1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; }

    /// <summary>Whether the location says nothing.</summary>
    public bool IsNone => JsonPath is null && Line is null;

    /// <summary>A location given by a JSON path, optionally with a line and column.</summary>
    /// <param name="path">The path, e.g. <c>$.entries[3].owner</c>.</param>
    /// <param name="line">The 1-based line, or 0 if unknown.</param>
    /// <param name="column">The 1-based column, or 0 if unknown.</param>
    /// <returns>The location.</returns>
    public static SoaLocation AtJsonPath(string path, long line = 0, int column = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new SoaLocation(path, line, column);
    }

    /// <summary>A location given by a line and column (CSV).</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column, or 0 if unknown.</param>
    /// <returns>The location.</returns>
    public static SoaLocation AtLine(long line, int column = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        return new SoaLocation(null, line, column);
    }

    /// <summary>Returns the path, <c>line L, column C</c>, both, or an empty string.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var position = Line is { } line
            ? Column is { } column
                ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}")
                : string.Create(CultureInfo.InvariantCulture, $"line {line}")
            : null;
        return (JsonPath, position) switch
        {
            (null, null) => string.Empty,
            (null, _) => position,
            (_, null) => JsonPath,
            _ => $"{JsonPath} ({position})",
        };
    }

    /// <inheritdoc/>
    public bool Equals(SoaLocation other) =>
        string.Equals(JsonPath, other.JsonPath, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SoaLocation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(JsonPath is null ? 0 : StringComparer.Ordinal.GetHashCode(JsonPath), Line, Column);

    /// <summary>Whether two locations are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SoaLocation left, SoaLocation right) => left.Equals(right);

    /// <summary>Whether two locations differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SoaLocation left, SoaLocation right) => !left.Equals(right);
}
