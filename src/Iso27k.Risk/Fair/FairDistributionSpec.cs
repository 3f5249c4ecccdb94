using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Iso27k.Risk.Fair;

/// <summary>
/// A distribution as written on a command line: <c>pert:MIN,MODE,MAX</c>, <c>lognormal90:LOW,HIGH</c>,
/// <c>const:X</c> or <c>normal:MEAN,SD</c>. The PERT variant is chosen when turning the spec into a distribution.
/// </summary>
/// <remarks>Parsing is culture-invariant (<c>.</c> is the decimal separator, <c>,</c> separates values) and never throws on user text.</remarks>
public sealed class FairDistributionSpec
{
    private const string Expected = "expected 'pert:MIN,MODE,MAX', 'lognormal90:LOW,HIGH', 'const:X' or 'normal:MEAN,SD'";

    private FairDistributionSpec(FairDistributionKind kind, ImmutableArray<double> values, string text)
    {
        Kind = kind;
        Values = values;
        Text = text;
    }

    /// <summary>The family.</summary>
    public FairDistributionKind Kind { get; }

    /// <summary>The numbers in the order written (min, mode, max; low, high; x; mean, sd).</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>The text the spec was parsed from.</summary>
    public string Text { get; }

    /// <summary>Parses a spec.</summary>
    /// <param name="text">The text, e.g. <c>pert:0.1,0.5,2</c>.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid spec; the message says what was expected.</exception>
    public static FairDistributionSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var spec, out var error) ? spec : throw new FormatException(error);
    }

    /// <summary>Tries to parse a spec, and when it fails, says what was expected.</summary>
    /// <param name="text">The text, e.g. <c>pert:0.1,0.5,2</c> or <c>lognormal90:10000,500000</c>.</param>
    /// <param name="spec">The spec, when the method returns <see langword="true"/>.</param>
    /// <param name="error">The reason, when the method returns <see langword="false"/>, e.g. <c>pert needs min &lt;= mode &lt;= max</c>.</param>
    /// <returns><see langword="true"/> when the text is a valid spec.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out FairDistributionSpec? spec, [NotNullWhen(false)] out string? error)
    {
        spec = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"empty distribution: {Expected}";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            error = $"'{text}' has no ':': {Expected}";
            return false;
        }

        var name = text.AsSpan(0, colon).Trim();
        FairDistributionKind kind;
        int arity;
        if (name.Equals("pert", StringComparison.OrdinalIgnoreCase))
        {
            (kind, arity) = (FairDistributionKind.Pert, 3);
        }
        else if (name.Equals("lognormal90", StringComparison.OrdinalIgnoreCase))
        {
            (kind, arity) = (FairDistributionKind.LogNormal, 2);
        }
        else if (name.Equals("const", StringComparison.OrdinalIgnoreCase))
        {
            (kind, arity) = (FairDistributionKind.Constant, 1);
        }
        else if (name.Equals("normal", StringComparison.OrdinalIgnoreCase))
        {
            (kind, arity) = (FairDistributionKind.NormalClippedAtZero, 2);
        }
        else
        {
            error = $"unknown distribution '{name.ToString()}': {Expected}";
            return false;
        }

        var parts = text[(colon + 1)..].Split(',');
        var shape = Shape(kind);
        if (parts.Length != arity)
        {
            error = $"{name.ToString().ToLowerInvariant()} needs {arity} value{(arity == 1 ? string.Empty : "s")} ({shape}), got {parts.Length} in '{text}'";
            return false;
        }

        var values = new double[arity];
        for (var i = 0; i < arity; i++)
        {
            if (!double.TryParse(parts[i].AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                error = $"value {i + 1} of '{text}' is '{parts[i].Trim()}', expected a finite number such as 0.5 or 2e6 ({shape})";
                return false;
            }
        }

        error = Validate(kind, values);
        if (error is not null)
        {
            return false;
        }

        spec = new FairDistributionSpec(kind, [.. values], text);
        return true;
    }

    /// <summary>Tries to parse a PERT variant name: <c>classic</c> (or <c>vose</c>), <c>pyfair</c> (or <c>moment-matched</c>).</summary>
    /// <param name="text">The name, case-insensitive.</param>
    /// <param name="variant">The variant, when the method returns <see langword="true"/>.</param>
    /// <param name="error">The reason, when the method returns <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParsePertVariant([NotNullWhen(true)] string? text, out PertVariant variant, [NotNullWhen(false)] out string? error)
    {
        var name = text?.Trim() ?? string.Empty;
        if (name.Equals("classic", StringComparison.OrdinalIgnoreCase) || name.Equals("vose", StringComparison.OrdinalIgnoreCase))
        {
            variant = PertVariant.Classic;
            error = null;
            return true;
        }

        if (name.Equals("pyfair", StringComparison.OrdinalIgnoreCase) || name.Equals("moment-matched", StringComparison.OrdinalIgnoreCase))
        {
            variant = PertVariant.MomentMatched;
            error = null;
            return true;
        }

        variant = default;
        error = $"unknown PERT variant '{name}': expected 'classic' or 'pyfair'";
        return false;
    }

    /// <summary>Builds the distribution.</summary>
    /// <param name="pertVariant">The PERT variant, used only by <c>pert</c> specs.</param>
    /// <returns>The distribution.</returns>
    public FairDistribution ToDistribution(PertVariant pertVariant = PertVariant.Classic) => Kind switch
    {
        FairDistributionKind.Pert => FairDistribution.Pert(Values[0], Values[1], Values[2], pertVariant),
        FairDistributionKind.LogNormal => FairDistribution.LogNormal90(Values[0], Values[1]),
        FairDistributionKind.NormalClippedAtZero => FairDistribution.NormalClippedAtZero(Values[0], Values[1]),
        _ => FairDistribution.Constant(Values[0]),
    };

    /// <summary>The text the spec was parsed from.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    private static string Shape(FairDistributionKind kind) => kind switch
    {
        FairDistributionKind.Pert => "pert:MIN,MODE,MAX",
        FairDistributionKind.LogNormal => "lognormal90:LOW,HIGH",
        FairDistributionKind.NormalClippedAtZero => "normal:MEAN,SD",
        _ => "const:X",
    };

    private static string? Validate(FairDistributionKind kind, double[] v)
    {
        var got = string.Join(", ", v.Select(x => x.ToString(CultureInfo.InvariantCulture)));
        return kind switch
        {
            FairDistributionKind.Pert when !(v[0] <= v[1] && v[1] <= v[2]) => $"pert needs min <= mode <= max (got {got})",
            FairDistributionKind.Pert when !(v[0] < v[2]) => $"pert needs min < max (got {got}); use const:X for a single value",
            FairDistributionKind.LogNormal when !(v[0] > 0 && v[0] < v[1]) => $"lognormal90 needs 0 < low < high (got {got})",
            FairDistributionKind.NormalClippedAtZero when !(v[1] > 0) => $"normal needs sd > 0 (got {got})",
            _ => null,
        };
    }
}
