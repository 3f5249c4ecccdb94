using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Iso27k.Risk.Fair;

/// <summary>
/// An input distribution of a FAIR model: a constant, a PERT estimate, a lognormal from a 90% interval, or a normal
/// clipped at zero. Create one with the static factories; each carries its derived parameters (e.g. Beta alpha and
/// beta) and analytic moments for the simulation trace.
/// </summary>
/// <remarks>Immutable and thread-safe. The set of families is closed: the class cannot be derived outside this library.</remarks>
public abstract class FairDistribution
{
    /// <summary>The z-score of the 95th percentile of the standard normal distribution.</summary>
    public const double Z95 = 1.6448536269514722;

    private protected FairDistribution()
    {
    }

    /// <summary>The family of the distribution.</summary>
    public abstract FairDistributionKind Kind { get; }

    /// <summary>The analytic mean.</summary>
    public abstract double Mean { get; }

    /// <summary>The analytic variance.</summary>
    public abstract double Variance { get; }

    /// <summary>The smallest value a draw can take.</summary>
    public abstract double Minimum { get; }

    /// <summary>The largest value a draw can take (<see cref="double.PositiveInfinity"/> when unbounded).</summary>
    public abstract double Maximum { get; }

    /// <summary>
    /// The parameters as given and as derived, in a fixed order (e.g. <c>min</c>, <c>mode</c>, <c>max</c>,
    /// <c>gamma</c>, <c>alpha</c>, <c>beta</c> for PERT; <c>low</c>, <c>high</c>, <c>mu</c>, <c>sigma</c> for lognormal).
    /// </summary>
    public abstract ImmutableArray<KeyValuePair<string, double>> Parameters { get; }

    /// <summary>A short name of the family and variant, e.g. <c>pert-classic</c> or <c>lognormal90</c>.</summary>
    public abstract string Name { get; }

    /// <summary>A distribution that always yields <paramref name="value"/>.</summary>
    /// <param name="value">The value; must be finite.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static FairDistribution Constant(double value) => new ConstantDistribution(value);

    /// <summary>A PERT distribution with the customary gamma of 4.</summary>
    /// <param name="minimum">The lowest plausible value.</param>
    /// <param name="mode">The most likely value.</param>
    /// <param name="maximum">The highest plausible value; must exceed <paramref name="minimum"/>.</param>
    /// <param name="variant">How the Beta shape is derived.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">The values are not finite or not ordered min &lt;= mode &lt;= max with min &lt; max.</exception>
    public static FairDistribution Pert(double minimum, double mode, double maximum, PertVariant variant = PertVariant.Classic) =>
        new PertDistribution(minimum, mode, maximum, 4.0, variant);

    /// <summary>A PERT distribution with an explicit peakedness <paramref name="gamma"/>.</summary>
    /// <param name="minimum">The lowest plausible value.</param>
    /// <param name="mode">The most likely value.</param>
    /// <param name="maximum">The highest plausible value; must exceed <paramref name="minimum"/>.</param>
    /// <param name="gamma">The weight of the mode; 4 in the classic PERT; must be positive.</param>
    /// <param name="variant">How the Beta shape is derived.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">The values are not finite, not ordered, or gamma is not positive.</exception>
    public static FairDistribution Pert(double minimum, double mode, double maximum, double gamma, PertVariant variant) =>
        new PertDistribution(minimum, mode, maximum, gamma, variant);

    /// <summary>
    /// A lognormal distribution whose 5th and 95th percentiles are <paramref name="low"/> and <paramref name="high"/>:
    /// mu = (ln low + ln high) / 2, sigma = (ln high - ln low) / (2 * 1.6448536269514722).
    /// </summary>
    /// <param name="low">The 5th percentile; must be positive.</param>
    /// <param name="high">The 95th percentile; must exceed <paramref name="low"/>.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">The bounds are not finite, not positive, or not increasing.</exception>
    public static FairDistribution LogNormal90(double low, double high) => new LogNormalDistribution(low, high);

    /// <summary>A normal distribution N(mean, sd) whose negative draws become zero: max(0, X).</summary>
    /// <param name="mean">The mean of the underlying normal.</param>
    /// <param name="standardDeviation">The standard deviation of the underlying normal; must be positive.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentException">A value is not finite or the standard deviation is not positive.</exception>
    public static FairDistribution NormalClippedAtZero(double mean, double standardDeviation) =>
        new ClippedNormalDistribution(mean, standardDeviation);

    /// <summary>The name and every parameter, e.g. <c>pert-classic(min=1, mode=2, max=4, gamma=4, alpha=2.333, beta=3.667)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Name).Append('(');
        var first = true;
        foreach (var parameter in Parameters)
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append(parameter.Key).Append('=').Append(parameter.Value.ToString(CultureInfo.InvariantCulture));
        }

        return text.Append(')').ToString();
    }

    /// <summary>One draw.</summary>
    internal abstract double Sample(ref Xoshiro256StarStar rng);

    /// <summary>Fills <paramref name="destination"/> with draws, in order; the same draws as repeated <see cref="Sample"/>.</summary>
    internal virtual void Fill(Span<double> destination, ref Xoshiro256StarStar rng)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = Sample(ref rng);
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite.</summary>
    private protected static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be a finite number.");
        }
    }
}
