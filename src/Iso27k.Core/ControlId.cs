using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Iso27k;

/// <summary>
/// The identifier of an Annex A control: <c>5.23</c> in the 2022 edition, <c>A.12.4.1</c> in the 2013 edition.
/// </summary>
/// <remarks>
/// <para>
/// Parsing accepts every form users meet: 2022 ids as <c>5.23</c> or <c>A.5.23</c> (ISO/IEC 27001:2022 Annex A style),
/// 2013 ids as <c>A.12.4.1</c> or <c>12.4.1</c>. The number of components tells the edition apart. Parsing and
/// formatting are culture-invariant.
/// </para>
/// <para>
/// A <see cref="ControlId"/> is only syntactic: <c>5.99</c> is a well-formed id that no catalog contains.
/// Ask a <see cref="Catalog"/> whether it holds a control.
/// </para>
/// <para>
/// Equality and ordering are numeric: <c>5.2</c> &lt; <c>5.10</c> &lt; <c>6.1</c>, and every 2013 id sorts before
/// every 2022 id. <c>default(ControlId)</c> is not a control id: it sorts before all ids, reports
/// <see cref="IsDefault"/>, and formats as <c>(none)</c>.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ControlId :
    IEquatable<ControlId>,
    IComparable<ControlId>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<ControlId>
{
    private const int EditionCode2013 = 1;
    private const int EditionCode2022 = 2;
    private const int MaxNumber = 99;
    private const string DefaultText = "(none)";

    // Packed as edition(8) | section(8) | subsection(8) | item(8), so comparing the packed values orders ids numerically.
    private readonly uint packed;

    private ControlId(int editionCode, int section, int subsection, int item)
    {
        packed = (uint)((editionCode << 24) | (section << 16) | (subsection << 8) | item);
    }

    private ControlId(uint packed) => this.packed = packed;

    /// <summary>The edition the id belongs to.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ControlId)</c>.</exception>
    public Edition Edition => (packed >> 24) switch
    {
        EditionCode2013 => Edition.Iso2013,
        EditionCode2022 => Edition.Iso2022,
        _ => throw new InvalidOperationException("default(ControlId) has no edition."),
    };

    // The packed form, for indexes that address controls by number.
    internal uint Packed => packed;

    // The id whose packed form this is (the reverse of Packed) when it is a well-formed id of the edition: two numbers
    // from 1 to 99 for 2022, three for 2013. For data that stores ids packed (the build-time snapshots of the embedded
    // catalogs).
    internal static bool TryFromPacked(uint packed, Edition edition, out ControlId id)
    {
        var section = (packed >> 16) & 0xFF;
        var subsection = (packed >> 8) & 0xFF;
        var item = packed & 0xFF;
        var wellFormed = section - 1 < MaxNumber && subsection - 1 < MaxNumber && (edition == Edition.Iso2022
            ? packed >> 24 == EditionCode2022 && item == 0
            : packed >> 24 == EditionCode2013 && item - 1 < MaxNumber);
        id = new(wellFormed ? packed : 0);
        return wellFormed;
    }

    /// <summary>Whether this is <c>default(ControlId)</c>, which identifies no control.</summary>
    public bool IsDefault => packed == 0;

    /// <summary>
    /// The first number: the theme in 2022 (5 to 8), the clause in 2013 (5 to 18).
    /// </summary>
    public int Section => (int)((packed >> 16) & 0xFF);

    /// <summary>
    /// The second number: the control's number within its theme in 2022 (23 in <c>5.23</c>), the control objective's
    /// number within its clause in 2013 (4 in <c>A.12.4.1</c>).
    /// </summary>
    public int Subsection => (int)((packed >> 8) & 0xFF);

    /// <summary>The third number of a 2013 id (1 in <c>A.12.4.1</c>); 0 for 2022 ids.</summary>
    public int Item => (int)(packed & 0xFF);

    /// <summary>For a 2022 id, its theme; <see langword="null"/> for a 2013 id.</summary>
    public ControlTheme? Theme => packed >> 24 == EditionCode2022 ? (ControlTheme)Section : null;

    /// <summary>For a 2013 id, the id of its clause (<c>A.12</c>); <see langword="null"/> for a 2022 id.</summary>
    public string? ClauseId2013 => packed >> 24 == EditionCode2013
        ? string.Create(CultureInfo.InvariantCulture, $"A.{Section}")
        : null;

    /// <summary>For a 2013 id, the id of its control objective (<c>A.12.4</c>); <see langword="null"/> for a 2022 id.</summary>
    public string? ObjectiveId2013 => packed >> 24 == EditionCode2013
        ? string.Create(CultureInfo.InvariantCulture, $"A.{Section}.{Subsection}")
        : null;

    /// <summary>Creates a 2022 id such as <c>5.23</c>.</summary>
    /// <param name="theme">The theme number, 5 to 8.</param>
    /// <param name="number">The control's number within the theme, 1 to 99.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public static ControlId Create2022(int theme, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(theme, 5);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(theme, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxNumber);
        return new ControlId(EditionCode2022, theme, number, 0);
    }

    /// <summary>Creates a 2013 id such as <c>A.12.4.1</c>.</summary>
    /// <param name="clause">The clause number, 5 to 18.</param>
    /// <param name="objective">The objective's number within the clause, 1 to 99.</param>
    /// <param name="control">The control's number within the objective, 1 to 99.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public static ControlId Create2013(int clause, int objective, int control)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clause, 5);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clause, 18);
        ArgumentOutOfRangeException.ThrowIfLessThan(objective, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(objective, MaxNumber);
        ArgumentOutOfRangeException.ThrowIfLessThan(control, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(control, MaxNumber);
        return new ControlId(EditionCode2013, clause, objective, control);
    }

    /// <summary>Parses a control id in any accepted form.</summary>
    /// <param name="text">The text, such as <c>5.23</c>, <c>A.5.23</c>, <c>A.12.4.1</c> or <c>12.4.1</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a control id; the message quotes it and says what was expected.</exception>
    public static ControlId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The conversion, not AsSpan: that extension lives behind a facade assembly (System.Memory) that the first
        // parse in a process would load.
        return Parse((ReadOnlySpan<char>)text);
    }

    /// <summary>Parses a control id in any accepted form.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a control id; the message quotes it and says what was expected.</exception>
    public static ControlId Parse(ReadOnlySpan<char> text)
    {
        var error = ParseCore(text, out var id);
        return error == ParseError.None ? id : throw new FormatException(DescribeError(text, error));
    }

    /// <summary>Parses a control id for a given edition; a valid id of the other edition is an error.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="edition">The edition the id must belong to.</param>
    /// <returns>The id.</returns>
    /// <exception cref="FormatException">The text is not a control id of that edition.</exception>
    public static ControlId Parse(ReadOnlySpan<char> text, Edition edition)
    {
        var id = Parse(text);
        if (id.Edition != edition)
        {
            throw new FormatException(
                $"'{text.ToString()}' is a {id.Edition.ToYearString()} control id; expected a {edition.ToYearString()} id such as {(edition == Edition.Iso2022 ? "'5.23'" : "'A.12.4.1'")}.");
        }

        return id;
    }

    /// <summary>Tries to parse a control id in any accepted form, without throwing.</summary>
    /// <param name="text">The text to parse; <see langword="null"/> fails.</param>
    /// <param name="id">The id, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is a control id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ControlId id)
    {
        if (text is null)
        {
            id = default;
            return false;
        }

        return ParseCore(text, out id) == ParseError.None;
    }

    /// <summary>Tries to parse a control id in any accepted form, without throwing or allocating.</summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="id">The id, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is a control id.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ControlId id) => ParseCore(text, out id) == ParseError.None;

    /// <summary>
    /// Tries to parse a control id, and when it fails, says why in the words <see cref="Parse(string)"/> would use.
    /// </summary>
    /// <param name="text">The characters to parse.</param>
    /// <param name="id">The id, when the method returns <see langword="true"/>.</param>
    /// <param name="error">The reason, when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when the text is a control id.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ControlId id, [NotNullWhen(false)] out string? error)
    {
        var code = ParseCore(text, out id);
        error = code == ParseError.None ? null : DescribeError(text, code);
        return code == ParseError.None;
    }

    static ControlId IParsable<ControlId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<ControlId>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ControlId result) =>
        TryParse(s, out result);

    static ControlId ISpanParsable<ControlId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<ControlId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ControlId result) =>
        TryParse(s, out result);

    private enum ParseError
    {
        None,
        Empty,
        BadCharacter,
        EmptyComponent,
        LeadingZero,
        TooManyComponents,
        TooFewComponents,
        NumberTooLarge,
        ThemeOutOfRange,
        ClauseOutOfRange,
    }

    private static ParseError ParseCore(ReadOnlySpan<char> text, out ControlId id)
    {
        id = default;
        if (text.IsEmpty)
        {
            return ParseError.Empty;
        }

        var position = 0;
        if (text.Length >= 2 && (text[0] | 0x20) == 'a' && text[1] == '.')
        {
            position = 2;
        }

        // Three numbers at most, kept in locals rather than a buffer: this is the hot path of every import.
        int first = 0, second = 0, third = 0, count = 0;
        while (true)
        {
            var start = position;
            var value = 0;
            while ((uint)position < (uint)text.Length)
            {
                var c = text[position];
                if (c == '.')
                {
                    break;
                }

                var digit = c - '0';
                if ((uint)digit > 9)
                {
                    return ParseError.BadCharacter;
                }

                if (position - start >= 2)
                {
                    return ParseError.NumberTooLarge;
                }

                value = (value * 10) + digit;
                position++;
            }

            var length = position - start;
            if (length == 0)
            {
                return ParseError.EmptyComponent;
            }

            if (length > 1 && text[start] == '0')
            {
                return ParseError.LeadingZero;
            }

            if (value == 0)
            {
                return ParseError.NumberTooLarge;
            }

            switch (count++)
            {
                case 0:
                    first = value;
                    break;
                case 1:
                    second = value;
                    break;
                case 2:
                    third = value;
                    break;
                default:
                    return ParseError.TooManyComponents;
            }

            if (position == text.Length)
            {
                break;
            }

            position++; // the dot
        }

        switch (count)
        {
            case 2:
                if (first is < 5 or > 8)
                {
                    return ParseError.ThemeOutOfRange;
                }

                id = new ControlId(EditionCode2022, first, second, 0);
                return ParseError.None;
            case 3:
                if (first is < 5 or > 18)
                {
                    return ParseError.ClauseOutOfRange;
                }

                id = new ControlId(EditionCode2013, first, second, third);
                return ParseError.None;
            default:
                return ParseError.TooFewComponents;
        }
    }

    private static string DescribeError(ReadOnlySpan<char> text, ParseError error)
    {
        var reason = error switch
        {
            ParseError.Empty => "the text is empty",
            ParseError.BadCharacter => "only digits and dots may follow the optional 'A.' prefix",
            ParseError.EmptyComponent => "a number is missing between dots",
            ParseError.LeadingZero => "numbers are written without leading zeros",
            ParseError.TooManyComponents => "it has more than three numbers",
            ParseError.TooFewComponents => "it has only one number",
            ParseError.NumberTooLarge => "each number must be between 1 and 99",
            ParseError.ThemeOutOfRange => "a 2022 id starts with a theme from 5 to 8",
            ParseError.ClauseOutOfRange => "a 2013 id starts with a clause from 5 to 18",
            _ => "it is malformed",
        };
        var shown = text.Length > 64 ? string.Concat(text[..64], "...") : text.ToString();
        return $"'{shown}' is not a control id ({reason}): expected a 2022 id such as '5.23' or 'A.5.23', or a 2013 id such as 'A.12.4.1' or '12.4.1'.";
    }

    /// <summary>
    /// Formats the id in its canonical form: <c>5.23</c> for 2022, <c>A.12.4.1</c> for 2013.
    /// </summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the id. Formats: <c>G</c> or empty, canonical (<c>5.23</c>, <c>A.12.4.1</c>); <c>A</c>, always with the
    /// Annex A prefix (<c>A.5.23</c>, <c>A.12.4.1</c>); <c>N</c>, numbers only (<c>5.23</c>, <c>12.4.1</c>).
    /// </summary>
    /// <param name="format">The format, or <see langword="null"/> for canonical.</param>
    /// <param name="formatProvider">Ignored: ids are culture-invariant.</param>
    /// <returns>The formatted text.</returns>
    /// <exception cref="FormatException">The format is not one of G, A or N.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[16];
        if (!TryFormat(buffer, out var written, format.AsSpan(), formatProvider))
        {
            throw new FormatException($"Unknown control id format '{format}': expected G, A or N.");
        }

        return new string(buffer[..written]);
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="destination">Where to write the characters.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format: G (or empty), A or N.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format is unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        bool? prefix;
        if (format.IsEmpty || format is "G" or "g")
        {
            prefix = null;
        }
        else if (format is "A" or "a")
        {
            prefix = true;
        }
        else if (format is "N" or "n")
        {
            prefix = false;
        }
        else
        {
            return false;
        }

        if (packed == 0)
        {
            if (!DefaultText.AsSpan().TryCopyTo(destination))
            {
                return false;
            }

            charsWritten = DefaultText.Length;
            return true;
        }

        var is2013 = packed >> 24 == EditionCode2013;
        var withPrefix = prefix ?? is2013;
        var position = 0;
        if (withPrefix)
        {
            if (destination.Length < 2)
            {
                return false;
            }

            destination[0] = 'A';
            destination[1] = '.';
            position = 2;
        }

        if (!AppendNumber(destination, ref position, Section) || !AppendDot(destination, ref position) ||
            !AppendNumber(destination, ref position, Subsection))
        {
            return false;
        }

        if (is2013 && (!AppendDot(destination, ref position) || !AppendNumber(destination, ref position, Item)))
        {
            return false;
        }

        charsWritten = position;
        return true;
    }

    /// <summary>Formats the id as UTF-8; see <see cref="ToString(string?, IFormatProvider?)"/> for the formats.</summary>
    /// <param name="utf8Destination">Where to write the bytes.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">The format: G (or empty), A or N.</param>
    /// <param name="provider">Ignored: ids are culture-invariant.</param>
    /// <returns><see langword="false"/> when the destination is too small or the format is unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Span<char> chars = stackalloc char[16];
        bytesWritten = 0;
        if (!TryFormat(chars, out var written, format, provider) || utf8Destination.Length < written)
        {
            return false;
        }

        // Every character of an id is ASCII, so one char is one byte.
        for (var i = 0; i < written; i++)
        {
            utf8Destination[i] = (byte)chars[i];
        }

        bytesWritten = written;
        return true;
    }

    // For data files, which must write ids in canonical form: parses like TryParse, and reports whether the text is
    // the canonical form. Parsing has rejected leading zeros, so only the prefix can differ: "A." for 2013, none for
    // 2022. Checked here rather than by formatting and comparing, which costs more to compile on first use than
    // loading a catalog otherwise takes.
    internal static bool TryParseData(ReadOnlySpan<char> text, out ControlId id, out bool canonical)
    {
        var parsed = ParseCore(text, out id) == ParseError.None;
        canonical = parsed && (id.packed >> 24 == EditionCode2013 ? text[0] == 'A' : text[0] != 'A' && text[0] != 'a');
        return parsed;
    }

    // The canonical form of an edition's ids as data files write them, read from ASCII bytes: "5.23" (2022) or
    // "A.12.4.1" (2013). Returns false for anything else, which TryParseData then reads and explains.
    internal static bool TryParseCanonical(ReadOnlySpan<byte> text, Edition edition, out ControlId id)
    {
        id = default;
        var is2013 = edition == Edition.Iso2013;
        var position = is2013 ? 2 : 0;
        if (is2013 && (text.Length < 2 || text[0] != 'A' || text[1] != '.'))
        {
            return false;
        }

        var first = NumberAt(text, ref position);
        var second = NumberAt(text, ref position);
        var third = is2013 ? NumberAt(text, ref position) : 0;
        if (position != text.Length + 1 || second < 0 || third < 0
            || (is2013 ? first is < 5 or > 18 : first is < 5 or > 8))
        {
            return false;
        }

        id = new ControlId(is2013 ? EditionCode2013 : EditionCode2022, first, second, third);
        return true;
    }

    // A number from 1 to 99 without a leading zero, followed by a dot or the end; moves past both. -1 if none.
    // Without a loop: a method with a loop is first compiled with profiling probes, which costs more.
    private static int NumberAt(ReadOnlySpan<byte> text, ref int position)
    {
        var start = position;
        var first = start < text.Length ? text[start] - '0' : -1;
        var second = start + 1 < text.Length ? text[start + 1] - '0' : -1;
        var twoDigits = (uint)second <= 9;
        var end = start + (twoDigits ? 2 : 1);
        var valid = first is >= 1 and <= 9 && (end == text.Length || (end < text.Length && text[end] == '.'));
        position = end + 1;
        return !valid ? -1 : twoDigits ? (first * 10) + second : first;
    }

    // Whether the id stands in the group with the given id: its 2022 theme ("5") or its 2013 objective ("A.12.4").
    // Compared digit by digit: formatting the numbers would initialise culture data on first use.
    internal bool StandsIn(string groupId, bool objective)
    {
        int end;
        if (objective)
        {
            return packed >> 24 == EditionCode2013 && groupId.Length > 2 && groupId[0] == 'A' && groupId[1] == '.'
                && IsNumberAt(groupId, 2, Section, out end) && end < groupId.Length && groupId[end] == '.'
                && IsNumberAt(groupId, end + 1, Subsection, out end) && end == groupId.Length;
        }

        return packed >> 24 == EditionCode2022 && IsNumberAt(groupId, 0, Section, out end) && end == groupId.Length;
    }

    // Whether the number (1 to 99) is written at the position, without leading zeros.
    private static bool IsNumberAt(string text, int start, int value, out int end)
    {
        end = start + (value >= 10 ? 2 : 1);
        return end <= text.Length
            && (value < 10 || text[start] == (char)('0' + (value / 10)))
            && text[end - 1] == (char)('0' + (value % 10));
    }

    private static bool AppendNumber(Span<char> destination, ref int position, int value)
    {
        if (value >= 10)
        {
            if (position + 2 > destination.Length)
            {
                return false;
            }

            destination[position++] = (char)('0' + (value / 10));
            destination[position++] = (char)('0' + (value % 10));
            return true;
        }

        if (position + 1 > destination.Length)
        {
            return false;
        }

        destination[position++] = (char)('0' + value);
        return true;
    }

    private static bool AppendDot(Span<char> destination, ref int position)
    {
        if (position >= destination.Length)
        {
            return false;
        }

        destination[position++] = '.';
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(ControlId other) => packed == other.packed;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ControlId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)packed;

    /// <summary>Compares numerically: 2013 ids first, then by each number in turn.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>Negative, zero or positive as this id sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ControlId other) => packed.CompareTo(other.packed);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ControlId other => CompareTo(other),
        _ => throw new ArgumentException("Expected a ControlId.", nameof(obj)),
    };

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ControlId left, ControlId right) => left.packed == right.packed;

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ControlId left, ControlId right) => left.packed != right.packed;

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(ControlId left, ControlId right) => left.packed < right.packed;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(ControlId left, ControlId right) => left.packed > right.packed;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(ControlId left, ControlId right) => left.packed <= right.packed;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(ControlId left, ControlId right) => left.packed >= right.packed;
}
