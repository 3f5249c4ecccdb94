namespace Iso27k;

/// <summary>ISO/IEC 27002:2022 attribute type "cybersecurity concepts" (the ISO/IEC TS 27110 functions).</summary>
public enum CybersecurityConcept
{
    /// <summary>#Identify.</summary>
    Identify = 0,

    /// <summary>#Protect.</summary>
    Protect = 1,

    /// <summary>#Detect.</summary>
    Detect = 2,

    /// <summary>#Respond.</summary>
    Respond = 3,

    /// <summary>#Recover.</summary>
    Recover = 4,
}
