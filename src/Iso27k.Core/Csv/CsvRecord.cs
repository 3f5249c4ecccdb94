using System.Collections.Immutable;

namespace Iso27k.Csv;

/// <summary>One record read by <see cref="CsvReader"/>, with the position of each field for error messages.</summary>
public sealed class CsvRecord
{
    internal CsvRecord(long lineNumber, ImmutableArray<string> fields, ImmutableArray<int> columns)
    {
        LineNumber = lineNumber;
        Fields = fields;
        Columns = columns;
    }

    /// <summary>The 1-based line on which the record starts.</summary>
    public long LineNumber { get; }

    /// <summary>The fields, unquoted.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>The 1-based character column at which each field starts on its line.</summary>
    public ImmutableArray<int> Columns { get; }

    /// <summary>How many fields the record has.</summary>
    public int Count => Fields.Length;

    /// <summary>The field at an index.</summary>
    /// <param name="index">The 0-based index.</param>
    public string this[int index] => Fields[index];
}
