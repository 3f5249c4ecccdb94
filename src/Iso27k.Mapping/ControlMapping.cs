using System.Collections.Frozen;
using System.Collections.Immutable;
using Iso27k.Mapping.Data;

namespace Iso27k.Mapping;

/// <summary>
/// An immutable mapping from the controls of one <see cref="Catalog"/> to those of another, with NIST IR 8477
/// relationships, derived structural kinds, lookups in both directions and coverage (gap) analysis.
/// </summary>
/// <remarks>
/// <para>
/// The model is not tied to ISO/IEC 27001: any two catalogs can be related. The shipped ISO/IEC 27001:2013 to
/// 2022 correspondence comes from <see cref="IsoMappings"/>; other data in the same format loads through
/// <see cref="FromStream(Stream, Catalog, Catalog, string?)"/>.
/// </para>
/// <para>
/// A mapping is built from explicit <see cref="MappingPair"/> values. Everything else is derived: each pair's
/// <see cref="MappingKind"/>, the target controls that no pair reaches (<see cref="NewTargets"/>) and the source
/// controls that reach no target (<see cref="RemovedSources"/>). <see cref="Invert"/> reads the mapping from the
/// other side, and <c>m.Invert().Invert()</c> equals <c>m</c>.
/// </para>
/// <para>
/// <see cref="TargetsOf"/> and <see cref="SourcesOf"/> are O(1) and allocation-free.
/// </para>
/// </remarks>
public sealed class ControlMapping : IEquatable<ControlMapping>
{
    private readonly FrozenDictionary<ControlId, ImmutableArray<MappingEntry>> bySource;
    private readonly FrozenDictionary<ControlId, ImmutableArray<MappingEntry>> byTarget;
    private readonly FrozenDictionary<ControlId, int> sourceOrdinals;

    // Per source ordinal, the ordinals of its targets; per target ordinal, how many sources reach it. Coverage
    // analysis runs over these arrays instead of dictionaries.
    private readonly int[][] targetOrdinalsBySource;
    private readonly int[] sourceCountByTarget;
    private readonly ImmutableArray<MappingPair> pairs;
    private ControlMapping? inverse;

    /// <summary>Creates a mapping between two catalogs.</summary>
    /// <param name="source">The catalog mapped from.</param>
    /// <param name="target">The catalog mapped to.</param>
    /// <param name="pairs">The stated pairs; their order does not matter.</param>
    /// <param name="versionId">The version of the mapping data, shown to users.</param>
    /// <param name="sources">Where the facts were checked.</param>
    /// <param name="notes">Notes on the data, such as how relationships were assigned.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// A pair is default, names a control its catalog does not hold, or occurs twice.
    /// </exception>
    public ControlMapping(Catalog source, Catalog target, IEnumerable<MappingPair> pairs, string versionId, IEnumerable<DataSource>? sources = null, IEnumerable<string>? notes = null)
        : this(source, target, pairs, versionId, sources, notes, null)
    {
    }

    internal ControlMapping(Catalog source, Catalog target, IEnumerable<MappingPair> pairs, string versionId, IEnumerable<DataSource>? sources, IEnumerable<string>? notes, string? sourceSha256)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        Source = source;
        Target = target;
        VersionId = versionId;
        SourceSha256 = sourceSha256;
        Sources = sources is null ? [] : [.. sources];
        Notes = notes is null ? [] : [.. notes];

        var sorted = new List<MappingPair>();
        var seen = new HashSet<(ControlId, ControlId)>();
        var targetsOf = new Dictionary<ControlId, int>();
        var sourcesOf = new Dictionary<ControlId, int>();
        foreach (var pair in pairs)
        {
            if (pair.Source.IsDefault)
            {
                throw new ArgumentException("A pair is default(MappingPair); create pairs with the MappingPair constructor.", nameof(pairs));
            }

            if (!source.Contains(pair.Source))
            {
                throw new ArgumentException($"Pair {pair}: {source.Title} has no control {pair.Source}.", nameof(pairs));
            }

            if (!target.Contains(pair.Target))
            {
                throw new ArgumentException($"Pair {pair}: {target.Title} has no control {pair.Target}.", nameof(pairs));
            }

            if (!seen.Add((pair.Source, pair.Target)))
            {
                throw new ArgumentException($"The pair {pair.Source} to {pair.Target} occurs more than once.", nameof(pairs));
            }

            sorted.Add(pair);
            targetsOf[pair.Source] = targetsOf.GetValueOrDefault(pair.Source) + 1;
            sourcesOf[pair.Target] = sourcesOf.GetValueOrDefault(pair.Target) + 1;
        }

        sorted.Sort(static (a, b) => a.Source != b.Source ? a.Source.CompareTo(b.Source) : a.Target.CompareTo(b.Target));
        this.pairs = [.. sorted];

        var entries = ImmutableArray.CreateBuilder<MappingEntry>(sorted.Count + source.Count + target.Count);
        var forward = new Dictionary<ControlId, List<MappingEntry>>();
        var backward = new Dictionary<ControlId, List<MappingEntry>>();
        var index = 0;
        foreach (var control in source.Controls)
        {
            var list = new List<MappingEntry>();
            for (; index < sorted.Count && sorted[index].Source == control.Id; index++)
            {
                var pair = sorted[index];
                var kind = targetsOf[pair.Source] > 1 ? MappingKind.Split
                    : sourcesOf[pair.Target] > 1 ? MappingKind.Merged
                    : MappingKind.OneToOne;
                var entry = new MappingEntry(pair.Source, pair.Target, pair.Relationship, pair.Rationale, kind);
                list.Add(entry);
                entries.Add(entry);
                if (!backward.TryGetValue(pair.Target, out var back))
                {
                    backward[pair.Target] = back = [];
                }

                back.Add(entry);
            }

            if (list.Count == 0)
            {
                entries.Add(new MappingEntry(control.Id, default, MappingRelationship.NoRelationship, null, MappingKind.Removed));
            }

            forward[control.Id] = list;
        }

        foreach (var control in target.Controls)
        {
            if (!backward.ContainsKey(control.Id))
            {
                entries.Add(new MappingEntry(default, control.Id, MappingRelationship.NoRelationship, null, MappingKind.New));
                backward[control.Id] = [];
            }
        }

        Entries = entries.DrainToImmutable();
        bySource = forward.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray());
        byTarget = backward.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray());
        RemovedSources = [.. Entries.Where(e => e.Kind == MappingKind.Removed).Select(e => e.Source)];
        NewTargets = [.. Entries.Where(e => e.Kind == MappingKind.New).Select(e => e.Target)];

        sourceOrdinals = source.Controls.Select((c, i) => (c.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i);
        var targetOrdinals = target.Controls.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        targetOrdinalsBySource = [.. source.Controls.Select(c => bySource[c.Id].Select(e => targetOrdinals[e.Target]).ToArray())];
        sourceCountByTarget = [.. target.Controls.Select(c => byTarget[c.Id].Length)];
        Summary = new MappingSummary(this);
    }

    /// <summary>The catalog mapped from.</summary>
    public Catalog Source { get; }

    /// <summary>The catalog mapped to.</summary>
    public Catalog Target { get; }

    /// <summary>The version of the mapping data (not of either standard), e.g. <c>2026.11.21</c>.</summary>
    public string VersionId { get; }

    /// <summary>
    /// The SHA-256 of the document the mapping was read from (lower-case hex); <see langword="null"/> for a mapping
    /// built in code. An inverted mapping keeps the hash of the data it was derived from.
    /// </summary>
    public string? SourceSha256 { get; }

    /// <summary>The public sources against which the pairs were checked.</summary>
    public ImmutableArray<DataSource> Sources { get; }

    /// <summary>Notes on the data, such as how relationships were assigned.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>
    /// Every entry: the pairs and removed sources in source-id order (pairs of one source by target id), then the
    /// new targets in target-id order.
    /// </summary>
    public ImmutableArray<MappingEntry> Entries { get; }

    /// <summary>The stated pairs, ordered by source id, then target id.</summary>
    public ImmutableArray<MappingPair> Pairs => pairs;

    /// <summary>The target controls that no source reaches, in id order (the 11 new 2022 controls).</summary>
    public ImmutableArray<ControlId> NewTargets { get; }

    /// <summary>The source controls that reach no target, in id order (none for 2013 to 2022).</summary>
    public ImmutableArray<ControlId> RemovedSources { get; }

    /// <summary>The figures of the mapping (counts of pairs, merges, splits, new and removed controls), computed from the data.</summary>
    public MappingSummary Summary { get; }

    /// <summary>
    /// The pairs whose source is the given control (forward lookup), ordered by target id. Empty when the control
    /// is removed or not in the source catalog. O(1), no allocation.
    /// </summary>
    /// <param name="source">The source control's id.</param>
    /// <returns>The entries.</returns>
    public ImmutableArray<MappingEntry> TargetsOf(ControlId source) =>
        bySource.TryGetValue(source, out var entries) ? entries : [];

    /// <summary>
    /// The pairs whose target is the given control (backward lookup), ordered by source id. Empty when the control
    /// is new or not in the target catalog. O(1), no allocation.
    /// </summary>
    /// <param name="target">The target control's id.</param>
    /// <returns>The entries.</returns>
    public ImmutableArray<MappingEntry> SourcesOf(ControlId target) =>
        byTarget.TryGetValue(target, out var entries) ? entries : [];

    /// <summary>Forward lookup that tells an unknown id apart from a removed control.</summary>
    /// <param name="source">The source control's id.</param>
    /// <param name="entries">The pairs (possibly empty), when the source catalog holds the control.</param>
    /// <returns><see langword="false"/> when the source catalog has no such control.</returns>
    public bool TryGetTargets(ControlId source, out ImmutableArray<MappingEntry> entries) => bySource.TryGetValue(source, out entries);

    /// <summary>Backward lookup that tells an unknown id apart from a new control.</summary>
    /// <param name="target">The target control's id.</param>
    /// <param name="entries">The pairs (possibly empty), when the target catalog holds the control.</param>
    /// <returns><see langword="false"/> when the target catalog has no such control.</returns>
    public bool TryGetSources(ControlId target, out ImmutableArray<MappingEntry> entries) => byTarget.TryGetValue(target, out entries);

    /// <summary>Whether a target control has no source.</summary>
    /// <param name="target">The target control's id.</param>
    /// <returns><see langword="true"/> when the target catalog holds the control and no pair reaches it.</returns>
    public bool IsNew(ControlId target) => byTarget.TryGetValue(target, out var entries) && entries.IsEmpty;

    /// <summary>Whether a source control has no target.</summary>
    /// <param name="source">The source control's id.</param>
    /// <returns><see langword="true"/> when the source catalog holds the control and it reaches no target.</returns>
    public bool IsRemoved(ControlId source) => bySource.TryGetValue(source, out var entries) && entries.IsEmpty;

    /// <summary>
    /// Maps a set of source controls (for example those applicable in a 2013 Statement of Applicability) to the
    /// target controls it covers, and reports the gaps.
    /// </summary>
    /// <param name="sources">The source control ids; duplicates are ignored.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentException">An id is not a control of the source catalog.</exception>
    public MappingCoverage Cover(params ReadOnlySpan<ControlId> sources)
    {
        var seen = new bool[targetOrdinalsBySource.Length];
        var hits = new int[sourceCountByTarget.Length];
        foreach (var id in sources)
        {
            if (!sourceOrdinals.TryGetValue(id, out var ordinal))
            {
                throw new ArgumentException($"{Source.Title} has no control {id}.", nameof(sources));
            }

            if (seen[ordinal])
            {
                continue;
            }

            seen[ordinal] = true;
            foreach (var t in targetOrdinalsBySource[ordinal])
            {
                hits[t]++;
            }
        }

        return new MappingCoverage(this, seen, hits, sourceCountByTarget);
    }

    /// <inheritdoc cref="Cover(ReadOnlySpan{ControlId})"/>
    public MappingCoverage Cover(IEnumerable<ControlId> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Cover(sources is ControlId[] array ? array : [.. sources]);
    }

    /// <summary>
    /// The same mapping read from the target's side: catalogs and ids swapped, <see cref="MappingRelationship.SubsetOf"/>
    /// and <see cref="MappingRelationship.SupersetOf"/> swapped, kinds derived afresh (merged becomes split, new
    /// becomes removed). The result is cached, and inverting it returns this instance.
    /// </summary>
    /// <returns>The inverse mapping.</returns>
    public ControlMapping Invert()
    {
        if (inverse is { } cached)
        {
            return cached;
        }

        var created = new ControlMapping(Target, Source, pairs.Select(p => p.Invert()), VersionId, Sources, Notes, SourceSha256)
        {
            inverse = this,
        };
        return Interlocked.CompareExchange(ref inverse, created, null) ?? created;
    }

    /// <summary>
    /// Reads a mapping in the documented JSON format (<c>data/schema/control-mapping-1.schema.json</c>). The
    /// document's source and target editions must match the catalogs given; every id must be in its catalog; the
    /// listed new targets, removed sources and any stated kinds must equal what the pairs imply.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON document.</param>
    /// <param name="source">The catalog the document maps from.</param>
    /// <param name="target">The catalog the document maps to.</param>
    /// <param name="sourceName">A name for error messages, such as the file name.</param>
    /// <returns>The mapping, with <see cref="SourceSha256"/> set to the hash of the bytes read.</returns>
    /// <exception cref="MappingDataException">The document is not valid; the message names the source, the JSON path and what was expected.</exception>
    public static ControlMapping FromStream(Stream stream, Catalog source, Catalog target, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return MappingReader.ReadControls(stream, source, target, sourceName ?? "mapping stream");
    }

    /// <inheritdoc/>
    public bool Equals(ControlMapping? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (VersionId == other.VersionId && Source.Equals(other.Source) && Target.Equals(other.Target)
                && Entries.SequenceEqual(other.Entries) && Sources.SequenceEqual(other.Sources) && Notes.SequenceEqual(other.Notes)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ControlMapping);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source.Edition, Target.Edition, VersionId, Entries.Length);

    /// <summary>Returns the catalogs, the pair count and the data version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Source.Title} to {Target.Title} ({pairs.Length} pairs, data {VersionId})";
}
