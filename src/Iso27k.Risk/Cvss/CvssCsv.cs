using System.Globalization;

namespace Iso27k.Risk.Cvss;

/// <summary>
/// Writes CVSS scores as CSV for the <c>iso27k risk cvss</c> command: header
/// <c>vector,version,base_score,temporal_score,environmental_score,score,severity,error</c>, one row per vector.
/// </summary>
/// <remarks>
/// Fields are quoted as RFC 4180 requires (when they contain a comma, a double quote, CR or LF; quotes doubled).
/// Numbers are culture-invariant with one decimal (<c>9.8</c>). Rows end with the writer's
/// <see cref="TextWriter.NewLine"/>. For v3.x rows the three v3 scores are filled and <c>score</c> is the base score;
/// for v4.0 rows only <c>score</c> is filled (the CVSS-B, -BT, -BE or -BTE score). An invalid vector gives a row with
/// only <c>vector</c> and <c>error</c> filled.
/// </remarks>
public static class CvssCsv
{
    /// <summary>The header line, without line terminator.</summary>
    public const string Header = "vector,version,base_score,temporal_score,environmental_score,score,severity,error";

    /// <summary>Writes the header line.</summary>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.WriteLine();
    }

    /// <summary>Scores a vector and writes its row.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="vector">The vector string as the user gave it (written back verbatim in the first column).</param>
    /// <returns>Whether the vector was valid (false: the row carries the error).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="vector"/> is null.</exception>
    public static bool WriteRow(TextWriter writer, string vector)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(vector);
        WriteField(writer, vector);
        if (!CvssCalculator.TryScore(vector.AsSpan(), out var result, out var error))
        {
            writer.Write(",,,,,,,");
            WriteField(writer, error.Message);
            writer.WriteLine();
            return false;
        }

        writer.Write(',');
        writer.Write(result.Version.ToVersionString());
        writer.Write(',');
        WriteScore(writer, result.BaseScore);
        writer.Write(',');
        WriteScore(writer, result.TemporalScore);
        writer.Write(',');
        WriteScore(writer, result.EnvironmentalScore);
        writer.Write(',');
        WriteScore(writer, result.Score);
        writer.Write(',');
        writer.Write(SeverityText(result.Severity));
        writer.Write(',');
        writer.WriteLine();
        return true;
    }

    private static string SeverityText(CvssSeverity severity) => severity switch
    {
        CvssSeverity.None => "None",
        CvssSeverity.Low => "Low",
        CvssSeverity.Medium => "Medium",
        CvssSeverity.High => "High",
        _ => "Critical",
    };

    private static void WriteScore(TextWriter writer, double? score)
    {
        if (score is not { } value)
        {
            return;
        }

        Span<char> buffer = stackalloc char[8];
        value.TryFormat(buffer, out var written, "0.0", CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
