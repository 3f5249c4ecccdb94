using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Iso27k.Mapping;

/// <summary>
/// What a set of source controls covers in the target catalog, and what it leaves open: the result of
/// <see cref="ControlMapping.Cover(ReadOnlySpan{ControlId})"/>.
/// </summary>
/// <remarks>
/// A target is <em>covered</em> when at least one of its sources is in the set, <em>fully</em> covered when all of
/// them are, and <em>partially</em> covered otherwise (for example 8.15 Logging when only A.12.4.1 was applied).
/// Every other target is a gap; the targets without any source (<see cref="NewGaps"/>) are always gaps.
/// All lists are in id order.
/// </remarks>
public sealed class MappingCoverage
{
    internal MappingCoverage(ControlMapping mapping, bool[] seen, int[] hits, int[] sourceCountByTarget)
    {
        Mapping = mapping;

        // Count first, then fill arrays of the exact size: this runs on every SoA transition and has a time budget.
        var inputCount = 0;
        foreach (var s in seen)
        {
            inputCount += s ? 1 : 0;
        }

        int coveredCount = 0, fullCount = 0, newGapCount = 0;
        for (var t = 0; t < hits.Length; t++)
        {
            if (hits[t] == 0)
            {
                newGapCount += sourceCountByTarget[t] == 0 ? 1 : 0;
            }
            else
            {
                coveredCount++;
                fullCount += hits[t] == sourceCountByTarget[t] ? 1 : 0;
            }
        }

        var input = new ControlId[inputCount];
        var sourceControls = mapping.Source.Controls;
        for (int i = 0, n = 0; i < seen.Length; i++)
        {
            if (seen[i])
            {
                input[n++] = sourceControls[i].Id;
            }
        }

        var covered = new ControlId[coveredCount];
        var full = new ControlId[fullCount];
        var partial = new ControlId[coveredCount - fullCount];
        var gaps = new ControlId[hits.Length - coveredCount];
        var newGaps = new ControlId[newGapCount];
        int c = 0, f = 0, p = 0, g = 0, ng = 0;
        var targetControls = mapping.Target.Controls;
        for (var t = 0; t < hits.Length; t++)
        {
            var id = targetControls[t].Id;
            if (hits[t] == 0)
            {
                gaps[g++] = id;
                if (sourceCountByTarget[t] == 0)
                {
                    newGaps[ng++] = id;
                }
            }
            else
            {
                covered[c++] = id;
                if (hits[t] == sourceCountByTarget[t])
                {
                    full[f++] = id;
                }
                else
                {
                    partial[p++] = id;
                }
            }
        }

        Input = ImmutableCollectionsMarshal.AsImmutableArray(input);
        Covered = ImmutableCollectionsMarshal.AsImmutableArray(covered);
        FullyCovered = ImmutableCollectionsMarshal.AsImmutableArray(full);
        PartiallyCovered = ImmutableCollectionsMarshal.AsImmutableArray(partial);
        Gaps = ImmutableCollectionsMarshal.AsImmutableArray(gaps);
        NewGaps = ImmutableCollectionsMarshal.AsImmutableArray(newGaps);
    }

    /// <summary>The mapping used.</summary>
    public ControlMapping Mapping { get; }

    /// <summary>The distinct source controls given.</summary>
    public ImmutableArray<ControlId> Input { get; }

    /// <summary>The target controls reached by at least one given source.</summary>
    public ImmutableArray<ControlId> Covered { get; }

    /// <summary>The target controls all of whose sources were given.</summary>
    public ImmutableArray<ControlId> FullyCovered { get; }

    /// <summary>The target controls reached by some, but not all, of their sources.</summary>
    public ImmutableArray<ControlId> PartiallyCovered { get; }

    /// <summary>The target controls not reached at all, including every new one.</summary>
    public ImmutableArray<ControlId> Gaps { get; }

    /// <summary>The gaps that are new controls, which no source set can cover.</summary>
    public ImmutableArray<ControlId> NewGaps { get; }

    /// <summary>Whether every target control is covered (never true while the target has new controls).</summary>
    public bool IsComplete => Gaps.IsEmpty;

    /// <summary>Returns the counts, e.g. <c>114 sources cover 82 of 93 targets; 11 gaps (11 new)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Input.Length} sources cover {Covered.Length} of {Mapping.Target.Count} targets ({PartiallyCovered.Length} partially); {Gaps.Length} gaps ({NewGaps.Length} new)";
}
