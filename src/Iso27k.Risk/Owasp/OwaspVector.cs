using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Iso27k.Risk.Owasp;

/// <summary>
/// The 16 factor ratings of the OWASP Risk Rating Methodology, each 0 to 9, in their vector form
/// <c>SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5</c>.
/// </summary>
/// <remarks>
/// The ratings are packed four bits each into one 64-bit value, factor <see cref="OwaspFactor.SkillLevel"/> in the
/// lowest bits, so a vector is cheap to copy and to score. <c>default(OwaspVector)</c> rates every factor 0.
/// Parsing is strict: every factor exactly once, one digit each, in any order, optionally wrapped in parentheses as
/// the OWASP calculator writes it.
/// </remarks>
public readonly struct OwaspVector : IEquatable<OwaspVector>, ISpanParsable<OwaspVector>
{
    private const int FactorCount = 16;
    private const ushort AllFactors = 0xFFFF;

    private static readonly string[] Abbreviations =
        ["SL", "M", "O", "S", "ED", "EE", "A", "ID", "LC", "LI", "LAV", "LAC", "FD", "RD", "NC", "PV"];

    private OwaspVector(ulong packed)
    {
        Packed = packed;
    }

    internal ulong Packed { get; }

    /// <summary>The rating of one factor, 0 to 9.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The rating.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not defined.</exception>
    public int this[OwaspFactor factor]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)factor, 15u, nameof(factor));
            return (int)((Packed >> ((int)factor * 4)) & 0xF);
        }
    }

    /// <summary>The abbreviation of a factor in the vector form, such as <c>SL</c> or <c>LAV</c>.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The abbreviation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not defined.</exception>
    public static string AbbreviationOf(OwaspFactor factor)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)factor, 15u, nameof(factor));
        return Abbreviations[(int)factor];
    }

    /// <summary>Creates a vector from the 16 ratings in factor order (SL, M, O, S, ED, EE, A, ID, LC, LI, LAV, LAC, FD, RD, NC, PV).</summary>
    /// <param name="ratings">Exactly 16 ratings, each 0 to 9.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="ArgumentException">There are not 16 ratings, or one is outside 0 to 9.</exception>
    public static OwaspVector Create(ReadOnlySpan<int> ratings)
    {
        if (ratings.Length != FactorCount)
        {
            throw new ArgumentException($"Expected 16 ratings, one per factor; got {ratings.Length}.", nameof(ratings));
        }

        ulong packed = 0;
        for (var i = 0; i < FactorCount; i++)
        {
            if ((uint)ratings[i] > 9)
            {
                throw new ArgumentException($"The rating of {Abbreviations[i]} is {ratings[i]}; expected 0 to 9.", nameof(ratings));
            }

            packed |= (ulong)ratings[i] << (i * 4);
        }

        return new OwaspVector(packed);
    }

    /// <summary>Returns a copy with one factor's rating changed.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="rating">The new rating, 0 to 9.</param>
    /// <returns>The new vector.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not defined or the rating is outside 0 to 9.</exception>
    public OwaspVector WithFactor(OwaspFactor factor, int rating)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)factor, 15u, nameof(factor));
        ArgumentOutOfRangeException.ThrowIfNegative(rating);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rating, 9);
        var shift = (int)factor * 4;
        return new OwaspVector((Packed & ~(0xFUL << shift)) | ((ulong)rating << shift));
    }

    /// <summary>Parses a vector.</summary>
    /// <param name="text">The vector, such as <c>SL:5/M:2/.../PV:5</c> or <c>(SL:5/M:2/.../PV:5)</c>.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a vector; the message gives the position and what was expected.</exception>
    public static OwaspVector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a vector.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="FormatException">The text is not a vector; the message gives the position and what was expected.</exception>
    public static OwaspVector Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var vector, out var error) ? vector : throw new FormatException(error.Message);

    /// <summary>Tries to parse a vector without throwing or allocating.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="vector">The vector, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is a vector.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out OwaspVector vector) =>
        ParseCore(text, out vector, out _, out _, out _) == ParseStatus.Ok;

    /// <summary>Tries to parse a vector and, when it fails, says where and what was expected.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="vector">The vector, when the method returns <see langword="true"/>.</param>
    /// <param name="error">The problem, when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when the text is a vector.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out OwaspVector vector, [NotNullWhen(false)] out OwaspParseError? error)
    {
        var status = ParseCore(text, out vector, out var position, out var factor, out var extra);
        error = status == ParseStatus.Ok ? null : new OwaspParseError(position, Describe(text, status, position, factor, extra));
        return status == ParseStatus.Ok;
    }

    static OwaspVector IParsable<OwaspVector>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<OwaspVector>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OwaspVector result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    static OwaspVector ISpanParsable<OwaspVector>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<OwaspVector>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out OwaspVector result) =>
        TryParse(s, out result);

    private enum ParseStatus
    {
        Ok,
        Empty,
        UnclosedParenthesis,
        ExpectedFactor,
        UnknownFactor,
        DuplicateFactor,
        ExpectedColon,
        ExpectedDigit,
        ExpectedSeparator,
        MissingFactors,
    }

    private static ParseStatus ParseCore(ReadOnlySpan<char> text, out OwaspVector vector, out int position, out int factor, out int extra)
    {
        vector = default;
        position = 0;
        factor = -1;
        extra = 0;
        if (text.IsEmpty)
        {
            return ParseStatus.Empty;
        }

        var end = text.Length;
        if (text[0] == '(')
        {
            if (text[^1] != ')' || text.Length < 2)
            {
                position = text.Length;
                return ParseStatus.UnclosedParenthesis;
            }

            position = 1;
            end = text.Length - 1;
        }

        ulong packed = 0;
        var seen = 0;
        while (true)
        {
            var start = position;
            while (position < end && text[position] is >= 'A' and <= 'Z')
            {
                position++;
            }

            if (position == start)
            {
                return ParseStatus.ExpectedFactor;
            }

            factor = FactorOf(text[start..position]);
            if (factor < 0)
            {
                extra = position - start;
                position = start;
                return ParseStatus.UnknownFactor;
            }

            if ((seen & (1 << factor)) != 0)
            {
                position = start;
                return ParseStatus.DuplicateFactor;
            }

            if (position >= end || text[position] != ':')
            {
                return ParseStatus.ExpectedColon;
            }

            position++;
            if (position >= end || (uint)(text[position] - '0') > 9)
            {
                return ParseStatus.ExpectedDigit;
            }

            packed |= (ulong)(text[position] - '0') << (factor * 4);
            seen |= 1 << factor;
            position++;
            if (position == end)
            {
                break;
            }

            if (text[position] != '/')
            {
                return ParseStatus.ExpectedSeparator;
            }

            position++;
        }

        if (seen != AllFactors)
        {
            extra = ~seen & AllFactors;
            return ParseStatus.MissingFactors;
        }

        vector = new OwaspVector(packed);
        return ParseStatus.Ok;
    }

    private static int FactorOf(ReadOnlySpan<char> key)
    {
        for (var i = 0; i < Abbreviations.Length; i++)
        {
            if (key.SequenceEqual(Abbreviations[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(ReadOnlySpan<char> text, ParseStatus status, int position, int factor, int extra)
    {
        var name = factor >= 0 ? Abbreviations[factor] : string.Empty;
        var found = position < text.Length ? $"'{text[position]}'" : "the end of the text";
        var reason = status switch
        {
            ParseStatus.Empty => "the vector is empty; expected 16 factors such as SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5",
            ParseStatus.UnclosedParenthesis => "the vector opens with '(' but does not end with ')'",
            ParseStatus.ExpectedFactor => $"expected a factor abbreviation ({string.Join(", ", Abbreviations)}), found {found}",
            ParseStatus.UnknownFactor => $"'{text.Slice(position, extra).ToString()}' is not a factor; expected one of {string.Join(", ", Abbreviations)}",
            ParseStatus.DuplicateFactor => $"factor {name} is given twice; give every factor exactly once",
            ParseStatus.ExpectedColon => $"expected ':' after {name}, found {found}",
            ParseStatus.ExpectedDigit => $"expected a rating 0-9 for {name}, found {found}",
            ParseStatus.ExpectedSeparator => $"expected '/' or the end after the rating of {name}, found {found} (ratings are one digit, 0-9)",
            ParseStatus.MissingFactors => $"missing {MissingNames(extra)}; every one of the 16 factors is required",
            _ => "the vector is malformed",
        };
        return $"Invalid OWASP vector at position {position}: {reason}.";
    }

    private static string MissingNames(int mask)
    {
        var names = new StringBuilder();
        for (var i = 0; i < FactorCount; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                names.Append(names.Length == 0 ? string.Empty : ", ").Append(Abbreviations[i]);
            }
        }

        return names.ToString();
    }

    /// <summary>Formats the vector in canonical factor order: <c>SL:5/M:2/.../PV:5</c>.</summary>
    /// <returns>The vector form.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(64);
        for (var i = 0; i < FactorCount; i++)
        {
            if (i > 0)
            {
                text.Append('/');
            }

            text.Append(Abbreviations[i]).Append(':').Append((char)('0' + (int)((Packed >> (i * 4)) & 0xF)));
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(OwaspVector other) => Packed == other.Packed;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is OwaspVector other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Packed.GetHashCode();

    /// <summary>Whether two vectors are equal.</summary>
    /// <param name="left">The first vector.</param>
    /// <param name="right">The second vector.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OwaspVector left, OwaspVector right) => left.Packed == right.Packed;

    /// <summary>Whether two vectors differ.</summary>
    /// <param name="left">The first vector.</param>
    /// <param name="right">The second vector.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OwaspVector left, OwaspVector right) => left.Packed != right.Packed;
}
