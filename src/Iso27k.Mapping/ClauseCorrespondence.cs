using System.Collections.Frozen;
using System.Collections.Immutable;
using Iso27k.Mapping.Data;

namespace Iso27k.Mapping;

/// <summary>
/// The correspondence between the management-system clauses 4 to 10 of two ISO/IEC 27001 editions: for 2013 to
/// 2022, clause 6.3 is new, 9.2 and 9.3 are split into sub-clauses, and 10.1 and 10.2 swapped places.
/// </summary>
/// <remarks>
/// <para>
/// Every source clause, headings included, has at least one target. A target clause is reached by a pair, is
/// listed in <see cref="NewTargets"/>, or is a heading whose sub-clauses are all reached (2022 9.2 and 9.3, which
/// have no text of their own).
/// </para>
/// <para>The shipped correspondence is <see cref="IsoMappings.ClauseCorrespondence2013To2022"/>.</para>
/// </remarks>
public sealed class ClauseCorrespondence
{
    private readonly FrozenDictionary<string, ImmutableArray<ClauseMappingEntry>> bySource;
    private readonly FrozenDictionary<string, ImmutableArray<ClauseMappingEntry>> byTarget;

    // Throws ArgumentException naming the offending source clause; the reader turns it into a MappingDataException.
    internal ClauseCorrespondence(ClauseCatalog source, ClauseCatalog target, IReadOnlyList<(string Source, IReadOnlyList<string> Targets)> pairs, string versionId, string? sourceSha256)
    {
        Source = source;
        Target = target;
        VersionId = versionId;
        SourceSha256 = sourceSha256;
        var entries = ImmutableArray.CreateBuilder<ClauseMappingEntry>();
        var forward = new Dictionary<string, ImmutableArray<ClauseMappingEntry>>(StringComparer.Ordinal);
        var backward = new Dictionary<string, List<ClauseMappingEntry>>(StringComparer.Ordinal);
        foreach (var (from, targets) in pairs)
        {
            if (!source.TryGetClause(from, out _))
            {
                throw new ArgumentException($"{source.Title} has no clause {from}.");
            }

            if (targets.Count == 0)
            {
                throw new ArgumentException($"clause {from} has no target.");
            }

            var relationship = targets.Count == 1 ? MappingRelationship.Equal : MappingRelationship.SupersetOf;
            var own = ImmutableArray.CreateBuilder<ClauseMappingEntry>(targets.Count);
            foreach (var to in targets)
            {
                if (!target.TryGetClause(to, out _))
                {
                    throw new ArgumentException($"clause {from}: {target.Title} has no clause {to}.");
                }

                var entry = new ClauseMappingEntry(from, to, relationship);
                own.Add(entry);
                entries.Add(entry);
                if (!backward.TryGetValue(to, out var list))
                {
                    backward[to] = list = [];
                }

                list.Add(entry);
            }

            if (!forward.TryAdd(from, own.DrainToImmutable()))
            {
                throw new ArgumentException($"clause {from} is listed more than once.");
            }
        }

        var missing = source.Clauses.Where(c => !forward.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"source clauses without a target: {string.Join(", ", missing)}.");
        }

        Entries = entries.DrainToImmutable();
        bySource = forward.ToFrozenDictionary(StringComparer.Ordinal);
        byTarget = backward.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        NewTargets = [.. target.Clauses.Where(c => !IsReached(c)).Select(c => c.Id)];
    }

    private bool IsReached(Clause clause) =>
        byTarget.ContainsKey(clause.Id) || (!clause.Children.IsEmpty && clause.Children.All(IsReached));

    /// <summary>The clauses mapped from.</summary>
    public ClauseCatalog Source { get; }

    /// <summary>The clauses mapped to.</summary>
    public ClauseCatalog Target { get; }

    /// <summary>The version of the mapping data.</summary>
    public string VersionId { get; }

    /// <summary>The SHA-256 of the document read (lower-case hex).</summary>
    public string? SourceSha256 { get; }

    /// <summary>Every pair, in the order of the source clauses.</summary>
    public ImmutableArray<ClauseMappingEntry> Entries { get; }

    /// <summary>The target clauses that have no source (2022: 6.3 Planning of changes).</summary>
    public ImmutableArray<string> NewTargets { get; }

    /// <summary>The pairs of a source clause; empty when there is no such clause.</summary>
    /// <param name="source">The source clause number, e.g. <c>10.1</c>.</param>
    /// <returns>The pairs.</returns>
    public ImmutableArray<ClauseMappingEntry> TargetsOf(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return bySource.TryGetValue(source, out var entries) ? entries : [];
    }

    /// <summary>The pairs reaching a target clause; empty for a new clause, a split heading or an unknown number.</summary>
    /// <param name="target">The target clause number, e.g. <c>10.2</c>.</param>
    /// <returns>The pairs.</returns>
    public ImmutableArray<ClauseMappingEntry> SourcesOf(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return byTarget.TryGetValue(target, out var entries) ? entries : [];
    }

    /// <summary>
    /// Reads the <c>clauses</c> section of a mapping document in the documented JSON format.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON document.</param>
    /// <param name="source">The clauses the document maps from.</param>
    /// <param name="target">The clauses the document maps to.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The correspondence.</returns>
    /// <exception cref="MappingDataException">The document is not valid or has no clauses section.</exception>
    public static ClauseCorrespondence FromStream(Stream stream, ClauseCatalog source, ClauseCatalog target, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return MappingReader.ReadClauses(stream, source, target, sourceName ?? "mapping stream");
    }

    /// <summary>Returns the editions and the pair count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Source.Title} to {Target.Title} ({Entries.Length} pairs, data {VersionId})";
}
