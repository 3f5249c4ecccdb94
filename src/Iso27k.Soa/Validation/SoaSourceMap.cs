using System.Collections.Immutable;
using System.Globalization;

namespace Iso27k.Soa;

/// <summary>
/// Where each entry of an SoA stood in its source document, so diagnostics can name a CSV line and column or a JSON
/// path. Without a source map, locations are JSON paths into the canonical JSON form (<c>$.entries[i]</c>).
/// </summary>
public sealed class SoaSourceMap
{
    private static readonly string[] JsonNames =
    [
        string.Empty, "controlId", "applicability", "inclusionReasons", "exclusionJustification",
        "implementationStatus", "owner", "evidence", "lastReviewed", "notes",
    ];

    private readonly ImmutableArray<long> lines;
    private readonly ImmutableArray<ImmutableArray<int>> columns;

    private SoaSourceMap(bool isJson, ImmutableArray<long> lines, ImmutableArray<ImmutableArray<int>> columns)
    {
        IsJson = isJson;
        this.lines = lines;
        this.columns = columns;
    }

    /// <summary>The map for an SoA held as canonical JSON (or built in code): entry <c>i</c> is <c>$.entries[i]</c>.</summary>
    public static SoaSourceMap Json { get; } = new(true, [], []);

    /// <summary>Whether locations are JSON paths.</summary>
    public bool IsJson { get; }

    /// <summary>Creates a map for CSV: the line of each entry, and the column of each field on that line.</summary>
    /// <param name="lines">The 1-based line of each entry, in entry order.</param>
    /// <param name="columns">
    /// Per entry, the 1-based column of each <see cref="SoaField"/> (indexed by the enum value; 0 when unknown).
    /// </param>
    /// <returns>The map.</returns>
    public static SoaSourceMap ForCsv(IEnumerable<long> lines, IEnumerable<ImmutableArray<int>> columns)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(columns);
        return new SoaSourceMap(false, [.. lines], [.. columns]);
    }

    /// <summary>The location of a field of an entry.</summary>
    /// <param name="entryIndex">The entry's index in <see cref="StatementOfApplicability.Entries"/>.</param>
    /// <param name="field">The field, or <see cref="SoaField.Entry"/> for the whole entry.</param>
    /// <returns>The location.</returns>
    public SoaLocation Locate(int entryIndex, SoaField field = SoaField.Entry)
    {
        if (IsJson || entryIndex < 0 || entryIndex >= lines.Length)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.entries[{entryIndex}]");
            return SoaLocation.AtJsonPath(field == SoaField.Entry ? path : $"{path}.{JsonNames[(int)field]}");
        }

        var fieldColumns = columns.IsDefault || entryIndex >= columns.Length ? default : columns[entryIndex];
        var column = !fieldColumns.IsDefault && (int)field < fieldColumns.Length ? fieldColumns[(int)field] : 0;
        return SoaLocation.AtLine(lines[entryIndex], field == SoaField.Entry ? 0 : column);
    }

    /// <summary>The location of a document-level property such as <c>approval</c>.</summary>
    /// <param name="jsonProperty">The JSON property name.</param>
    /// <returns>A JSON path for JSON sources; <see cref="SoaLocation.None"/> for CSV, which has no header metadata.</returns>
    public SoaLocation LocateDocument(string jsonProperty)
    {
        ArgumentException.ThrowIfNullOrEmpty(jsonProperty);
        return IsJson ? SoaLocation.AtJsonPath("$." + jsonProperty) : SoaLocation.None;
    }
}
