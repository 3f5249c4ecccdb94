using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Iso27k.Mapping;
using NodaTime;

namespace Iso27k.Soa;

/// <summary>
/// Applies the migration rules to one 2022 control at a time for one migration (see <see cref="SoaMigrator"/>).
/// </summary>
/// <remarks>
/// Holds the working lists of one migration and reuses them for every control, so that a control costs only what
/// its result needs. Where the result equals something already built (the source entry's reasons or evidence, the
/// plan's texts and arrays), it is shared instead of copied: every shared object is immutable.
/// </remarks>
internal sealed class SoaMigrationMerger
{
    private readonly ImmutableArray<SoaEntry> entries;
    private readonly int[] first;
    private readonly int[] next;
    private readonly List<(SoaMigrationPlan.PairPlan Pair, SoaEntry Entry)> contributing = new(8);
    private readonly List<SoaMigrationSource> sources = new(8);
    private readonly List<string> decisions = new(8);
    private readonly List<InclusionReason> reasons = new(4);
    private readonly List<string> riskIds = new(4);
    private readonly List<string> evidence = new(4);
    private readonly List<string> owners = new(2);
    private readonly List<SoaUnknownProperty> unknown = new(2);
    private readonly SourcedText justification = new();
    private readonly SourcedText notes = new();

    /// <summary>Creates a merger over a 2013 SoA's entries.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="first">Per plan source, the index of its first entry, or -1.</param>
    /// <param name="next">Per entry, the index of the next entry of the same control, or -1.</param>
    public SoaMigrationMerger(ImmutableArray<SoaEntry> entries, int[] first, int[] next)
    {
        this.entries = entries;
        this.first = first;
        this.next = next;
    }

    /// <summary>Migrates one 2022 control.</summary>
    /// <param name="target">The control's plan.</param>
    /// <returns>The draft entry and the report item.</returns>
    public (SoaEntry Draft, SoaMigrationItem Item) Migrate(SoaMigrationPlan.TargetPlan target)
    {
        var pairs = target.Pairs;
        if (pairs.Length == 0)
        {
            return (target.NewControlEntry, target.NewControlItem);
        }

        var id = target.Id;
        var itemSources = CollectSources(target, out var everySourceHasEntry);
        var anyApplicable = false;
        var anyExcluded = false;
        var anyUndecided = false;
        foreach (var (_, entry) in contributing)
        {
            anyApplicable |= entry.Applicability == Applicability.Applicable;
            anyExcluded |= entry.Applicability == Applicability.Excluded;
            anyUndecided |= entry.Applicability == Applicability.Undecided;
        }

        decisions.Clear();
        var rule = pairs.Length == 1 ? SoaMigrationRule.CarriedOver : SoaMigrationRule.Merged;
        var result = anyApplicable ? Applicability.Applicable : anyExcluded && !anyUndecided ? Applicability.Excluded : Applicability.Undecided;
        if (!anyApplicable && !anyExcluded)
        {
            rule = SoaMigrationRule.NoDecidedSource;
            decisions.Add(target.NoDecidedSourceDecision);
        }
        else if (result == Applicability.Undecided)
        {
            decisions.Add(target.PartlyExcludedDecision);
        }

        if (rule != SoaMigrationRule.NoDecidedSource && !everySourceHasEntry)
        {
            for (var p = 0; p < pairs.Length; p++)
            {
                if (itemSources[p].Applicability is null)
                {
                    decisions.Add(pairs[p].MissingEntryDecision);
                }
            }
        }

        ImmutableArray<string> conflicts = [];
        if (anyApplicable && anyExcluded)
        {
            var applicable = DistinctSources(Applicability.Applicable);
            var excluded = DistinctSources(Applicability.Excluded);
            conflicts = [$"{applicable} applicable but {excluded} excluded; {id} is made applicable."];
            decisions.Add($"Confirm that {id} is applicable, and that the reasons for excluding {excluded} no longer hold.");
        }

        var (status, statusKnown) = MergeStatus();
        var entryEvidence = MergeDetails(out var reviewed, out var entryUnknown);
        if (result == Applicability.Applicable && !statusKnown)
        {
            status = null;
            decisions.Add(target.MissingStatusDecision);
        }

        if (owners.Count > 1)
        {
            decisions.Add($"The sources name different owners ({string.Join("; ", owners)}): choose one owner for {id}.");
        }

        if (result == Applicability.Applicable)
        {
            for (var p = 0; p < pairs.Length; p++)
            {
                if (itemSources[p].Applicability is not null && pairs[p].CoverageDecision is { } text)
                {
                    decisions.Add(text);
                }
            }
        }

        var draft = new SoaEntry(
            id,
            result,
            result == Applicability.Applicable ? MergedReasons() : [],
            justification.ToText(),
            result == Applicability.Applicable ? status : null,
            owners.Count switch
            {
                0 => null,
                1 => owners[0],
                _ => string.Join("; ", owners),
            },
            entryEvidence,
            reviewed,
            notes.ToText(),
            UnknownWithSources(target, itemSources, everySourceHasEntry, entryUnknown));
        return (draft, new SoaMigrationItem(id, itemSources, rule, result, conflicts, Decisions(target)));
    }

    private static bool SameItems<T>(List<T> list, ImmutableArray<T> array)
        where T : class
    {
        if (list.Count != array.Length)
        {
            return false;
        }

        for (var i = 0; i < array.Length; i++)
        {
            if (!ReferenceEquals(list[i], array[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<T> ToImmutable<T>(List<T> list) =>
        list.Count == 0 ? [] : ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(list));

    private static bool ContainsOrdinal(List<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Applicability? Combine(Applicability? current, Applicability next) => (current, next) switch
    {
        (null, _) => next,
        (Applicability.Applicable, _) or (_, Applicability.Applicable) => Applicability.Applicable,
        (Applicability.Excluded, Applicability.Excluded) => Applicability.Excluded,
        _ => Applicability.Undecided,
    };

    // Fills the contributing entries (per source, in input order) and returns the report's sources, shared from the
    // plan when all sources are in one state.
    private ImmutableArray<SoaMigrationSource> CollectSources(SoaMigrationPlan.TargetPlan target, out bool everySourceHasEntry)
    {
        contributing.Clear();
        sources.Clear();
        var uniformState = -2;
        everySourceHasEntry = true;
        foreach (var pair in target.Pairs)
        {
            Applicability? applicability = null;
            if (pair.SourceIndex >= 0)
            {
                for (var i = first[pair.SourceIndex]; i >= 0; i = next[i])
                {
                    var entry = entries[i];
                    contributing.Add((pair, entry));
                    applicability = Combine(applicability, entry.Applicability);
                }
            }

            everySourceHasEntry &= applicability is not null;
            var state = SoaMigrationPlan.StateOf(applicability);
            sources.Add(state >= 0 ? pair.Source(state) : new SoaMigrationSource(pair.SourceId, pair.Relationship, applicability));
            uniformState = uniformState == -2 || uniformState == state ? state : -1;
        }

        return uniformState >= 0 ? target.UniformSources(uniformState) : ToImmutable(sources);
    }

    private string DistinctSources(Applicability applicability)
    {
        var builder = new StringBuilder();
        SoaMigrationPlan.PairPlan? last = null;
        foreach (var (pair, entry) in contributing)
        {
            // Entries of one source are adjacent and sources are distinct, so a repeat can only follow its own kind.
            if (entry.Applicability == applicability && !ReferenceEquals(pair, last))
            {
                builder.Append(builder.Length == 0 ? string.Empty : ", ").Append(pair.SourceText);
                last = pair;
            }
        }

        return builder.ToString();
    }

    // The least mature status of the applicable sources; unknown when one of them states none.
    private (ImplementationStatus? Status, bool Known) MergeStatus()
    {
        ImplementationStatus? status = null;
        var statusKnown = true;
        foreach (var (_, entry) in contributing)
        {
            if (entry.Applicability != Applicability.Applicable)
            {
                continue;
            }

            if (entry.ImplementationStatus is { } s)
            {
                status = status is { } current && current < s ? current : s;
            }
            else
            {
                statusKnown = false;
            }
        }

        return (status, statusKnown);
    }

    // Unites the reasons of the applicable sources (an excluded source's reasons were not in force): all risk ids in
    // one risk-treatment reason at the place of the first, other reasons once each.
    private ImmutableArray<InclusionReason> MergedReasons()
    {
        reasons.Clear();
        riskIds.Clear();
        var riskPosition = -1;
        var riskReasonCount = 0;
        InclusionReason? onlyRiskReason = null;
        var applicableCount = 0;
        SoaEntry? onlyApplicable = null;
        var dropped = false;
        foreach (var (_, entry) in contributing)
        {
            if (entry.Applicability != Applicability.Applicable)
            {
                continue;
            }

            applicableCount++;
            onlyApplicable = entry;
            foreach (var reason in entry.InclusionReasons)
            {
                if (reason.Kind == InclusionReasonKind.RiskTreatment)
                {
                    if (riskPosition < 0)
                    {
                        riskPosition = reasons.Count;
                    }

                    riskReasonCount++;
                    onlyRiskReason = reason;
                    foreach (var risk in reason.RiskIds)
                    {
                        if (ContainsOrdinal(riskIds, risk))
                        {
                            dropped = true;
                        }
                        else
                        {
                            riskIds.Add(risk);
                        }
                    }
                }
                else if (ContainsReason(reason))
                {
                    dropped = true;
                }
                else
                {
                    reasons.Add(reason);
                }
            }
        }

        // One source whose reasons were all kept: the union is its own list.
        if (applicableCount == 1 && riskReasonCount <= 1 && !dropped)
        {
            return onlyApplicable!.InclusionReasons;
        }

        if (riskPosition < 0)
        {
            return ToImmutable(reasons);
        }

        var united = riskReasonCount == 1 && onlyRiskReason!.RiskIds.Length == riskIds.Count
            ? onlyRiskReason
            : InclusionReason.RiskTreatmentOfCheckedIds(ToImmutable(riskIds));
        var merged = new InclusionReason[reasons.Count + 1];
        reasons.CopyTo(0, merged, 0, riskPosition);
        merged[riskPosition] = united;
        reasons.CopyTo(riskPosition, merged, riskPosition + 1, reasons.Count - riskPosition);
        return ImmutableCollectionsMarshal.AsImmutableArray(merged);
    }

    private bool ContainsReason(InclusionReason reason)
    {
        foreach (var item in reasons)
        {
            if (item.Equals(reason))
            {
                return true;
            }
        }

        return false;
    }

    // Justifications, notes, evidence, owners, review date and unknown properties, from every contributing entry.
    private ImmutableArray<string> MergeDetails(out LocalDate? reviewed, out int unknownCount)
    {
        justification.Clear();
        notes.Clear();
        evidence.Clear();
        owners.Clear();
        unknown.Clear();
        reviewed = null;
        var reviewedKnown = true;
        var evidenceSources = 0;
        SoaEntry? onlyEvidenceSource = null;
        var evidenceDropped = false;
        foreach (var (pair, entry) in contributing)
        {
            if (entry.Applicability == Applicability.Excluded && entry.ExclusionJustification is { } text)
            {
                justification.Append(pair.JustificationPrefix, text);
            }

            if (entry.Notes is { } note)
            {
                notes.Append(pair.JustificationPrefix, note);
            }

            if (entry.Applicability != Applicability.Excluded && !entry.Evidence.IsEmpty)
            {
                evidenceSources++;
                onlyEvidenceSource = entry;
                foreach (var item in entry.Evidence)
                {
                    if (ContainsOrdinal(evidence, item))
                    {
                        evidenceDropped = true;
                    }
                    else
                    {
                        evidence.Add(item);
                    }
                }
            }

            if (entry.Owner is { } owner && !ContainsOrdinal(owners, owner))
            {
                owners.Add(owner);
            }

            if (entry.LastReviewed is { } date)
            {
                reviewed = reviewed is { } r && r < date ? r : date;
            }
            else
            {
                reviewedKnown = false;
            }

            foreach (var property in entry.UnknownProperties)
            {
                var name = property.Name;
                if (string.Equals(name, SoaMigrator.MigratedFromProperty, StringComparison.Ordinal) || HasUnknown(name))
                {
                    name = $"{property.Name} ({pair.SourceText})";
                }

                unknown.Add(new SoaUnknownProperty(name, property.Json, trusted: true));
            }
        }

        if (!reviewedKnown)
        {
            reviewed = null;
        }

        unknownCount = unknown.Count;
        return evidenceSources == 1 && !evidenceDropped ? onlyEvidenceSource!.Evidence : ToImmutable(evidence);
    }

    private bool HasUnknown(string name)
    {
        foreach (var property in unknown)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The entry's sources first (those with an entry in the SoA), then the sources' own unknown properties.
    private ImmutableArray<SoaUnknownProperty> UnknownWithSources(
        SoaMigrationPlan.TargetPlan target,
        ImmutableArray<SoaMigrationSource> itemSources,
        bool everySourceHasEntry,
        int unknownCount)
    {
        SoaUnknownProperty from;
        if (everySourceHasEntry)
        {
            if (unknownCount == 0)
            {
                return target.MigratedFromAllOnly;
            }

            from = target.MigratedFromAll;
        }
        else
        {
            var json = new StringBuilder("[");
            var count = 0;
            for (var p = 0; p < itemSources.Length; p++)
            {
                if (itemSources[p].Applicability is not null)
                {
                    json.Append(count++ == 0 ? "\"" : ",\"").Append(target.Pairs[p].SourceText).Append('"');
                }
            }

            from = new SoaUnknownProperty(SoaMigrator.MigratedFromProperty, json.Append(']').ToString(), trusted: true);
        }

        var properties = new SoaUnknownProperty[unknown.Count + 1];
        properties[0] = from;
        unknown.CopyTo(properties, 1);
        return ImmutableCollectionsMarshal.AsImmutableArray(properties);
    }

    private ImmutableArray<string> Decisions(SoaMigrationPlan.TargetPlan target)
    {
        if (decisions.Count == 0)
        {
            return [];
        }

        if (SameItems(decisions, target.CoverageDecisions))
        {
            return target.CoverageDecisions;
        }

        return SameItems(decisions, target.NoDecidedSourceDecisions) ? target.NoDecidedSourceDecisions : ToImmutable(decisions);
    }

    /// <summary>Lines taken from several sources, each prefixed with its source id; one line needs no builder.</summary>
    private sealed class SourcedText
    {
        private readonly StringBuilder builder = new();
        private string? single;
        private int count;

        public void Clear()
        {
            single = null;
            count = 0;
        }

        public void Append(string prefix, string text)
        {
            if (count == 0)
            {
                single = string.Concat(prefix, text);
            }
            else
            {
                if (count == 1)
                {
                    builder.Clear().Append(single);
                }

                builder.Append('\n').Append(prefix).Append(text);
            }

            count++;
        }

        public string? ToText() => count switch
        {
            0 => null,
            1 => single,
            _ => builder.ToString(),
        };
    }
}
