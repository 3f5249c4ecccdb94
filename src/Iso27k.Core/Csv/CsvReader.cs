using System.Collections.Immutable;
using System.Text;

namespace Iso27k.Csv;

/// <summary>
/// Reads RFC 4180 CSV one record at a time (streamed: memory is bounded by the longest record), accepting LF or
/// CRLF line ends and a UTF-8 byte order mark, and tracking line and column for error messages.
/// </summary>
public sealed class CsvReader
{
    /// <summary>The default limit on the characters of one record.</summary>
    public const int DefaultMaxRecordLength = 1024 * 1024;

    private readonly TextReader reader;
    private readonly int maxRecordLength;
    private long line = 1;
    private int column = 1;
    private bool started;

    /// <summary>Creates a reader.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="maxRecordLength">The most characters one record may hold before reading stops with an error.</param>
    public CsvReader(TextReader reader, int maxRecordLength = DefaultMaxRecordLength)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecordLength, 1);
        this.reader = reader;
        this.maxRecordLength = maxRecordLength;
    }

    /// <summary>Reads the next record.</summary>
    /// <returns>The record, or <see langword="null"/> at the end of the text.</returns>
    /// <exception cref="CsvFormatException">A quoted field is malformed or a record is too long.</exception>
    public CsvRecord? Read()
    {
        if (!started)
        {
            started = true;
            if (reader.Peek() == '\uFEFF')
            {
                reader.Read();
            }
        }

        if (reader.Peek() < 0)
        {
            return null;
        }

        var recordLine = line;
        var fields = ImmutableArray.CreateBuilder<string>();
        var columns = ImmutableArray.CreateBuilder<int>();
        var field = new StringBuilder();
        var length = 0;
        while (true)
        {
            columns.Add(column);
            field.Clear();
            var fieldLine = line;
            var fieldColumn = column;
            int c = reader.Peek();
            if (c == '"')
            {
                Next();
                while (true)
                {
                    c = Next();
                    if (c < 0)
                    {
                        throw new CsvFormatException(fieldLine, fieldColumn, "a quoted field is not closed: expected '\"' before the end of the text.");
                    }

                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            Next();
                            field.Append('"');
                            continue;
                        }

                        break;
                    }

                    field.Append((char)c);
                    if (++length > maxRecordLength)
                    {
                        throw new CsvFormatException(recordLine, column, $"the record is longer than {maxRecordLength} characters.");
                    }
                }

                c = reader.Peek();
                if (c is not (',' or '\r' or '\n' or -1))
                {
                    throw new CsvFormatException(line, column, $"expected ',' or the end of the line after a quoted field, found '{(char)c}'.");
                }
            }
            else
            {
                while ((c = reader.Peek()) is not (',' or '\r' or '\n' or -1))
                {
                    if (c == '"')
                    {
                        throw new CsvFormatException(line, column, "a quote inside an unquoted field: quote the whole field and double the quote.");
                    }

                    field.Append((char)Next());
                    if (++length > maxRecordLength)
                    {
                        throw new CsvFormatException(recordLine, column, $"the record is longer than {maxRecordLength} characters.");
                    }
                }
            }

            fields.Add(field.ToString());
            c = Next();
            if (c == ',')
            {
                // Separators count too: a line of commas alone would otherwise grow the field list without bound.
                if (++length > maxRecordLength)
                {
                    throw new CsvFormatException(recordLine, column, $"the record is longer than {maxRecordLength} characters.");
                }

                continue;
            }

            if (c == '\r' && reader.Peek() == '\n')
            {
                Next();
            }

            return new CsvRecord(recordLine, fields.DrainToImmutable(), columns.DrainToImmutable());
        }
    }

    /// <summary>Reads every remaining record.</summary>
    /// <returns>The records, lazily.</returns>
    public IEnumerable<CsvRecord> ReadAll()
    {
        while (Read() is { } record)
        {
            yield return record;
        }
    }

    private int Next()
    {
        var c = reader.Read();
        if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
        {
            line++;
            column = 1;
        }
        else if (c >= 0 && c != '\r')
        {
            column++;
        }

        return c;
    }
}
