using System.Collections.Immutable;
using System.Text;
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

        // Every entry per 2013 id, duplicates included, so nothing in the input is lost.
        var bySource = new Dictionary<ControlId, List<int>>(source.Entries.Length);
        var unmigrated = new List<int>();
        for (var i = 0; i < source.Entries.Length; i++)
        {
            var id = source.Entries[i].ControlId;
            if (!mapping.Source.Contains(id))
            {
                unmigrated.Add(i);
                continue;
            }

            if (!bySource.TryGetValue(id, out var list))
            {
                list = new List<int>(1);
                bySource.Add(id, list);
            }

            list.Add(i);
        }

        var targets = mapping.Target.Controls;
        var draftEntries = ImmutableArray.CreateBuilder<SoaEntry>(targets.Length);
        var items = ImmutableArray.CreateBuilder<SoaMigrationItem>(targets.Length);
        var contributing = new List<(ControlId Id, SoaEntry Entry)>(4);
        foreach (var target in targets)
        {
            contributing.Clear();
            var mapped = mapping.SourcesOf(target.Id);
            var sources = ImmutableArray.CreateBuilder<SoaMigrationSource>(mapped.Length);
            foreach (var pair in mapped)
            {
                Applicability? applicability = null;
                if (bySource.TryGetValue(pair.Source, out var indices))
                {
                    foreach (var index in indices)
                    {
                        var entry = source.Entries[index];
                        contributing.Add((pair.Source, entry));
                        applicability = Combine(applicability, entry.Applicability);
                    }
                }

                sources.Add(new SoaMigrationSource(pair.Source, pair.Relationship, applicability));
            }

            var (draft, item) = MigrateOne(target, sources.MoveToImmutable(), contributing);
            draftEntries.Add(draft);
            items.Add(item);
        }

        var traces = ImmutableArray.CreateBuilder<SoaMigrationTrace>(source.Entries.Length);
        for (var i = 0; i < source.Entries.Length; i++)
        {
            var id = source.Entries[i].ControlId;
            if (!mapping.Source.Contains(id))
            {
                traces.Add(new SoaMigrationTrace(i, id, [], $"{id} is not an ISO/IEC 27001:2013 control: kept unchanged in the draft's '{UnmigratedEntriesProperty}'."));
                continue;
            }

            var mapped = mapping.TargetsOf(id);
            var ids = ImmutableArray.CreateBuilder<ControlId>(mapped.Length);
            foreach (var pair in mapped)
            {
                ids.Add(pair.Target);
            }

            var targetIds = ids.MoveToImmutable();
            var disposition = targetIds.Length switch
            {
                0 => $"{id} has no 2022 counterpart in the mapping: listed here only.",
                1 => $"{id} went to {targetIds[0]}.",
                _ => $"{id} went to {string.Join(", ", targetIds)} (split).",
            };
            traces.Add(new SoaMigrationTrace(i, id, targetIds, disposition));
        }

        var builder = StatementOfApplicability.CreateBuilder(Edition.Iso2022);
        builder.Organization = source.Organization;
        builder.Scope = source.Scope;
        builder.Version = source.Version is { } version ? version + "-2022-draft" : null;
        foreach (var entry in draftEntries)
        {
            builder.Add(entry);
        }

        foreach (var property in source.UnknownProperties)
        {
            builder.UnknownProperties.Add(property);
        }

        if (unmigrated.Count > 0)
        {
            var dtos = unmigrated.Select(i => SoaJsonWriter.ToDto(source.Entries[i])).ToList();
            var json = JsonSerializer.Serialize(dtos, SoaJsonCompactContext.Default.ListSoaEntryDto);
            builder.UnknownProperties.Add(new SoaUnknownProperty(UnmigratedEntriesProperty, json, trusted: true));
        }

        var report = new SoaMigrationReport(source.Entries.Length, mapping.VersionId, items.MoveToImmutable(), traces.MoveToImmutable());
        return new SoaMigrationResult(builder.ToStatement(), report);
    }

    private static Applicability? Combine(Applicability? current, Applicability next) => (current, next) switch
    {
        (null, _) => next,
        (Applicability.Applicable, _) or (_, Applicability.Applicable) => Applicability.Applicable,
        (Applicability.Excluded, Applicability.Excluded) => Applicability.Excluded,
        _ => Applicability.Undecided,
    };

    private static (SoaEntry Draft, SoaMigrationItem Item) MigrateOne(
        Control target,
        ImmutableArray<SoaMigrationSource> sources,
        List<(ControlId Id, SoaEntry Entry)> contributing)
    {
        var id = target.Id;
        if (sources.IsEmpty)
        {
            var decision = $"{id} {target.Title} is new in 2022: decide whether it is applicable (with reasons) or excluded (with a justification).";
            return (new SoaEntry(id), new SoaMigrationItem(id, sources, SoaMigrationRule.NewControl, Applicability.Undecided, [], [decision]));
        }

        var anyApplicable = false;
        var anyExcluded = false;
        var anyUndecided = false;
        foreach (var (_, entry) in contributing)
        {
            anyApplicable |= entry.Applicability == Applicability.Applicable;
            anyExcluded |= entry.Applicability == Applicability.Excluded;
            anyUndecided |= entry.Applicability == Applicability.Undecided;
        }

        var decisions = ImmutableArray.CreateBuilder<string>();
        var conflicts = ImmutableArray.CreateBuilder<string>();
        var rule = sources.Length == 1 ? SoaMigrationRule.CarriedOver : SoaMigrationRule.Merged;
        var result = anyApplicable ? Applicability.Applicable : anyExcluded && !anyUndecided ? Applicability.Excluded : Applicability.Undecided;
        if (!anyApplicable && !anyExcluded)
        {
            rule = SoaMigrationRule.NoDecidedSource;
            decisions.Add($"None of the 2013 sources ({string.Join(", ", sources.Select(s => s.ControlId))}) is decided in the SoA: decide {id} {target.Title}.");
        }
        else if (result == Applicability.Undecided)
        {
            decisions.Add($"Some sources are excluded and others undecided: decide {id} {target.Title}.");
        }

        foreach (var source in sources)
        {
            if (source.Applicability is null && rule != SoaMigrationRule.NoDecidedSource)
            {
                decisions.Add($"The 2013 SoA has no entry for source {source.ControlId}: check that {id} covers what it would have required.");
            }
        }

        if (anyApplicable && anyExcluded)
        {
            var applicable = contributing.Where(c => c.Entry.Applicability == Applicability.Applicable).Select(c => c.Id.ToString()).Distinct();
            var excluded = contributing.Where(c => c.Entry.Applicability == Applicability.Excluded).Select(c => c.Id.ToString()).Distinct();
            conflicts.Add($"{string.Join(", ", applicable)} applicable but {string.Join(", ", excluded)} excluded; {id} is made applicable.");
            decisions.Add($"Confirm that {id} is applicable, and that the reasons for excluding {string.Join(", ", excluded)} no longer hold.");
        }

        // Reasons from the applicable sources only: an excluded source's reasons were not in force.
        var reasons = new List<InclusionReason>(3);
        List<string>? riskIds = null;
        var riskPosition = -1;
        ImplementationStatus? status = null;
        var statusKnown = true;
        var evidence = new List<string>();
        var owners = new List<string>(1);
        NodaTime.LocalDate? reviewed = null;
        var reviewedKnown = true;
        StringBuilder? justification = null;
        StringBuilder? notes = null;
        var unknown = new List<SoaUnknownProperty>();
        var from = new StringBuilder("[");
        var fromCount = 0;
        foreach (var source in sources)
        {
            if (source.Applicability is not null)
            {
                from.Append(fromCount++ == 0 ? "\"" : ",\"").Append(source.ControlId.ToString()).Append('"');
            }
        }

        from.Append(']');
        foreach (var (sourceId, entry) in contributing)
        {
            if (entry.Applicability == Applicability.Applicable)
            {
                foreach (var reason in entry.InclusionReasons)
                {
                    if (reason.Kind == InclusionReasonKind.RiskTreatment)
                    {
                        if (riskIds is null)
                        {
                            riskIds = [];
                            riskPosition = reasons.Count;
                        }

                        foreach (var risk in reason.RiskIds)
                        {
                            if (!riskIds.Contains(risk))
                            {
                                riskIds.Add(risk);
                            }
                        }
                    }
                    else if (!reasons.Contains(reason))
                    {
                        reasons.Add(reason);
                    }
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

            if (entry.Applicability == Applicability.Excluded && entry.ExclusionJustification is { } text)
            {
                justification = AppendSourced(justification, sourceId, text);
            }

            if (entry.Notes is { } note)
            {
                notes = AppendSourced(notes, sourceId, note);
            }

            if (entry.Applicability != Applicability.Excluded)
            {
                foreach (var item in entry.Evidence)
                {
                    if (!evidence.Contains(item))
                    {
                        evidence.Add(item);
                    }
                }
            }

            if (entry.Owner is { } owner && !owners.Contains(owner))
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
                if (name == MigratedFromProperty || unknown.Exists(u => u.Name == name))
                {
                    name = $"{property.Name} ({sourceId})";
                }

                unknown.Add(new SoaUnknownProperty(name, property.Json, trusted: true));
            }
        }

        if (riskIds is not null)
        {
            reasons.Insert(riskPosition, InclusionReason.RiskTreatment(riskIds));
        }

        if (result == Applicability.Applicable && !statusKnown)
        {
            status = null;
            decisions.Add($"A source of {id} states no implementation status: set the status of {id}.");
        }

        if (owners.Count > 1)
        {
            decisions.Add($"The sources name different owners ({string.Join("; ", owners)}): choose one owner for {id}.");
        }

        if (result == Applicability.Applicable)
        {
            foreach (var source in sources)
            {
                if (source.Applicability is not null && source.Relationship is MappingRelationship.SubsetOf or MappingRelationship.IntersectsWith)
                {
                    decisions.Add($"{id} asks more than {source.ControlId} ({source.Relationship.ToToken()}): check that the implementation covers all of {id}.");
                }
            }
        }

        unknown.Insert(0, new SoaUnknownProperty(MigratedFromProperty, from.ToString(), trusted: true));
        var draft = new SoaEntry(
            id,
            result,
            result == Applicability.Applicable ? [.. reasons] : [],
            justification?.ToString(),
            result == Applicability.Applicable ? status : null,
            owners.Count == 0 ? null : string.Join("; ", owners),
            [.. evidence],
            reviewedKnown ? reviewed : null,
            notes?.ToString(),
            [.. unknown]);
        return (draft, new SoaMigrationItem(id, sources, rule, result, conflicts.DrainToImmutable(), decisions.DrainToImmutable()));
    }

    private static StringBuilder AppendSourced(StringBuilder? builder, ControlId sourceId, string text)
    {
        builder ??= new StringBuilder();
        if (builder.Length > 0)
        {
            builder.Append('\n');
        }

        return builder.Append('[').Append(sourceId.ToString()).Append("] ").Append(text);
    }
}
