namespace Iso27k.Risk;

/// <summary>
/// A risk treatment option (ISO/IEC 27001:2022 6.1.3 a), with the ISO/IEC 27005:2022 names).
/// </summary>
public enum TreatmentOption
{
    /// <summary>Modify the risk by adding, removing or changing controls; the chosen controls must be listed.</summary>
    Modify = 0,

    /// <summary>Retain the risk: the owner accepts it, which must be recorded.</summary>
    Retain = 1,

    /// <summary>Avoid the risk by not starting or by stopping the activity that gives rise to it.</summary>
    Avoid = 2,

    /// <summary>Share the risk with another party, such as an insurer or a supplier.</summary>
    Share = 3,
}
