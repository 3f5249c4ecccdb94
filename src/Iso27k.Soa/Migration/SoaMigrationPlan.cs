using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Iso27k.Mapping;

namespace Iso27k.Soa;

/// <summary>
/// What <see cref="SoaMigrator"/> needs from one <see cref="ControlMapping"/> that does not depend on the SoA: the
/// sources of each 2022 control, the trace of each 2013 control, and every report text that names only controls.
/// </summary>
/// <remarks>
/// Built once per mapping and kept as long as the mapping lives, so that a migration only looks up and combines. All
/// objects it hands out (sources, texts, arrays, the entries of new controls) are immutable and shared between
/// migrations.
/// </remarks>
internal sealed class SoaMigrationPlan
{
    private static readonly ConditionalWeakTable<ControlMapping, SoaMigrationPlan> Plans = [];

    private SoaMigrationPlan(ControlMapping mapping)
    {
        var sourceControls = mapping.Source.Controls;
        var index = new Dictionary<ControlId, int>(sourceControls.Length);
        var sources = new SourcePlan[sourceControls.Length];
        for (var i = 0; i < sourceControls.Length; i++)
        {
            var id = sourceControls[i].Id;
            index.Add(id, i);
            sources[i] = new SourcePlan(id, mapping.TargetsOf(id));
        }

        SourceIndex = index.ToFrozenDictionary();
        Sources = sources;
        var targetControls = mapping.Target.Controls;
        var targets = new TargetPlan[targetControls.Length];
        for (var i = 0; i < targetControls.Length; i++)
        {
            targets[i] = new TargetPlan(targetControls[i], mapping.SourcesOf(targetControls[i].Id), index);
        }

        Targets = targets;
    }

    /// <summary>The index into <see cref="Sources"/> of each control of the source catalog.</summary>
    public FrozenDictionary<ControlId, int> SourceIndex { get; }

    /// <summary>One plan per control of the source catalog, in catalog order.</summary>
    public SourcePlan[] Sources { get; }

    /// <summary>One plan per control of the target catalog, in catalog (id) order.</summary>
    public TargetPlan[] Targets { get; }

    /// <summary>The plan of a mapping, built on first use.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <returns>The plan.</returns>
    public static SoaMigrationPlan For(ControlMapping mapping) => Plans.GetValue(mapping, static m => new SoaMigrationPlan(m));

    // Maps an applicability (or none) to 0..3 for the shared-instance tables; -1 for a value outside the enum.
    public static int StateOf(Applicability? applicability) => applicability switch
    {
        null => 0,
        Applicability.Undecided => 1,
        Applicability.Applicable => 2,
        Applicability.Excluded => 3,
        _ => -1,
    };

    /// <summary>Where a 2013 control goes: its 2022 targets and the trace text.</summary>
    internal sealed class SourcePlan
    {
        public SourcePlan(ControlId id, ImmutableArray<MappingEntry> mapped)
        {
            var ids = ImmutableArray.CreateBuilder<ControlId>(mapped.Length);
            foreach (var pair in mapped)
            {
                ids.Add(pair.Target);
            }

            Targets = ids.MoveToImmutable();
            Disposition = Targets.Length switch
            {
                0 => $"{id} has no 2022 counterpart in the mapping: listed here only.",
                1 => $"{id} went to {Targets[0]}.",
                _ => $"{id} went to {string.Join(", ", Targets)} (split).",
            };
        }

        public ImmutableArray<ControlId> Targets { get; }

        public string Disposition { get; }
    }

    /// <summary>One 2022 control: its sources and the texts that name only controls.</summary>
    internal sealed class TargetPlan
    {
        private readonly ImmutableArray<SoaMigrationSource>[] uniformSources = new ImmutableArray<SoaMigrationSource>[4];

        public TargetPlan(Control target, ImmutableArray<MappingEntry> mapped, Dictionary<ControlId, int> sourceIndex)
        {
            Id = target.Id;
            var id = target.Id;
            var pairs = new PairPlan[mapped.Length];
            for (var i = 0; i < pairs.Length; i++)
            {
                var pair = mapped[i];
                pairs[i] = new PairPlan(id, pair.Source, pair.Relationship, sourceIndex.TryGetValue(pair.Source, out var s) ? s : -1);
            }

            Pairs = pairs;
            for (var state = 0; state < uniformSources.Length; state++)
            {
                var array = new SoaMigrationSource[pairs.Length];
                for (var i = 0; i < pairs.Length; i++)
                {
                    array[i] = pairs[i].Source(state);
                }

                uniformSources[state] = ImmutableCollectionsMarshal.AsImmutableArray(array);
            }

            NewControlDecisions = [$"{id} {target.Title} is new in 2022: decide whether it is applicable (with reasons) or excluded (with a justification)."];
            NewControlEntry = new SoaEntry(id);
            NewControlItem = new SoaMigrationItem(id, uniformSources[0], SoaMigrationRule.NewControl, Applicability.Undecided, [], NewControlDecisions);
            var sourceList = new StringBuilder();
            var from = new StringBuilder("[");
            var coverage = ImmutableArray.CreateBuilder<string>();
            foreach (var pair in pairs)
            {
                sourceList.Append(sourceList.Length == 0 ? string.Empty : ", ").Append(pair.SourceText);
                from.Append(from.Length == 1 ? "\"" : ",\"").Append(pair.SourceText).Append('"');
                if (pair.CoverageDecision is { } text)
                {
                    coverage.Add(text);
                }
            }

            NoDecidedSourceDecision = $"None of the 2013 sources ({sourceList}) is decided in the SoA: decide {id} {target.Title}.";
            PartlyExcludedDecision = $"Some sources are excluded and others undecided: decide {id} {target.Title}.";
            MissingStatusDecision = $"A source of {id} states no implementation status: set the status of {id}.";
            NoDecidedSourceDecisions = [NoDecidedSourceDecision];
            CoverageDecisions = coverage.ToImmutable();
            MigratedFromAll = new SoaUnknownProperty(SoaMigrator.MigratedFromProperty, from.Append(']').ToString(), trusted: true);
            MigratedFromAllOnly = [MigratedFromAll];
        }

        public ControlId Id { get; }

        /// <summary>The mapped 2013 controls, in source id order; empty for a control new in 2022.</summary>
        public PairPlan[] Pairs { get; }

        public ImmutableArray<string> NewControlDecisions { get; }

        /// <summary>The draft entry of a new control: always the same undecided entry.</summary>
        public SoaEntry NewControlEntry { get; }

        /// <summary>The report item of a new control: always the same.</summary>
        public SoaMigrationItem NewControlItem { get; }

        public string NoDecidedSourceDecision { get; }

        public ImmutableArray<string> NoDecidedSourceDecisions { get; }

        public string PartlyExcludedDecision { get; }

        public string MissingStatusDecision { get; }

        /// <summary>The coverage checks of every subset-of or intersects-with source, in source order.</summary>
        public ImmutableArray<string> CoverageDecisions { get; }

        /// <summary>The <c>migratedFrom</c> property when every source has an entry.</summary>
        public SoaUnknownProperty MigratedFromAll { get; }

        /// <summary>The unknown properties of a draft entry whose sources have an entry each and no unknown property.</summary>
        public ImmutableArray<SoaUnknownProperty> MigratedFromAllOnly { get; }

        /// <summary>The sources when all share one state (see <see cref="StateOf"/>).</summary>
        /// <param name="state">The state, 0 to 3.</param>
        /// <returns>The shared array.</returns>
        public ImmutableArray<SoaMigrationSource> UniformSources(int state) => uniformSources[state];
    }

    /// <summary>One mapped 2013 control of a 2022 control.</summary>
    internal sealed class PairPlan
    {
        private readonly SoaMigrationSource[] sources = new SoaMigrationSource[4];

        public PairPlan(ControlId target, ControlId source, MappingRelationship relationship, int sourceIndex)
        {
            SourceId = source;
            Relationship = relationship;
            SourceIndex = sourceIndex;
            SourceText = source.ToString();
            JustificationPrefix = "[" + SourceText + "] ";
            sources[0] = new SoaMigrationSource(source, relationship, null);
            sources[1] = new SoaMigrationSource(source, relationship, Applicability.Undecided);
            sources[2] = new SoaMigrationSource(source, relationship, Applicability.Applicable);
            sources[3] = new SoaMigrationSource(source, relationship, Applicability.Excluded);
            MissingEntryDecision = $"The 2013 SoA has no entry for source {source}: check that {target} covers what it would have required.";
            CoverageDecision = relationship is MappingRelationship.SubsetOf or MappingRelationship.IntersectsWith
                ? $"{target} asks more than {source} ({relationship.ToToken()}): check that the implementation covers all of {target}."
                : null;
        }

        public ControlId SourceId { get; }

        public MappingRelationship Relationship { get; }

        /// <summary>The index of the source in <see cref="SoaMigrationPlan.Sources"/>; -1 when the source catalog lacks it.</summary>
        public int SourceIndex { get; }

        public string SourceText { get; }

        /// <summary><c>[A.12.4.2] </c>: the prefix of a justification or note line taken from this source.</summary>
        public string JustificationPrefix { get; }

        public string MissingEntryDecision { get; }

        /// <summary>The request to check coverage, for a subset-of or intersects-with source; otherwise null.</summary>
        public string? CoverageDecision { get; }

        /// <summary>The shared report source for a state (see <see cref="StateOf"/>).</summary>
        /// <param name="state">The state, 0 to 3.</param>
        /// <returns>The source.</returns>
        public SoaMigrationSource Source(int state) => sources[state];
    }
}
