namespace Iso27k.Risk;

/// <summary>Writes a <see cref="RiskRegisterScore"/> as CSV (RFC 4180), one row per risk, for the command-line tool.</summary>
public static class RiskRegisterScoreCsv
{
    /// <summary>The header row's text, without the line break.</summary>
    public const string Header = "risk_id,title,owner,method,inherent_level,current_level,residual_level,acceptance_level,residual_acceptable,trace";

    /// <summary>Writes the header and one row per risk. The trace is the residual's, or the current one's when no residual is assessed.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="score">The scores.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, RiskRegisterScore score)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(score);
        writer.Write(Header);
        writer.Write("\r\n");
        foreach (var row in score.Rows)
        {
            Field(writer, row.Risk.Id, true);
            Field(writer, row.Risk.Title, false);
            Field(writer, row.Risk.Owner, false);
            Field(writer, score.Criteria?.Method.Name, false);
            Field(writer, Level(row.Inherent), false);
            Field(writer, Level(row.Current), false);
            Field(writer, Level(row.Residual), false);
            Field(writer, score.Criteria?.AcceptanceLevelLabel, false);
            Field(writer, row.IsResidualAcceptable switch { true => "yes", false => "no", null => string.Empty }, false);
            Field(writer, (row.Residual ?? row.Current)?.Trace, false);
            writer.Write("\r\n");
        }
    }

    private static string Level(RiskEvaluation? evaluation) => evaluation switch
    {
        null => string.Empty,
        { IsRated: false } => "not rated",
        _ => evaluation.LevelLabel!,
    };

    private static void Field(TextWriter writer, string? value, bool first)
    {
        if (!first)
        {
            writer.Write(',');
        }

        if (value is null)
        {
            return;
        }

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
