using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Iso27k.Mapping;
using Iso27k.Soa.Formats;

namespace Iso27k.Soa;

/// <summary>
/// Turns a 2013 Statement of Applicability into a 2022 draft and a report of every decision made and left open.
/// </summary>
/// <remarks>
/// <para>Rules (documented in docs/soa.md, one test each):</para>
/// <list type="number">
/// <item>A 2022 control is applicable if any of its 2013 sources is applicable; excluded if all decided sources are
/// excluded; otherwise undecided.</item>
/// <item>When merged sources disagree, the result is applicable and the report lists a conflict.</item>
/// <item>Inclusion reasons are united (risk ids merged into one risk-treatment reason); exclusion justifications and
/// notes are combined, each line prefixed with its source id (<c>[A.11.1.1] ...</c>).</item>
/// <item>The implementation status is the least mature among the applicable sources (none if one of them states none).</item>
/// <item>Controls new in 2022 get <see cref="Applicability.Undecided"/> ("decision required").</item>
/// <item>Nothing is dropped: every 2013 entry is traced to its 2022 controls; an entry whose id is no 2013 control is
/// kept in the draft's <c>unmigratedEntries</c> property; each draft entry records its sources in <c>migratedFrom</c>.</item>
/// </list>
/// <para>Deterministic: the same input gives the same draft and report, byte for byte. No clock is read.</para>
/// </remarks>
public static class SoaMigrator
{
    /// <summary>The draft property listing an entry's 2013 sources.</summary>
    public const string MigratedFromProperty = "migratedFrom";

    /// <summary>The draft property holding input entries whose ids are not 2013 controls.</summary>
    public const string UnmigratedEntriesProperty = "unmigratedEntries";

    /// <summary>Migrates a 2013 SoA with the embedded ISO/IEC 27001:2013 to 2022 mapping.</summary>
    /// <param name="source">The 2013 SoA.</param>
    /// <returns>The 2022 draft and the report.</returns>
    /// <exception cref="ArgumentException">The SoA is not a 2013 SoA.</exception>
    public static SoaMigrationResult Migrate(StatementOfApplicability source) => Migrate(source, IsoMappings.Iso27001_2013To2022);

    /// <summary>Migrates a 2013 SoA with a given 2013 to 2022 mapping.</summary>
    /// <param name="source">The 2013 SoA.</param>
    /// <param name="mapping">A mapping from the 2013 catalog to the 2022 catalog.</param>
    /// <returns>The 2022 draft and the report.</returns>
    /// <exception cref="ArgumentException">The SoA is not a 2013 SoA, or the mapping is not 2013 to 2022.</exception>
    public static SoaMigrationResult Migrate(StatementOfApplicability source, ControlMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mapping);
        if (source.Edition != Edition.Iso2013)
        {
            throw new ArgumentException($"Only a 2013 SoA can be migrated; this one is {source.Edition.ToYearString()}.", nameof(source));
        }

        if (mapping.Source.Edition != Edition.Iso2013 || mapping.Target.Edition != Edition.Iso2022)
        {
            throw new ArgumentException("The mapping must lead from the 2013 catalog to the 2022 catalog.", nameof(mapping));
        }

        var plan = SoaMigrationPlan.For(mapping);
        var entries = source.Entries;

        // Every entry per 2013 control, duplicates included and in input order, so nothing in the input is lost: a
        // linked list through the entry indices, built backwards so that each list runs in input order.
        var first = new int[plan.Sources.Length];
        Array.Fill(first, -1);
        var next = new int[entries.Length];
        var sourceOf = new int[entries.Length];
        var unmigratedCount = 0;
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            if (plan.SourceIndex.TryGetValue(entries[i].ControlId, out var s))
            {
                next[i] = first[s];
                first[s] = i;
                sourceOf[i] = s;
            }
            else
            {
                sourceOf[i] = -1;
                unmigratedCount++;
            }
        }

        var merger = new SoaMigrationMerger(entries, first, next);
        var targets = plan.Targets;
        var draftEntries = new SoaEntry[targets.Length];
        var items = new SoaMigrationItem[targets.Length];
        for (var t = 0; t < targets.Length; t++)
        {
            (draftEntries[t], items[t]) = merger.Migrate(targets[t]);
        }

        var traces = new SoaMigrationTrace[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var id = entries[i].ControlId;
            var s = sourceOf[i];
            traces[i] = s < 0
                ? new SoaMigrationTrace(i, id, [], $"{id} is not an ISO/IEC 27001:2013 control: kept unchanged in the draft's '{UnmigratedEntriesProperty}'.")
                : new SoaMigrationTrace(i, id, plan.Sources[s].Targets, plan.Sources[s].Disposition);
        }

        var unknownProperties = source.UnknownProperties;
        if (unmigratedCount > 0)
        {
            var dtos = new List<SoaEntryDto?>(unmigratedCount);
            for (var i = 0; i < entries.Length; i++)
            {
                if (sourceOf[i] < 0)
                {
                    dtos.Add(SoaJsonWriter.ToDto(entries[i]));
                }
            }

            var json = JsonSerializer.Serialize(dtos, SoaJsonCompactContext.Default.ListSoaEntryDto);
            unknownProperties = unknownProperties.Add(new SoaUnknownProperty(UnmigratedEntriesProperty, json, trusted: true));
        }

        var draft = new StatementOfApplicability(
            Edition.Iso2022,
            source.Organization,
            source.Scope,
            source.Version is { } version ? version + "-2022-draft" : null,
            approval: null,
            lastModified: null,
            ImmutableCollectionsMarshal.AsImmutableArray(draftEntries),
            unknownProperties);
        var report = new SoaMigrationReport(
            entries.Length,
            mapping.VersionId,
            ImmutableCollectionsMarshal.AsImmutableArray(items),
            ImmutableCollectionsMarshal.AsImmutableArray(traces));
        return new SoaMigrationResult(draft, report);
    }
}
