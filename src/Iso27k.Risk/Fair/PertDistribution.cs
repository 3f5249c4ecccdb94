using System.Collections.Immutable;

namespace Iso27k.Risk.Fair;

/// <summary>A PERT distribution: min + (max - min) * Beta(alpha, beta), with alpha and beta per <see cref="PertVariant"/>.</summary>
internal sealed class PertDistribution : FairDistribution
{
    private readonly GammaSampler gammaAlpha;
    private readonly GammaSampler gammaBeta;
    private readonly double range;

    public PertDistribution(double minimum, double mode, double maximum, double gamma, PertVariant variant)
    {
        RequireFinite(minimum, nameof(minimum));
        RequireFinite(mode, nameof(mode));
        RequireFinite(maximum, nameof(maximum));
        RequireFinite(gamma, nameof(gamma));
        if (!(minimum < maximum))
        {
            throw new ArgumentException($"pert needs min < max (got min {minimum}, max {maximum}).", nameof(maximum));
        }

        if (mode < minimum || mode > maximum)
        {
            throw new ArgumentException($"pert needs min <= mode <= max (got {minimum}, {mode}, {maximum}).", nameof(mode));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(gamma);
        if (!Enum.IsDefined(variant))
        {
            throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown PERT variant.");
        }

        PertMinimum = minimum;
        Mode = mode;
        PertMaximum = maximum;
        Gamma = gamma;
        Variant = variant;
        range = maximum - minimum;
        var mean = (minimum + (gamma * mode) + maximum) / (gamma + 2.0);
        if (variant == PertVariant.Classic)
        {
            Alpha = 1.0 + (gamma * (mode - minimum) / range);
            Beta = 1.0 + (gamma * (maximum - mode) / range);
        }
        else
        {
            // pyfair: the standard deviation is pinned at range / (gamma + 2) and the Beta is moment-matched to it.
            var sd = range / (gamma + 2.0);
            Alpha = (mean - minimum) / range * (((mean - minimum) * (maximum - mean) / (sd * sd)) - 1.0);
            Beta = Alpha * (maximum - mean) / (mean - minimum);
        }

        gammaAlpha = new GammaSampler(Alpha);
        gammaBeta = new GammaSampler(Beta);
        var ab = Alpha + Beta;
        Mean = minimum + (range * Alpha / ab);
        Variance = range * range * Alpha * Beta / (ab * ab * (ab + 1.0));
        Parameters =
        [
            new("min", minimum),
            new("mode", mode),
            new("max", maximum),
            new("gamma", gamma),
            new("alpha", Alpha),
            new("beta", Beta),
        ];
    }

    public double PertMinimum { get; }

    public double Mode { get; }

    public double PertMaximum { get; }

    public double Gamma { get; }

    public PertVariant Variant { get; }

    public double Alpha { get; }

    public double Beta { get; }

    public override FairDistributionKind Kind => FairDistributionKind.Pert;

    public override double Mean { get; }

    public override double Variance { get; }

    public override double Minimum => PertMinimum;

    public override double Maximum => PertMaximum;

    public override ImmutableArray<KeyValuePair<string, double>> Parameters { get; }

    public override string Name => Variant == PertVariant.Classic ? "pert-classic" : "pert-moment-matched";

    internal override double Sample(ref Xoshiro256StarStar rng)
    {
        var x = gammaAlpha.Sample(ref rng);
        var y = gammaBeta.Sample(ref rng);
        return PertMinimum + (range * (x / (x + y)));
    }

    internal override void Fill(Span<double> destination, ref Xoshiro256StarStar rng)
    {
        // A local copy lets the JIT keep the generator state in registers for the whole block.
        var local = rng;
        var ga = gammaAlpha;
        var gb = gammaBeta;
        var min = PertMinimum;
        var r = range;
        for (var i = 0; i < destination.Length; i++)
        {
            var x = ga.Sample(ref local);
            var y = gb.Sample(ref local);
            destination[i] = min + (r * (x / (x + y)));
        }

        rng = local;
    }
}
