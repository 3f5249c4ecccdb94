namespace Iso27k.Risk.Owasp;

/// <summary>An OWASP likelihood or impact level: an average below 3 is LOW, below 6 MEDIUM, else HIGH.</summary>
public enum OwaspLevel
{
    /// <summary>Average 0 to under 3.</summary>
    Low = 0,

    /// <summary>Average 3 to under 6.</summary>
    Medium = 1,

    /// <summary>Average 6 to 9.</summary>
    High = 2,
}
