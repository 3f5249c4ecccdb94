namespace Iso27k.Isms;

/// <summary>Whether one piece of required or recommended evidence is there.</summary>
public enum ReadinessItemState
{
    /// <summary>Present, and passes its checks.</summary>
    Satisfied = 0,

    /// <summary>Present, but a check fails (see the item's diagnostics).</summary>
    Deficient = 1,

    /// <summary>Absent.</summary>
    Missing = 2,
}
