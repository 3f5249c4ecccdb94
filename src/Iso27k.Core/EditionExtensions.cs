using System.Diagnostics.CodeAnalysis;

namespace Iso27k;

/// <summary>
/// Parsing and formatting of <see cref="Edition"/> values as users write them ("2013", "2022").
/// </summary>
public static class EditionExtensions
{
    /// <summary>Returns the edition's year as a string: "2013" or "2022".</summary>
    /// <param name="edition">The edition.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined edition.</exception>
    public static string ToYearString(this Edition edition) => edition switch
    {
        Edition.Iso2013 => "2013",
        Edition.Iso2022 => "2022",
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Expected Edition.Iso2013 or Edition.Iso2022."),
    };

    /// <summary>
    /// Parses "2013", "2022", "ISO2013", "ISO/IEC 27001:2022" and similar forms (case-insensitive).
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="edition">The edition, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text names an edition.</returns>
    public static bool TryParseEdition(string? text, [NotNullWhen(true)] out Edition? edition)
    {
        edition = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.EndsWith("2013", StringComparison.Ordinal))
        {
            edition = Edition.Iso2013;
        }
        else if (trimmed.EndsWith("2022", StringComparison.Ordinal))
        {
            edition = Edition.Iso2022;
        }
        else
        {
            return false;
        }

        // Only the year, or a prefix that names the standard, may stand before it.
        var prefix = trimmed[..^4].TrimEnd(":- ".AsSpan()).ToString().ToUpperInvariant();
        if (prefix is "" or "ISO" or "ISO/IEC 27001" or "ISO/IEC 27002" or "ISO 27001" or "ISO 27002" or "27001" or "27002")
        {
            return true;
        }

        edition = null;
        return false;
    }
}
