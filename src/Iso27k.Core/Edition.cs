namespace Iso27k;

/// <summary>
/// An edition of ISO/IEC 27001 Annex A and its companion ISO/IEC 27002.
/// </summary>
/// <remarks>
/// The numeric values are the publication years, so <c>(int)Edition.Iso2022 == 2022</c>.
/// <c>default(Edition)</c> is not a valid edition.
/// </remarks>
public enum Edition
{
    /// <summary>ISO/IEC 27001:2013 Annex A (ISO/IEC 27002:2013): 114 controls in clauses A.5 to A.18.</summary>
    Iso2013 = 2013,

    /// <summary>ISO/IEC 27001:2022 Annex A (ISO/IEC 27002:2022): 93 controls in four themes.</summary>
    Iso2022 = 2022,
}
