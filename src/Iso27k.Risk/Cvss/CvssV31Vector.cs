using System.Diagnostics;
using System.Globalization;

namespace Iso27k.Risk.Cvss;

/// <summary>
/// A parsed CVSS v3.1 vector (or v3.0: see <see cref="Version"/>): the eight base metrics and the optional temporal and
/// environmental metrics, packed into 16 bytes.
/// </summary>
/// <remarks>
/// <para>
/// Parsing follows the specification's vector string rules (section 6 of the v3.1 specification): the prefix
/// <c>CVSS:3.1/</c> or <c>CVSS:3.0/</c>, every base metric exactly once, temporal and environmental metrics at most
/// once each, legal values only, metrics in any order (programs reading v3 vectors must accept any order), and
/// <c>X</c> (Not Defined) allowed for optional metrics. <see cref="ToString()"/> writes the canonical form: the
/// specification's preferred order with Not Defined metrics left out.
/// </para>
/// <para>
/// <see cref="TryParse(ReadOnlySpan{char}, out CvssV31Vector, out CvssParseError)"/> and <see cref="Score"/> do not
/// allocate. <c>default(CvssV31Vector)</c> is <c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CvssV31Vector : IEquatable<CvssV31Vector>, ICvssVector
{
    internal const int AV = 0, AC = 1, PR = 2, UI = 3, S = 4, C = 5, I = 6, A = 7, E = 8, RL = 9, RC = 10,
        CR = 11, IR = 12, AR = 13, MAV = 14, MAC = 15, MPR = 16, MUI = 17, MS = 18, MC = 19, MI = 20, MA = 21;

    internal const int MetricCount = 22;
    private const ulong Version30Flag = 1UL << 63;

    internal static readonly CvssMetricTable Table = new(
        ["AV", "AC", "PR", "UI", "S", "C", "I", "A", "E", "RL", "RC", "CR", "IR", "AR", "MAV", "MAC", "MPR", "MUI", "MS", "MC", "MI", "MA"],
        [
            ["N", "A", "L", "P"], ["L", "H"], ["N", "L", "H"], ["N", "R"], ["U", "C"],
            ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"],
            ["X", "U", "P", "F", "H"], ["X", "O", "T", "W", "U"], ["X", "U", "R", "C"],
            ["X", "L", "M", "H"], ["X", "L", "M", "H"], ["X", "L", "M", "H"],
            ["X", "N", "A", "L", "P"], ["X", "L", "H"], ["X", "N", "L", "H"], ["X", "N", "R"], ["X", "U", "C"],
            ["X", "H", "L", "N"], ["X", "H", "L", "N"], ["X", "H", "L", "N"],
        ],
        mandatoryCount: 8);

    // One nibble per metric (its value number in Table.Values): metrics 0-15 in low, 16-21 in high; bit 63 of high
    // marks a v3.0 vector so that default(CvssV31Vector) is a v3.1 vector.
    private readonly ulong low;
    private readonly ulong high;

    private CvssV31Vector(ulong low, ulong high)
    {
        this.low = low;
        this.high = high;
    }

    /// <summary>The version named in the prefix: <see cref="CvssVersion.V31"/> or <see cref="CvssVersion.V30"/>.</summary>
    /// <remarks>The two versions share metrics but differ in rounding and in the environmental formula.</remarks>
    public CvssVersion Version => (high & Version30Flag) != 0 ? CvssVersion.V30 : CvssVersion.V31;

    /// <summary>The metric abbreviations of CVSS v3.x in the specification's order (base, temporal, environmental).</summary>
    public static IReadOnlyList<string> MetricNames => Table.ReadOnlyNames;

    /// <summary>Whether any temporal metric (E, RL, RC) has a value other than Not Defined.</summary>
    public bool HasTemporalMetrics => Get(E) != 0 || Get(RL) != 0 || Get(RC) != 0;

    /// <summary>Whether any environmental metric (CR, IR, AR, MAV ... MA) has a value other than Not Defined.</summary>
    public bool HasEnvironmentalMetrics
    {
        get
        {
            for (var m = CR; m < MetricCount; m++)
            {
                if (Get(m) != 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Compares all metric values and the version.</summary>
    /// <param name="left">The first vector.</param>
    /// <param name="right">The second vector.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CvssV31Vector left, CvssV31Vector right) => left.Equals(right);

    /// <summary>Compares all metric values and the version.</summary>
    /// <param name="left">The first vector.</param>
    /// <param name="right">The second vector.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CvssV31Vector left, CvssV31Vector right) => !left.Equals(right);

    /// <summary>Parses a CVSS v3.1 or v3.0 vector without throwing and without allocating on success.</summary>
    /// <param name="text">The vector string, such as <c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>.</param>
    /// <param name="vector">The vector, or <c>default</c> on failure.</param>
    /// <param name="error">On failure, where and why; <c>default</c> on success.</param>
    /// <returns>Whether the text is a valid vector.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CvssV31Vector vector, out CvssParseError error)
    {
        vector = default;
        CvssVersion version;
        if (text.StartsWith("CVSS:3.1/", StringComparison.Ordinal))
        {
            version = CvssVersion.V31;
        }
        else if (text.StartsWith("CVSS:3.0/", StringComparison.Ordinal))
        {
            version = CvssVersion.V30;
        }
        else
        {
            error = PrefixError(text, "'CVSS:3.1/' or 'CVSS:3.0/'");
            return false;
        }

        ulong lo = 0, hi = version == CvssVersion.V30 ? Version30Flag : 0;
        var seen = 0;
        var position = 9;
        while (true)
        {
            int metric, value, end;
            if (!Table.TryReadSimple(text, position, out metric, out value, out end))
            {
                var rest = text[position..];
                var slash = rest.IndexOf('/');
                end = slash < 0 ? text.Length : position + slash;
                if (!TryParseComponent(Table, text[position..end], position, out metric, out value, out error))
                {
                    return false;
                }
            }

            if ((seen & (1 << metric)) != 0)
            {
                error = new CvssParseError(
                    CvssParseErrorKind.DuplicateMetric, position, Table.Names[metric],
                    $"Metric '{Table.Names[metric]}' at position {position} appears more than once; each metric may be given once.");
                return false;
            }

            seen |= 1 << metric;
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

        const int AllBase = (1 << 8) - 1;
        if ((seen & AllBase) != AllBase)
        {
            var missing = System.Numerics.BitOperations.TrailingZeroCount(~seen & AllBase);
            error = new CvssParseError(
                CvssParseErrorKind.MissingMetric, text.Length, Table.Names[missing],
                $"Base metric '{Table.Names[missing]}' is missing; every base metric ({string.Join(", ", Table.Names[..8])}) is mandatory.");
            return false;
        }

        vector = new CvssV31Vector(lo, hi);
        error = default;
        return true;
    }

    /// <summary>Parses a CVSS v3.1 or v3.0 vector without throwing.</summary>
    /// <param name="text">The vector string; <see langword="null"/> fails.</param>
    /// <param name="vector">The vector, or <c>default</c> on failure.</param>
    /// <param name="error">On failure, where and why.</param>
    /// <returns>Whether the text is a valid vector.</returns>
    public static bool TryParse(string? text, out CvssV31Vector vector, out CvssParseError error) =>
        TryParse(text.AsSpan(), out vector, out error);

    /// <summary>Parses a CVSS v3.1 or v3.0 vector.</summary>
    /// <param name="text">The vector string.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="FormatException">The text is not a valid vector; the message names the position and metric.</exception>
    public static CvssV31Vector Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var vector, out var error) ? vector : throw new FormatException(error.Message);

    /// <summary>Parses a CVSS v3.1 or v3.0 vector.</summary>
    /// <param name="text">The vector string.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid vector; the message names the position and metric.</exception>
    public static CvssV31Vector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>The value of a metric as written in a vector (<c>N</c>, <c>H</c>, ...; <c>X</c> for Not Defined).</summary>
    /// <param name="metric">A metric abbreviation from <see cref="MetricNames"/>, such as <c>AV</c> or <c>MPR</c>.</param>
    /// <returns>The value abbreviation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="metric"/> is not a CVSS v3 metric.</exception>
    public string GetValue(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var index = Table.Find(metric);
        if (index < 0 || !string.Equals(Table.Names[index], metric, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{metric}' is not a CVSS v3 metric; expected one of {Table.ExpectedMetrics}.", nameof(metric));
        }

        return Table.Values[index][Get(index)];
    }

    /// <summary>Returns a copy with the version changed (the metrics are the same in v3.0 and v3.1).</summary>
    /// <param name="version"><see cref="CvssVersion.V30"/> or <see cref="CvssVersion.V31"/>.</param>
    /// <returns>The vector for that version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not a v3 version.</exception>
    public CvssV31Vector WithVersion(CvssVersion version) => version switch
    {
        CvssVersion.V31 => new CvssV31Vector(low, high & ~Version30Flag),
        CvssVersion.V30 => new CvssV31Vector(low, high | Version30Flag),
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "A CVSS v3 vector is version 3.0 or 3.1."),
    };

    /// <summary>Computes the base, temporal and environmental scores; allocation-free.</summary>
    /// <returns>The three scores.</returns>
    public CvssV31Scores Score()
    {
        CvssV3Calculator.Compute(this, out var computation);
        return new CvssV31Scores(Version, computation.BaseScore, computation.TemporalScore, computation.EnvironmentalScore);
    }

    /// <summary>Computes only the base score; the cheapest call, allocation-free.</summary>
    /// <returns>The base score, 0.0 to 10.0.</returns>
    public double ComputeBaseScore() => CvssV3Calculator.BaseScore(this);

    /// <summary>Computes the scores with every intermediate value of the specification's formulas.</summary>
    /// <returns>The trace (allocates).</returns>
    public CvssV31Trace Explain()
    {
        CvssV3Calculator.Compute(this, out var computation);
        return new CvssV31Trace(this, computation);
    }

    /// <inheritdoc/>
    CvssVersion ICvssVector.Version => Version;

    /// <inheritdoc/>
    public CvssResult Evaluate() => new(this, Score());

    /// <inheritdoc/>
    string ICvssVector.Explain() => Explain().ToString();

    /// <inheritdoc/>
    public bool Equals(CvssV31Vector other) => low == other.low && high == other.high;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CvssV31Vector other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(low, high);

    /// <summary>The canonical vector string: preferred metric order, Not Defined metrics omitted.</summary>
    /// <returns>The vector string.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[128];
        TryFormat(buffer, out var written);
        return new string(buffer[..written]);
    }

    /// <summary>Writes the canonical vector string without allocating.</summary>
    /// <param name="destination">The buffer; 128 characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns>Whether the buffer was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        var prefix = Version == CvssVersion.V30 ? "CVSS:3.0" : "CVSS:3.1";
        if (!prefix.TryCopyTo(destination))
        {
            return false;
        }

        var n = prefix.Length;
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

    internal static CvssParseError PrefixError(ReadOnlySpan<char> text, string expected)
    {
        if (text.IsEmpty)
        {
            return new CvssParseError(CvssParseErrorKind.InvalidPrefix, 0, null, $"The vector is empty; expected it to start with {expected}.");
        }

        if (text.StartsWith("CVSS:", StringComparison.Ordinal))
        {
            var end = text.IndexOf('/');
            var version = end < 0 ? text[5..] : text[5..end];
            return new CvssParseError(
                CvssParseErrorKind.InvalidPrefix, 5, null,
                string.Create(CultureInfo.InvariantCulture, $"Unsupported CVSS version {CvssMetricTable.Quote(version)} at position 5; expected the vector to start with {expected}."));
        }

        return new CvssParseError(
            CvssParseErrorKind.InvalidPrefix, 0, null,
            $"The vector {CvssMetricTable.Quote(text)} does not start with {expected}.");
    }

    internal static bool TryParseComponent(
        CvssMetricTable table, ReadOnlySpan<char> component, int position, out int metric, out int value, out CvssParseError error)
    {
        value = -1;
        if (component.IsEmpty)
        {
            metric = -1;
            error = new CvssParseError(
                CvssParseErrorKind.EmptyComponent, position, null,
                string.Create(CultureInfo.InvariantCulture, $"Empty metric at position {position}; expected 'METRIC:VALUE' between slashes (no '//' and no trailing '/')."));
            return false;
        }

        var colon = component.IndexOf(':');
        metric = table.Find(colon < 0 ? component : component[..colon]);
        if (colon < 0)
        {
            error = new CvssParseError(
                CvssParseErrorKind.MalformedComponent, position, metric >= 0 ? table.Names[metric] : null,
                string.Create(CultureInfo.InvariantCulture, $"{CvssMetricTable.Quote(component)} at position {position} is not of the form 'METRIC:VALUE'."));
            return false;
        }

        if (metric < 0)
        {
            error = new CvssParseError(
                CvssParseErrorKind.UnknownMetric, position, null,
                string.Create(CultureInfo.InvariantCulture, $"Unknown metric {CvssMetricTable.Quote(component[..colon])} at position {position}; expected one of {table.ExpectedMetrics}."));
            return false;
        }

        var valueText = component[(colon + 1)..];
        value = table.FindValue(metric, valueText);
        if (value < 0)
        {
            var valuePosition = position + colon + 1;
            error = new CvssParseError(
                CvssParseErrorKind.InvalidValue, valuePosition, table.Names[metric],
                string.Create(CultureInfo.InvariantCulture, $"Metric '{table.Names[metric]}' has the invalid value {CvssMetricTable.Quote(valueText)} at position {valuePosition}; expected one of {table.ExpectedValues[metric]}."));
            return false;
        }

        error = default;
        return true;
    }
}
