using Iso27k.Csv;

namespace Iso27k.Mapping;

/// <summary>
/// Writes a <see cref="ControlMapping"/> as CSV: one row per entry, RFC 4180 quoting, <c>\n</c> line endings,
/// culture-invariant. This is the output of <c>iso27k mapping export --format csv</c>.
/// </summary>
/// <remarks>
/// <para>
/// The columns are the source id, the target id, the relationship token and the kind token. The id columns are
/// named after the editions: <c>old_id</c> for the older one, <c>new_id</c> for the newer, so 2013 to 2022 writes
/// <c>old_id,new_id,relationship,kind</c> and the inverted mapping writes <c>new_id,old_id,relationship,kind</c>;
/// the first column is always the side mapped from. Two catalogs of one edition write
/// <c>source_id,target_id,relationship,kind</c>.
/// </para>
/// <para>
/// Rows follow <see cref="ControlMapping.Entries"/>: pairs by source then target id, then new targets. A new target
/// has an empty source column, a removed source an empty target column; both have relationship
/// <c>no-relationship</c>.
/// </para>
/// </remarks>
public static class MappingCsv
{
    /// <summary>Writes the header and one row per entry.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="mapping">The mapping.</param>
    public static void Write(TextWriter writer, ControlMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mapping);
        var (sourceColumn, targetColumn) = ColumnNames(mapping);
        CsvWriter.WriteRecord(writer, sourceColumn, targetColumn, "relationship", "kind");
        foreach (var entry in mapping.Entries)
        {
            CsvWriter.WriteRecord(
                writer,
                entry.Source.IsDefault ? string.Empty : entry.Source.ToString(),
                entry.Target.IsDefault ? string.Empty : entry.Target.ToString(),
                entry.Relationship.ToToken(),
                entry.Kind.ToToken());
        }
    }

    /// <summary>The header names of the two id columns for a mapping, e.g. <c>old_id</c> and <c>new_id</c>.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <returns>The names of the source and target id columns.</returns>
    public static (string Source, string Target) ColumnNames(ControlMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var from = mapping.Source.Edition;
        var to = mapping.Target.Edition;
        return from == to ? ("source_id", "target_id")
            : from < to ? ("old_id", "new_id")
            : ("new_id", "old_id");
    }
}
