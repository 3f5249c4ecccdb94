namespace Iso27k.Risk.Cvss;

/// <summary>Maps CVSS scores to the qualitative <see cref="CvssSeverity"/> scale.</summary>
public static class CvssSeverityRating
{
    /// <summary>The rating of a score already rounded to one decimal, as every CVSS score is.</summary>
    /// <param name="score">A score from 0.0 to 10.0.</param>
    /// <returns>The qualitative rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is NaN or outside 0 to 10.</exception>
    public static CvssSeverity FromScore(double score)
    {
        if (!(score >= 0.0 && score <= 10.0))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A CVSS score lies between 0.0 and 10.0.");
        }

        // Scores carry one decimal, so the band edges are the halfway points between x.9 and (x+1).0.
        return score < 0.05 ? CvssSeverity.None
            : score < 3.95 ? CvssSeverity.Low
            : score < 6.95 ? CvssSeverity.Medium
            : score < 8.95 ? CvssSeverity.High
            : CvssSeverity.Critical;
    }
}
