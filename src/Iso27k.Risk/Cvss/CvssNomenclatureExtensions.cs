namespace Iso27k.Risk.Cvss;

/// <summary>Formatting helpers for <see cref="CvssNomenclature"/>.</summary>
public static class CvssNomenclatureExtensions
{
    /// <summary>The label the specification uses: <c>CVSS-B</c>, <c>CVSS-BT</c>, <c>CVSS-BE</c> or <c>CVSS-BTE</c>.</summary>
    /// <param name="nomenclature">The nomenclature.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nomenclature"/> is not a defined value.</exception>
    public static string ToLabel(this CvssNomenclature nomenclature) => nomenclature switch
    {
        CvssNomenclature.CvssB => "CVSS-B",
        CvssNomenclature.CvssBT => "CVSS-BT",
        CvssNomenclature.CvssBE => "CVSS-BE",
        CvssNomenclature.CvssBTE => "CVSS-BTE",
        _ => throw new ArgumentOutOfRangeException(nameof(nomenclature), nomenclature, "Unknown nomenclature."),
    };
}
