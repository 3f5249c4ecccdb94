namespace Iso27k.Risk.Cvss;

/// <summary>
/// Entry point that scores a CVSS vector of any supported version (3.0, 3.1, 4.0), detected from its prefix.
/// </summary>
/// <example>
/// <code>
/// if (CvssCalculator.TryScore("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", out var result, out var error))
///     Console.WriteLine(result.Score);   // 9.8
/// else
///     Console.WriteLine(error.Message);
/// </code>
/// </example>
public static class CvssCalculator
{
    /// <summary>Parses and scores a vector of any supported version, without throwing and without allocating.</summary>
    /// <param name="vector">The vector string, starting with <c>CVSS:3.0/</c>, <c>CVSS:3.1/</c> or <c>CVSS:4.0/</c>.</param>
    /// <param name="result">The score, or <c>default</c> on failure.</param>
    /// <param name="error">On failure, where and why; <c>default</c> on success.</param>
    /// <returns>Whether the vector is valid.</returns>
    public static bool TryScore(ReadOnlySpan<char> vector, out CvssResult result, out CvssParseError error)
    {
        result = default;
        if (vector.StartsWith("CVSS:4", StringComparison.Ordinal))
        {
            if (!CvssV40Vector.TryParse(vector, out var v4, out error))
            {
                return false;
            }

            result = new CvssResult(v4, v4.Score());
            return true;
        }

        if (vector.StartsWith("CVSS:3", StringComparison.Ordinal))
        {
            if (!CvssV31Vector.TryParse(vector, out var v3, out error))
            {
                return false;
            }

            result = new CvssResult(v3, v3.Score());
            return true;
        }

        error = CvssV31Vector.PrefixError(vector, "'CVSS:3.0/', 'CVSS:3.1/' or 'CVSS:4.0/'");
        return false;
    }

    /// <summary>Parses and scores a vector of any supported version, without throwing.</summary>
    /// <param name="vector">The vector string; <see langword="null"/> fails.</param>
    /// <param name="result">The score, or <c>default</c> on failure.</param>
    /// <param name="error">On failure, where and why.</param>
    /// <returns>Whether the vector is valid.</returns>
    public static bool TryScore(string? vector, out CvssResult result, out CvssParseError error) =>
        TryScore(vector.AsSpan(), out result, out error);

    /// <summary>Parses and scores a vector of any supported version.</summary>
    /// <param name="vector">The vector string.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vector"/> is null.</exception>
    /// <exception cref="FormatException">The vector is invalid; the message names the position and metric.</exception>
    public static CvssResult Score(string vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        return TryScore(vector.AsSpan(), out var result, out var error) ? result : throw new FormatException(error.Message);
    }

    /// <summary>Parses a vector of any supported version into its version-specific type.</summary>
    /// <param name="vector">The vector string; <see langword="null"/> fails.</param>
    /// <param name="parsed">A <see cref="CvssV31Vector"/> or <see cref="CvssV40Vector"/> (boxed), or <see langword="null"/>.</param>
    /// <param name="error">On failure, where and why.</param>
    /// <returns>Whether the vector is valid.</returns>
    public static bool TryParse(string? vector, out ICvssVector? parsed, out CvssParseError error)
    {
        parsed = null;
        var span = vector.AsSpan();
        if (span.StartsWith("CVSS:4", StringComparison.Ordinal))
        {
            if (CvssV40Vector.TryParse(span, out var v4, out error))
            {
                parsed = v4;
                return true;
            }

            return false;
        }

        if (span.StartsWith("CVSS:3", StringComparison.Ordinal))
        {
            if (CvssV31Vector.TryParse(span, out var v3, out error))
            {
                parsed = v3;
                return true;
            }

            return false;
        }

        error = CvssV31Vector.PrefixError(span, "'CVSS:3.0/', 'CVSS:3.1/' or 'CVSS:4.0/'");
        return false;
    }
}
