namespace Iso27k;

/// <summary>The four themes of ISO/IEC 27002:2022; the value is the theme's clause number.</summary>
public enum ControlTheme
{
    /// <summary>Clause 5, organizational controls (37).</summary>
    Organizational = 5,

    /// <summary>Clause 6, people controls (8).</summary>
    People = 6,

    /// <summary>Clause 7, physical controls (14).</summary>
    Physical = 7,

    /// <summary>Clause 8, technological controls (34).</summary>
    Technological = 8,
}
