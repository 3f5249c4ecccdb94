using System.Diagnostics;
using System.Globalization;

namespace Iso27k.Risk.Cvss;

/// <summary>
/// A parsed CVSS v4.0 vector: the eleven base metrics and the optional threat, environmental and supplemental metrics,
/// packed into 16 bytes.
/// </summary>
/// <remarks>
/// <para>
/// Parsing is strict, as FIRST's v4.0 calculator is: the prefix <c>CVSS:4.0/</c>, every base metric, each metric at most
/// once, legal values only, and metrics in the order of the specification's vector string table (base, threat,
/// environmental, supplemental). <c>X</c> (Not Defined) is accepted for optional metrics; <see cref="ToString()"/> leaves
/// Not Defined metrics out.
/// </para>
/// <para>
/// <see cref="TryParse(ReadOnlySpan{char}, out CvssV40Vector, out CvssParseError)"/> and <see cref="Score"/> do not
/// allocate. <c>default(CvssV40Vector)</c> is <c>CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H</c>.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CvssV40Vector : IEquatable<CvssV40Vector>, ICvssVector
{
    internal const int AV = 0, AC = 1, AT = 2, PR = 3, UI = 4, VC = 5, VI = 6, VA = 7, SC = 8, SI = 9, SA = 10,
        E = 11, CR = 12, IR = 13, AR = 14, MAV = 15, MSI = 24, MSA = 25, S = 26;

    internal const int MetricCount = 32;

    internal static readonly CvssMetricTable Table = new(
        ["AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA", "E", "CR", "IR", "AR",
         "MAV", "MAC", "MAT", "MPR", "MUI", "MVC", "MVI", "MVA", "MSC", "MSI", "MSA", "S", "AU", "R", "V", "RE", "U"],
        [
            ["N", "A", "L", "P"], ["L", "H"], ["N", "P"], ["N", "L", "H"], ["N", "P", "A"],
            ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"],
            ["X", "A", "P", "U"],
            ["X", "H", "M", "L"], ["X", "H", "M", "L"], ["X", "H", "M", "L"],
            ["X", "N", "A", "L", "P"], ["X", "L", "H"], ["X", "N", "P"], ["X", "N", "L", "H"], ["X", "N", "P", "A"],
            ["X", "H", "L", "N"], ["X", "H", "L", "N"], ["X", "H", "L", "N"],
            ["X", "H", "L", "N"], ["X", "S", "H", "L", "N"], ["X", "S", "H", "L", "N"],
            ["X", "N", "P"], ["X", "N", "Y"], ["X", "A", "U", "I"], ["X", "D", "C"], ["X", "L", "M", "H"],
            ["X", "Clear", "Green", "Amber", "Red"],
        ],
        mandatoryCount: 11);

    // One nibble per metric (its value number in Table.Values): metrics 0-15 in low, 16-31 in high.
    private readonly ulong low;
    private readonly ulong high;

    private CvssV40Vector(ulong low, ulong high)
    {
        this.low = low;
        this.high = high;
    }

    /// <summary>The metric abbreviations of CVSS v4.0 in the specification's order.</summary>
    public static IReadOnlyList<string> MetricNames => Table.ReadOnlyNames;

    /// <summary>Whether the threat metric E has a value other than Not Defined.</summary>
    public bool HasThreatMetrics => Get(E) != 0;

    /// <summary>Whether any environmental metric (CR, IR, AR, MAV ... MSA) has a value other than Not Defined.</summary>
    public bool HasEnvironmentalMetrics
    {
        get
        {
            for (var m = CR; m < S; m++)
            {
                if (Get(m) != 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Which metric groups the score reflects (CVSS-B, -BT, -BE or -BTE).</summary>
    public CvssNomenclature Nomenclature =>
        (CvssNomenclature)((HasThreatMetrics ? 1 : 0) | (HasEnvironmentalMetrics ? 2 : 0));

    /// <inheritdoc/>
    public CvssVersion Version => CvssVersion.V40;

    /// <summary>Compares all metric values.</summary>
    /// <param name="left">The first vector.</param>
    /// <param name="right">The second vector.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CvssV40Vector left, CvssV40Vector right) => left.Equals(right);

    /// <summary>Compares all metric values.</summary>
    /// <param name="left">The first vector.</param>
    /// <param name="right">The second vector.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CvssV40Vector left, CvssV40Vector right) => !left.Equals(right);

    /// <summary>Parses a CVSS v4.0 vector without throwing and without allocating on success.</summary>
    /// <param name="text">The vector string, such as <c>CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N</c>.</param>
    /// <param name="vector">The vector, or <c>default</c> on failure.</param>
    /// <param name="error">On failure, where and why; <c>default</c> on success.</param>
    /// <returns>Whether the text is a valid vector.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CvssV40Vector vector, out CvssParseError error)
    {
        vector = default;
        if (!text.StartsWith("CVSS:4.0/", StringComparison.Ordinal))
        {
            error = CvssV31Vector.PrefixError(text, "'CVSS:4.0/'");
            return false;
        }

        ulong lo = 0, hi = 0;
        var last = -1;
        var position = 9;
        while (true)
        {
            int metric, value, end;
            if (!Table.TryReadSimple(text, position, out metric, out value, out end))
            {
                var rest = text[position..];
                var slash = rest.IndexOf('/');
                end = slash < 0 ? text.Length : position + slash;
                if (!CvssV31Vector.TryParseComponent(Table, text[position..end], position, out metric, out value, out error))
                {
                    return false;
                }
            }

            if (metric <= last)
            {
                var name = Table.Names[metric];
                error = metric == last
                    ? new CvssParseError(
                        CvssParseErrorKind.DuplicateMetric, position, name,
                        string.Create(CultureInfo.InvariantCulture, $"Metric '{name}' at position {position} appears more than once; each metric may be given once."))
                    : new CvssParseError(
                        CvssParseErrorKind.OutOfOrder, position, name,
                        string.Create(CultureInfo.InvariantCulture, $"Metric '{name}' at position {position} is out of order: it must come before '{Table.Names[last]}' (CVSS 4.0 order: {Table.ExpectedMetrics})."));
                return false;
            }

            if (last + 1 < Table.MandatoryCount && metric > last + 1)
            {
                error = MissingError(last + 1, position);
                return false;
            }

            last = metric;
            if (metric < 16)
            {
                lo |= (ulong)value << (4 * metric);
            }
            else
            {
                hi |= (ulong)value << (4 * (metric - 16));
            }

            if (end >= text.Length)
            {
                break;
            }

            position = end + 1;
        }

        if (last + 1 < Table.MandatoryCount)
        {
            error = MissingError(last + 1, text.Length);
            return false;
        }

        vector = new CvssV40Vector(lo, hi);
        error = default;
        return true;
    }

    /// <summary>Parses a CVSS v4.0 vector without throwing.</summary>
    /// <param name="text">The vector string; <see langword="null"/> fails.</param>
    /// <param name="vector">The vector, or <c>default</c> on failure.</param>
    /// <param name="error">On failure, where and why.</param>
    /// <returns>Whether the text is a valid vector.</returns>
    public static bool TryParse(string? text, out CvssV40Vector vector, out CvssParseError error) =>
        TryParse(text.AsSpan(), out vector, out error);

    /// <summary>Parses a CVSS v4.0 vector.</summary>
    /// <param name="text">The vector string.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="FormatException">The text is not a valid vector; the message names the position and metric.</exception>
    public static CvssV40Vector Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var vector, out var error) ? vector : throw new FormatException(error.Message);

    /// <summary>Parses a CVSS v4.0 vector.</summary>
    /// <param name="text">The vector string.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid vector; the message names the position and metric.</exception>
    public static CvssV40Vector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>The value of a metric as written in a vector (<c>N</c>, <c>H</c>, <c>Amber</c>, ...; <c>X</c> for Not Defined).</summary>
    /// <param name="metric">A metric abbreviation from <see cref="MetricNames"/>, such as <c>AV</c> or <c>MSI</c>.</param>
    /// <returns>The value abbreviation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="metric"/> is not a CVSS v4.0 metric.</exception>
    public string GetValue(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var index = Table.Find(metric);
        if (index < 0)
        {
            throw new ArgumentException($"'{metric}' is not a CVSS v4.0 metric; expected one of {Table.ExpectedMetrics}.", nameof(metric));
        }

        return Table.Values[index][Get(index)];
    }

    /// <summary>Computes the score with FIRST's MacroVector method; allocation-free.</summary>
    /// <returns>The score, its nomenclature and MacroVector.</returns>
    public CvssV40Score Score()
    {
        CvssV40Calculator.Compute(this, out var computation);
        return new CvssV40Score(computation.Score, Nomenclature, computation.MacroVector);
    }

    /// <summary>Computes the score with every intermediate value of the MacroVector method.</summary>
    /// <returns>The trace (allocates).</returns>
    public CvssV40Trace Explain()
    {
        CvssV40Calculator.Compute(this, out var computation);
        return new CvssV40Trace(this, computation);
    }

    /// <inheritdoc/>
    public CvssResult Evaluate() => new(this, Score());

    /// <inheritdoc/>
    string ICvssVector.Explain() => Explain().ToString();

    /// <inheritdoc/>
    public bool Equals(CvssV40Vector other) => low == other.low && high == other.high;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CvssV40Vector other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(low, high);

    /// <summary>The canonical vector string: specification order, Not Defined metrics omitted.</summary>
    /// <returns>The vector string.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[192];
        TryFormat(buffer, out var written);
        return new string(buffer[..written]);
    }

    /// <summary>Writes the canonical vector string without allocating.</summary>
    /// <param name="destination">The buffer; 192 characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns>Whether the buffer was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        const string Prefix = "CVSS:4.0";
        if (!Prefix.TryCopyTo(destination))
        {
            return false;
        }

        var n = Prefix.Length;
        for (var m = 0; m < MetricCount; m++)
        {
            var v = Get(m);
            if (m >= Table.MandatoryCount && v == 0)
            {
                continue;
            }

            var name = Table.Names[m];
            var value = Table.Values[m][v];
            if (n + name.Length + value.Length + 2 > destination.Length)
            {
                return false;
            }

            destination[n++] = '/';
            name.CopyTo(destination[n..]);
            n += name.Length;
            destination[n++] = ':';
            value.CopyTo(destination[n..]);
            n += value.Length;
        }

        charsWritten = n;
        return true;
    }

    internal int Get(int metric) => metric < 16
        ? (int)((low >> (4 * metric)) & 0xF)
        : (int)((high >> (4 * (metric - 16))) & 0xF);

    private static CvssParseError MissingError(int metric, int position) => new(
        CvssParseErrorKind.MissingMetric, position, Table.Names[metric],
        string.Create(CultureInfo.InvariantCulture, $"Base metric '{Table.Names[metric]}' is missing before position {position}; every base metric ({string.Join(", ", Table.Names[..11])}) is mandatory, in that order."));
}
