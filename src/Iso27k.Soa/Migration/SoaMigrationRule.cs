namespace Iso27k.Soa;

/// <summary>Which migration rule produced a 2022 entry.</summary>
public enum SoaMigrationRule
{
    /// <summary>One 2013 control maps to the 2022 control: its decision and details are carried over.</summary>
    CarriedOver = 1,

    /// <summary>
    /// Several 2013 controls map to the 2022 control: applicable if any source is applicable (a disagreement is a
    /// conflict), reasons united, justifications combined with their source ids, least mature status.
    /// </summary>
    Merged = 2,

    /// <summary>A control new in 2022 with no 2013 source: left undecided ("decision required").</summary>
    NewControl = 3,

    /// <summary>The 2013 sources exist in the mapping but the SoA decides none of them: left undecided.</summary>
    NoDecidedSource = 4,
}
