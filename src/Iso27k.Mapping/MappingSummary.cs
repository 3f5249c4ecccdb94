using System.Collections.Immutable;

namespace Iso27k.Mapping;

/// <summary>
/// The figures of a <see cref="ControlMapping"/>, computed from its data: for ISO/IEC 27001:2013 to 2022 these are
/// the numbers people quote (114 and 93 controls, 11 new, 24 merged, one split).
/// </summary>
/// <remarks>Obtain it from <see cref="ControlMapping.Summary"/>. Id lists are in id order.</remarks>
public sealed class MappingSummary
{
    private readonly ImmutableArray<int> relationshipCounts;

    internal MappingSummary(ControlMapping mapping)
    {
        SourceControls = mapping.Source.Count;
        TargetControls = mapping.Target.Count;
        Pairs = mapping.Pairs.Length;
        NewTargetIds = mapping.NewTargets;
        RemovedSourceIds = mapping.RemovedSources;
        MergedTargetIds = [.. mapping.Target.Controls.Select(c => c.Id).Where(id => mapping.SourcesOf(id).Length > 1)];
        SplitSourceIds = [.. mapping.Source.Controls.Select(c => c.Id).Where(id => mapping.TargetsOf(id).Length > 1)];
        OneToOnePairs = mapping.Entries.Count(e => e.Kind == MappingKind.OneToOne);
        var counts = new int[5];
        foreach (var pair in mapping.Pairs)
        {
            counts[(int)pair.Relationship]++;
        }

        relationshipCounts = [.. counts];
    }

    /// <summary>How many controls the source catalog holds (114 for ISO/IEC 27001:2013).</summary>
    public int SourceControls { get; }

    /// <summary>How many controls the target catalog holds (93 for ISO/IEC 27002:2022).</summary>
    public int TargetControls { get; }

    /// <summary>How many pairs the mapping states (115 for 2013 to 2022).</summary>
    public int Pairs { get; }

    /// <summary>How many source controls reach at least one target.</summary>
    public int MappedSources => SourceControls - RemovedSources;

    /// <summary>How many target controls are reached by at least one source.</summary>
    public int MappedTargets => TargetControls - NewTargets;

    /// <summary>How many target controls no source reaches (11 new 2022 controls).</summary>
    public int NewTargets => NewTargetIds.Length;

    /// <summary>How many source controls reach no target.</summary>
    public int RemovedSources => RemovedSourceIds.Length;

    /// <summary>How many target controls merge several sources (24 for 2013 to 2022).</summary>
    public int MergedTargets => MergedTargetIds.Length;

    /// <summary>How many source controls split into several targets (1 for 2013 to 2022: A.18.2.3).</summary>
    public int SplitSources => SplitSourceIds.Length;

    /// <summary>How many pairs relate a source with one target to a target with one source.</summary>
    public int OneToOnePairs { get; }

    /// <summary>The ids of the new target controls.</summary>
    public ImmutableArray<ControlId> NewTargetIds { get; }

    /// <summary>The ids of the removed source controls.</summary>
    public ImmutableArray<ControlId> RemovedSourceIds { get; }

    /// <summary>The ids of the target controls that merge several sources.</summary>
    public ImmutableArray<ControlId> MergedTargetIds { get; }

    /// <summary>The ids of the source controls that split into several targets.</summary>
    public ImmutableArray<ControlId> SplitSourceIds { get; }

    /// <summary>How many pairs have a relationship.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public int CountOf(MappingRelationship relationship)
    {
        _ = relationship.ToToken();
        return relationshipCounts[(int)relationship];
    }

    /// <summary>Returns the figures on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{SourceControls} to {TargetControls} controls: {Pairs} pairs, {OneToOnePairs} one-to-one, {MergedTargets} merged, {SplitSources} split, {NewTargets} new, {RemovedSources} removed";
}
