using System.Globalization;

namespace Iso27k.Isms;

/// <summary>
/// The overall readiness figure: the share of required items that are satisfied.
/// <c>score = satisfied / required x 100</c>; a deficient item (present with an error or warning) does not count as satisfied.
/// </summary>
public sealed class ReadinessScore
{
    internal ReadinessScore(int satisfied, int deficient, int missing)
    {
        Satisfied = satisfied;
        Deficient = deficient;
        Missing = missing;
    }

    /// <summary>Required items satisfied.</summary>
    public int Satisfied { get; }

    /// <summary>Required items present but deficient.</summary>
    public int Deficient { get; }

    /// <summary>Required items missing.</summary>
    public int Missing { get; }

    /// <summary>All required items.</summary>
    public int Total => Satisfied + Deficient + Missing;

    /// <summary>The share satisfied, 0 to 100 (100 when nothing is required).</summary>
    public double Percent => Total == 0 ? 100 : 100.0 * Satisfied / Total;

    /// <summary>The formula with this record's numbers, e.g. <c>17 satisfied / 19 required = 89.5%</c>.</summary>
    public string Formula => string.Create(CultureInfo.InvariantCulture, $"{Satisfied} satisfied / {Total} required = {Percent:0.0}% ({Deficient} deficient, {Missing} missing)");

    /// <inheritdoc/>
    public override string ToString() => Formula;
}
