using System.Globalization;
using System.Runtime.CompilerServices;

namespace Iso27k.Risk.Owasp;

/// <summary>
/// The OWASP Risk Rating Methodology: likelihood is the average of the 8 threat-agent and vulnerability factors,
/// impact the average of the technical or business factors, each average is LOW below 3, MEDIUM below 6 and HIGH
/// otherwise, and a 3 x 3 table turns the two levels into a severity from Note to Critical.
/// </summary>
/// <remarks>
/// Levels are decided on the integer sums (an average below 3 is a sum below 3 x the factor count), so no rounding
/// can move a risk across a boundary. Scoring is branch-light and allocation-free.
/// </remarks>
public static class OwaspRiskRating
{
    // Row: likelihood level; column: impact level.
    private static ReadOnlySpan<byte> SeverityTable =>
    [
        (byte)OwaspSeverity.Note, (byte)OwaspSeverity.Low, (byte)OwaspSeverity.Medium,
        (byte)OwaspSeverity.Low, (byte)OwaspSeverity.Medium, (byte)OwaspSeverity.High,
        (byte)OwaspSeverity.Medium, (byte)OwaspSeverity.High, (byte)OwaspSeverity.Critical,
    ];

    /// <summary>Scores a vector.</summary>
    /// <param name="vector">The 16 factor ratings.</param>
    /// <param name="policy">Which impact the severity uses; OWASP advises the business impact when it is known.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The policy is not defined.</exception>
    public static OwaspScore Score(OwaspVector vector, OwaspImpactPolicy policy = OwaspImpactPolicy.Business)
    {
        var packed = vector.Packed;
        var likelihoodSum = SumOfEightNibbles((uint)packed);
        var technicalSum = SumOfFourNibbles((uint)(packed >> 32) & 0xFFFF);
        var businessSum = SumOfFourNibbles((uint)(packed >> 48));
        var likelihoodLevel = LevelOfEighths(likelihoodSum);

        // Every impact is expressed in eighths (sum of 8 factors, or twice a sum of 4) so one threshold pair serves all.
        var impactEighths = policy switch
        {
            OwaspImpactPolicy.Business => businessSum * 2,
            OwaspImpactPolicy.Technical => technicalSum * 2,
            OwaspImpactPolicy.Maximum => Math.Max(technicalSum, businessSum) * 2,
            OwaspImpactPolicy.Average => technicalSum + businessSum,
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Expected Business, Technical, Maximum or Average."),
        };
        var impactLevel = LevelOfEighths(impactEighths);
        var severity = (OwaspSeverity)SeverityTable[((int)likelihoodLevel * 3) + (int)impactLevel];
        return new OwaspScore(vector, policy, likelihoodSum, technicalSum, businessSum, likelihoodLevel, impactLevel, severity);
    }

    /// <summary>The level of an average: below 3 LOW, below 6 MEDIUM, otherwise HIGH.</summary>
    /// <param name="average">An average of factor ratings, 0 to 9.</param>
    /// <returns>The level.</returns>
    public static OwaspLevel LevelOf(double average) =>
        average < 3 ? OwaspLevel.Low : average < 6 ? OwaspLevel.Medium : OwaspLevel.High;

    /// <summary>The severity of a likelihood and an impact level, from OWASP's 3 x 3 table.</summary>
    /// <param name="likelihood">The likelihood level.</param>
    /// <param name="impact">The impact level.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    public static OwaspSeverity SeverityOf(OwaspLevel likelihood, OwaspLevel impact)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)likelihood, 2u, nameof(likelihood));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)impact, 2u, nameof(impact));
        return (OwaspSeverity)SeverityTable[((int)likelihood * 3) + (int)impact];
    }

    /// <summary>Explains a score step by step: the averages, the levels and the table cell.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The explanation.</returns>
    public static string Explain(OwaspScore score)
    {
        var impact = score.Policy switch
        {
            OwaspImpactPolicy.Technical => $"impact = technical {Format(score.TechnicalImpact)}",
            OwaspImpactPolicy.Maximum => $"impact = max(technical {Format(score.TechnicalImpact)}, business {Format(score.BusinessImpact)}) = {Format(score.Impact)}",
            OwaspImpactPolicy.Average => $"impact = ({score.TechnicalSum.ToString(CultureInfo.InvariantCulture)} + {score.BusinessSum.ToString(CultureInfo.InvariantCulture)})/8 = {Format(score.Impact)}",
            _ => $"impact = business {Format(score.BusinessImpact)}",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"likelihood = {score.LikelihoodSum}/8 = {Format(score.Likelihood)} ({Upper(score.LikelihoodLevel)}); technical impact = {score.TechnicalSum}/4 = {Format(score.TechnicalImpact)}; business impact = {score.BusinessSum}/4 = {Format(score.BusinessImpact)}; {impact} ({Upper(score.ImpactLevel)}, policy {score.Policy.ToString().ToLowerInvariant()}); severity[{Upper(score.LikelihoodLevel)}, {Upper(score.ImpactLevel)}] = {score.Severity}.");
    }

    internal static string Upper(OwaspLevel level) => level switch
    {
        OwaspLevel.Low => "LOW",
        OwaspLevel.Medium => "MEDIUM",
        _ => "HIGH",
    };

    internal static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);

    // An average over 8 is below 3 when the sum is below 24, below 6 when below 48; comparisons compile to setcc, not branches.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static OwaspLevel LevelOfEighths(int sum) => (OwaspLevel)((sum >= 24 ? 1 : 0) + (sum >= 48 ? 1 : 0));

    // Each nibble is 0-9, so byte-wise partial sums never carry into the next byte.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SumOfEightNibbles(uint x)
    {
        var bytes = (x & 0x0F0F0F0Fu) + ((x >> 4) & 0x0F0F0F0Fu);
        return (int)((bytes * 0x01010101u) >> 24);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SumOfFourNibbles(uint x)
    {
        var bytes = (x & 0x0F0Fu) + ((x >> 4) & 0x0F0Fu);
        return (int)((bytes & 0xFF) + (bytes >> 8));
    }
}
