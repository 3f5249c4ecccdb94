namespace Iso27k;

/// <summary>ISO/IEC 27002:2022 attribute type "information security properties".</summary>
public enum SecurityProperty
{
    /// <summary>#Confidentiality.</summary>
    Confidentiality = 0,

    /// <summary>#Integrity.</summary>
    Integrity = 1,

    /// <summary>#Availability.</summary>
    Availability = 2,
}
