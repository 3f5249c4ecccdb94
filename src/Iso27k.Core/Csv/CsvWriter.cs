namespace Iso27k.Csv;

/// <summary>
/// Writes RFC 4180 CSV: fields are quoted only when they hold a comma, quote, CR or LF; records end with LF.
/// </summary>
/// <remarks>All packages use this one writer so every CSV the library emits follows the same rules.</remarks>
public static class CsvWriter
{
    /// <summary>Writes one record.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="fields">The fields; <see langword="null"/> is written as an empty field.</param>
    public static void WriteRecord(TextWriter writer, params ReadOnlySpan<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, fields[i]);
        }

        writer.Write('\n');
    }

    /// <summary>Writes one record.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="fields">The fields; <see langword="null"/> is written as an empty field.</param>
    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            WriteField(writer, field);
        }

        writer.Write('\n');
    }

    /// <summary>Writes one field, quoted if needed, without a separator.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="field">The field.</param>
    public static void WriteField(TextWriter writer, string? field)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
