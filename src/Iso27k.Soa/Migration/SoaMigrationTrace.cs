using System.Collections.Immutable;

namespace Iso27k.Soa;

/// <summary>Where one entry of the 2013 SoA went: the 2022 controls it fed, or why it fed none.</summary>
public sealed class SoaMigrationTrace
{
    internal SoaMigrationTrace(int entryIndex, ControlId controlId, ImmutableArray<ControlId> targets, string disposition)
    {
        EntryIndex = entryIndex;
        ControlId = controlId;
        Targets = targets;
        Disposition = disposition;
    }

    /// <summary>The entry's index in the 2013 SoA.</summary>
    public int EntryIndex { get; }

    /// <summary>The entry's control id.</summary>
    public ControlId ControlId { get; }

    /// <summary>The 2022 controls the entry's decision and details went to.</summary>
    public ImmutableArray<ControlId> Targets { get; }

    /// <summary>What happened, e.g. "merged into 8.15" or "not a 2013 control: kept in the draft's unmigrated list".</summary>
    public string Disposition { get; }
}
