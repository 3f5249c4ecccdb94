namespace Iso27k.Risk.Matrix;

/// <summary>
/// Ready-made matrices for a quick start. They are examples in the spirit of ISO/IEC 27005, not text from it: define
/// your own when your risk criteria differ.
/// </summary>
public static class RiskMatrixPresets
{
    /// <summary>
    /// A 3 x 3 lookup matrix with levels Low &lt; Medium &lt; High; likelihood Unlikely, Possible, Likely;
    /// consequence Minor, Moderate, Major.
    /// </summary>
    public static RiskMatrix Lookup3x3 => Holder.Lookup3x3;

    /// <summary>
    /// A 4 x 4 lookup matrix with levels Low &lt; Medium &lt; High &lt; Very high; likelihood Rare, Unlikely, Likely,
    /// Almost certain; consequence Minor, Moderate, Major, Severe.
    /// </summary>
    public static RiskMatrix Lookup4x4 => Holder.Lookup4x4;

    /// <summary>
    /// A 5 x 5 multiplicative matrix: likelihood Rare to Almost certain, consequence Insignificant to Severe, value
    /// L x C banded 1-4 Low, 5-9 Medium, 10-16 High, 17-25 Very high.
    /// </summary>
    public static RiskMatrix Multiplicative5x5 => Holder.Multiplicative5x5;

    private static class Holder
    {
        internal static readonly RiskMatrix Lookup3x3 = RiskMatrix.CreateLookup(
            new RiskScale("Likelihood", ["Unlikely", "Possible", "Likely"]),
            new RiskScale("Consequence", ["Minor", "Moderate", "Major"]),
            ["Low", "Medium", "High"],
            [
                ["Low", "Low", "Medium"],
                ["Low", "Medium", "High"],
                ["Medium", "High", "High"],
            ]);

        internal static readonly RiskMatrix Lookup4x4 = RiskMatrix.CreateLookup(
            new RiskScale("Likelihood", ["Rare", "Unlikely", "Likely", "Almost certain"]),
            new RiskScale("Consequence", ["Minor", "Moderate", "Major", "Severe"]),
            ["Low", "Medium", "High", "Very high"],
            [
                ["Low", "Low", "Medium", "Medium"],
                ["Low", "Medium", "Medium", "High"],
                ["Medium", "Medium", "High", "Very high"],
                ["Medium", "High", "Very high", "Very high"],
            ]);

        internal static readonly RiskMatrix Multiplicative5x5 = RiskMatrix.CreateMultiplicative(
            new RiskScale("Likelihood", ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]),
            new RiskScale("Consequence", ["Insignificant", "Minor", "Moderate", "Major", "Severe"]),
            ["Low", "Medium", "High", "Very high"],
            [new RiskBand(1, 4, "Low"), new RiskBand(5, 9, "Medium"), new RiskBand(10, 16, "High"), new RiskBand(17, 25, "Very high")]);
    }
}
