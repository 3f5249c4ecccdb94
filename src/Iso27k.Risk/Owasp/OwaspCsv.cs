namespace Iso27k.Risk.Owasp;

/// <summary>
/// Writes OWASP scores as CSV (RFC 4180, invariant culture), one row per vector, for the command-line tool.
/// </summary>
public static class OwaspCsv
{
    /// <summary>The header row's text, without the line break.</summary>
    public const string Header = "vector,likelihood,likelihood_level,technical_impact,business_impact,impact_level,severity,error";

    /// <summary>Writes the header row.</summary>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write("\r\n");
    }

    /// <summary>
    /// Parses and scores a vector and writes its row. A vector that does not parse gets a row with only the vector
    /// and the error column filled; it does not throw.
    /// </summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="vector">The vector text, as the user gave it.</param>
    /// <param name="policy">Which impact the severity uses.</param>
    /// <returns><see langword="true"/> when the vector parsed and was scored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool WriteRow(TextWriter writer, string vector, OwaspImpactPolicy policy = OwaspImpactPolicy.Business)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(vector);
        WriteField(writer, vector);
        if (!OwaspVector.TryParse(vector.AsSpan().Trim(), out var parsed, out var error))
        {
            writer.Write(",,,,,,,");
            WriteField(writer, error.Message);
            writer.Write("\r\n");
            return false;
        }

        var score = OwaspRiskRating.Score(parsed, policy);
        writer.Write(',');
        writer.Write(OwaspRiskRating.Format(score.Likelihood));
        writer.Write(',');
        writer.Write(OwaspRiskRating.Upper(score.LikelihoodLevel));
        writer.Write(',');
        writer.Write(OwaspRiskRating.Format(score.TechnicalImpact));
        writer.Write(',');
        writer.Write(OwaspRiskRating.Format(score.BusinessImpact));
        writer.Write(',');
        writer.Write(OwaspRiskRating.Upper(score.ImpactLevel));
        writer.Write(',');
        writer.Write(score.Severity.ToString());
        writer.Write(",\r\n");
        return true;
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
