using System.Collections.Immutable;
using System.Text;

namespace Iso27k.Risk.Fair;

/// <summary>
/// One FAIR (Open FAIR) risk scenario: how often loss events happen and how large each loss is.
/// </summary>
/// <remarks>
/// <para>
/// Frequency is either the loss event frequency (LEF) directly, or the fuller taxonomy
/// LEF = threat event frequency (TEF) x vulnerability, where vulnerability is a probability distribution or is
/// derived per iteration as the indicator threat capability &gt; resistance strength (so its mean is
/// P(TCap &gt; RS)). Loss magnitude is LM = primary loss + secondary loss event frequency (a probability) x
/// secondary loss magnitude.
/// </para>
/// <para>
/// Annual loss per iteration is LEF x LM, or with <see cref="UsesPoissonFrequency"/> the compound sum of
/// N ~ Poisson(LEF) independent LM draws. All inputs are sampled independently.
/// </para>
/// <para>Immutable; <c>WithX</c> methods return changed copies.</para>
/// </remarks>
public sealed class FairModel
{
    private FairModel(
        string name,
        FairDistribution? lossEventFrequency,
        FairDistribution? threatEventFrequency,
        FairDistribution? vulnerability,
        FairDistribution? threatCapability,
        FairDistribution? resistanceStrength,
        FairDistribution primaryLoss,
        FairDistribution? secondaryLossEventFrequency,
        FairDistribution? secondaryLossMagnitude,
        bool usesPoissonFrequency)
    {
        Name = name;
        LossEventFrequency = lossEventFrequency;
        ThreatEventFrequency = threatEventFrequency;
        Vulnerability = vulnerability;
        ThreatCapability = threatCapability;
        ResistanceStrength = resistanceStrength;
        PrimaryLoss = primaryLoss;
        SecondaryLossEventFrequency = secondaryLossEventFrequency;
        SecondaryLossMagnitude = secondaryLossMagnitude;
        UsesPoissonFrequency = usesPoissonFrequency;
    }

    /// <summary>The scenario's name, shown in traces (default <c>scenario</c>).</summary>
    public string Name { get; }

    /// <summary>The loss event frequency (events per year), when given directly; otherwise <see langword="null"/>.</summary>
    public FairDistribution? LossEventFrequency { get; }

    /// <summary>The threat event frequency (events per year) of the fuller taxonomy; otherwise <see langword="null"/>.</summary>
    public FairDistribution? ThreatEventFrequency { get; }

    /// <summary>The vulnerability as a probability distribution on [0, 1], when given directly.</summary>
    public FairDistribution? Vulnerability { get; }

    /// <summary>The threat capability, when vulnerability is derived from capability and resistance.</summary>
    public FairDistribution? ThreatCapability { get; }

    /// <summary>The resistance strength, when vulnerability is derived from capability and resistance.</summary>
    public FairDistribution? ResistanceStrength { get; }

    /// <summary>The primary loss magnitude per event (the whole loss magnitude when there is no secondary loss).</summary>
    public FairDistribution PrimaryLoss { get; }

    /// <summary>The probability that a loss event causes secondary loss, or <see langword="null"/>.</summary>
    public FairDistribution? SecondaryLossEventFrequency { get; }

    /// <summary>The secondary loss magnitude, or <see langword="null"/>.</summary>
    public FairDistribution? SecondaryLossMagnitude { get; }

    /// <summary>Whether annual loss is the compound sum of Poisson(LEF) events instead of LEF x LM.</summary>
    public bool UsesPoissonFrequency { get; }

    /// <summary>
    /// The exact expected annual loss E[frequency] x E[LM], which both the product and the Poisson form share; or
    /// <see langword="null"/> when vulnerability is derived from capability and resistance (no closed form here).
    /// </summary>
    public double? AnalyticMean
    {
        get
        {
            double frequency;
            if (LossEventFrequency is not null)
            {
                frequency = LossEventFrequency.Mean;
            }
            else if (Vulnerability is not null)
            {
                frequency = ThreatEventFrequency!.Mean * Vulnerability.Mean;
            }
            else
            {
                return null;
            }

            return frequency * AnalyticLossMagnitudeMean;
        }
    }

    /// <summary>The exact mean of one loss magnitude draw: E[PL] + E[SLEF] x E[SLM].</summary>
    public double AnalyticLossMagnitudeMean =>
        PrimaryLoss.Mean + (SecondaryLossEventFrequency is null ? 0.0 : SecondaryLossEventFrequency.Mean * SecondaryLossMagnitude!.Mean);

    /// <summary>The inputs by their FAIR abbreviation (LEF, TEF, V, TCap, RS, PL, SLEF, SLM), in that order.</summary>
    public ImmutableArray<KeyValuePair<string, FairDistribution>> Inputs
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, FairDistribution>>();
            Add(builder, "LEF", LossEventFrequency);
            Add(builder, "TEF", ThreatEventFrequency);
            Add(builder, "V", Vulnerability);
            Add(builder, "TCap", ThreatCapability);
            Add(builder, "RS", ResistanceStrength);
            Add(builder, "PL", PrimaryLoss);
            Add(builder, "SLEF", SecondaryLossEventFrequency);
            Add(builder, "SLM", SecondaryLossMagnitude);
            return builder.ToImmutable();
        }
    }

    /// <summary>The simplest model: annual loss = LEF x LM.</summary>
    /// <param name="lossEventFrequency">Loss events per year; draws must be non-negative.</param>
    /// <param name="lossMagnitude">Loss per event; draws must be non-negative.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">A distribution can draw negative values.</exception>
    public static FairModel FromLossEventFrequency(FairDistribution lossEventFrequency, FairDistribution lossMagnitude)
    {
        RequireNonNegative(lossEventFrequency, nameof(lossEventFrequency));
        RequireNonNegative(lossMagnitude, nameof(lossMagnitude));
        return new FairModel("scenario", lossEventFrequency, null, null, null, null, lossMagnitude, null, null, false);
    }

    /// <summary>The taxonomy form LEF = TEF x vulnerability, with vulnerability a probability distribution.</summary>
    /// <param name="threatEventFrequency">Threat events per year; non-negative.</param>
    /// <param name="vulnerability">The probability that a threat event becomes a loss event; draws within [0, 1].</param>
    /// <param name="primaryLoss">Primary loss per event; non-negative.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">A distribution can draw outside its allowed range.</exception>
    public static FairModel FromThreatEvents(FairDistribution threatEventFrequency, FairDistribution vulnerability, FairDistribution primaryLoss)
    {
        RequireNonNegative(threatEventFrequency, nameof(threatEventFrequency));
        RequireProbability(vulnerability, nameof(vulnerability));
        RequireNonNegative(primaryLoss, nameof(primaryLoss));
        return new FairModel("scenario", null, threatEventFrequency, vulnerability, null, null, primaryLoss, null, null, false);
    }

    /// <summary>
    /// The taxonomy form with vulnerability derived in each iteration as 1 when a threat capability draw exceeds a
    /// resistance strength draw and 0 otherwise.
    /// </summary>
    /// <param name="threatEventFrequency">Threat events per year; non-negative.</param>
    /// <param name="threatCapability">The threat community's capability (any common scale, e.g. percentiles 0-100).</param>
    /// <param name="resistanceStrength">The control strength on the same scale.</param>
    /// <param name="primaryLoss">Primary loss per event; non-negative.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">A frequency or loss distribution can draw negative values.</exception>
    public static FairModel FromThreatEvents(
        FairDistribution threatEventFrequency,
        FairDistribution threatCapability,
        FairDistribution resistanceStrength,
        FairDistribution primaryLoss)
    {
        RequireNonNegative(threatEventFrequency, nameof(threatEventFrequency));
        ArgumentNullException.ThrowIfNull(threatCapability);
        ArgumentNullException.ThrowIfNull(resistanceStrength);
        RequireNonNegative(primaryLoss, nameof(primaryLoss));
        return new FairModel("scenario", null, threatEventFrequency, null, threatCapability, resistanceStrength, primaryLoss, null, null, false);
    }

    /// <summary>Adds secondary loss: LM = PL + SLEF x SLM.</summary>
    /// <param name="secondaryLossEventFrequency">The probability of secondary loss per loss event; draws within [0, 1].</param>
    /// <param name="secondaryLossMagnitude">The secondary loss; non-negative.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException">A distribution can draw outside its allowed range.</exception>
    public FairModel WithSecondaryLoss(FairDistribution secondaryLossEventFrequency, FairDistribution secondaryLossMagnitude)
    {
        RequireProbability(secondaryLossEventFrequency, nameof(secondaryLossEventFrequency));
        RequireNonNegative(secondaryLossMagnitude, nameof(secondaryLossMagnitude));
        return new FairModel(Name, LossEventFrequency, ThreatEventFrequency, Vulnerability, ThreatCapability, ResistanceStrength, PrimaryLoss, secondaryLossEventFrequency, secondaryLossMagnitude, UsesPoissonFrequency);
    }

    /// <summary>Switches between LEF x LM and the compound Poisson annual loss.</summary>
    /// <param name="usesPoissonFrequency">Whether to draw N ~ Poisson(LEF) events per iteration, each with its own LM.</param>
    /// <returns>The changed copy.</returns>
    public FairModel WithPoissonFrequency(bool usesPoissonFrequency = true) =>
        new(Name, LossEventFrequency, ThreatEventFrequency, Vulnerability, ThreatCapability, ResistanceStrength, PrimaryLoss, SecondaryLossEventFrequency, SecondaryLossMagnitude, usesPoissonFrequency);

    /// <summary>Renames the scenario.</summary>
    /// <param name="name">The new name; not blank.</param>
    /// <returns>The changed copy.</returns>
    public FairModel WithName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(name, LossEventFrequency, ThreatEventFrequency, Vulnerability, ThreatCapability, ResistanceStrength, PrimaryLoss, SecondaryLossEventFrequency, SecondaryLossMagnitude, UsesPoissonFrequency);
    }

    /// <summary>The model's formula and inputs, e.g. <c>scenario: ALE = LEF x LM; LEF = ...; PL = ...</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Name).Append(": ALE = ");
        text.Append(UsesPoissonFrequency ? "sum of N ~ Poisson(LEF) draws of LM" : "LEF x LM");
        if (LossEventFrequency is null)
        {
            text.Append(Vulnerability is not null ? "; LEF = TEF x V" : "; LEF = TEF x [TCap > RS]");
        }

        text.Append(SecondaryLossEventFrequency is null ? "; LM = PL" : "; LM = PL + SLEF x SLM");
        foreach (var input in Inputs)
        {
            text.Append("; ").Append(input.Key).Append(" = ").Append(input.Value);
        }

        return text.ToString();
    }

    private static void Add(ImmutableArray<KeyValuePair<string, FairDistribution>>.Builder builder, string key, FairDistribution? value)
    {
        if (value is not null)
        {
            builder.Add(new(key, value));
        }
    }

    private static void RequireNonNegative(FairDistribution distribution, string name)
    {
        ArgumentNullException.ThrowIfNull(distribution, name);
        if (distribution.Minimum < 0)
        {
            throw new ArgumentException($"{name} must not draw negative values; {distribution} can.", name);
        }
    }

    private static void RequireProbability(FairDistribution distribution, string name)
    {
        ArgumentNullException.ThrowIfNull(distribution, name);
        if (distribution.Minimum < 0 || distribution.Maximum > 1)
        {
            throw new ArgumentException($"{name} is a probability and must draw within [0, 1]; {distribution} does not.", name);
        }
    }
}
