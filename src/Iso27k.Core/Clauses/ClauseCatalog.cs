using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Iso27k.Data;

namespace Iso27k;

/// <summary>The ISO/IEC 27001 management-system clauses 4 to 10 of one edition, with what they require.</summary>
public sealed class ClauseCatalog : IEquatable<ClauseCatalog>
{
    // Built once and never changed after construction: cheaper to build than a frozen dictionary, which matters
    // because the embedded clauses load on first access.
    private readonly Dictionary<string, Clause> byId;
    private readonly SourceHash? sourceSha256;

    internal ClauseCatalog(Edition edition, string title, string versionId, IReadOnlyList<ClauseDefinition> definitions, IEnumerable<DataSource> sources, IEnumerable<string> notes, SourceHash? sourceSha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        Edition = edition;
        Title = title;
        VersionId = versionId;
        this.sourceSha256 = sourceSha256;
        Sources = [.. sources];
        Notes = [.. notes];

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in definitions)
        {
            if (!IsClauseNumber(d.Id))
            {
                throw new ArgumentException($"{d.Path}.id: '{d.Id}' is not a clause number such as '6.1.2' (4 to 10 first).");
            }

            var dot = d.Id.LastIndexOf('.');
            if (dot >= 0 && !seen.Contains(d.Id[..dot]))
            {
                throw new ArgumentException($"{d.Path}.id: clause {d.Id} comes before (or without) its parent {d.Id[..dot]}.");
            }

            if (!seen.Add(d.Id))
            {
                throw new ArgumentException($"{d.Path}.id: clause {d.Id} occurs more than once.");
            }

            if (string.IsNullOrWhiteSpace(d.Title))
            {
                throw new ArgumentException($"{d.Path}.title: clause {d.Id} has no title.");
            }
        }

        // Children follow their parent in document order, so building from the end gives every parent its children.
        var built = new Dictionary<string, Clause>(StringComparer.Ordinal);
        var childrenOf = new Dictionary<string, List<Clause>>(StringComparer.Ordinal);
        for (var i = definitions.Count - 1; i >= 0; i--)
        {
            var d = definitions[i];
            ImmutableArray<Clause> children = [];
            if (childrenOf.TryGetValue(d.Id, out var list))
            {
                list.Reverse();
                children = [.. list];
            }

            var clause = new Clause(d.Id, d.Title, d.Summary, d.Requirement, [.. d.DocumentedInformation], children);
            built[d.Id] = clause;
            if (clause.ParentId is { } parent)
            {
                if (!childrenOf.TryGetValue(parent, out var siblings))
                {
                    childrenOf[parent] = siblings = [];
                }

                siblings.Add(clause);
            }
        }

        var clauses = new Clause[definitions.Count];
        var topLevel = ImmutableArray.CreateBuilder<Clause>();
        for (var i = 0; i < clauses.Length; i++)
        {
            clauses[i] = built[definitions[i].Id];
            if (clauses[i].ParentId is null)
            {
                topLevel.Add(clauses[i]);
            }
        }

        Clauses = ImmutableCollectionsMarshal.AsImmutableArray(clauses);
        TopLevel = topLevel.DrainToImmutable();
        byId = built;
    }

    // Numbers of one or two digits without a leading zero, separated by dots; the first is 4 to 10.
    private static bool IsClauseNumber(string id)
    {
        var first = -1;
        var start = 0;
        while (true)
        {
            var dot = id.IndexOf('.', start);
            var part = id.AsSpan(start, (dot < 0 ? id.Length : dot) - start);
            if (part.Length is not (1 or 2) || part[0] == '0' || !char.IsAsciiDigit(part[0]) || (part.Length == 2 && !char.IsAsciiDigit(part[1])))
            {
                return false;
            }

            if (first < 0)
            {
                first = part.Length == 1 ? part[0] - '0' : ((part[0] - '0') * 10) + part[1] - '0';
            }

            if (dot < 0)
            {
                return first is >= 4 and <= 10;
            }

            start = dot + 1;
        }
    }

    /// <summary>The edition.</summary>
    public Edition Edition { get; }

    /// <summary>The title, e.g. "ISO/IEC 27001:2022 clauses 4 to 10".</summary>
    public string Title { get; }

    /// <summary>The version of the data.</summary>
    public string VersionId { get; }

    /// <summary>The SHA-256 (lower-case hex) of the source document.</summary>
    /// <remarks>Computed on first access, so that loading clauses does not load the cryptography library.</remarks>
    public string? SourceSha256 => sourceSha256?.Value;

    /// <summary>The public sources against which the facts were checked.</summary>
    public ImmutableArray<DataSource> Sources { get; }

    /// <summary>Notes on the data, such as how a disagreement between sources was settled.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Every clause and sub-clause in document order.</summary>
    public ImmutableArray<Clause> Clauses { get; }

    /// <summary>Clauses 4 to 10.</summary>
    public ImmutableArray<Clause> TopLevel { get; }

    /// <summary>The clauses that explicitly require documented information, in document order.</summary>
    public ImmutableArray<Clause> RequiringDocumentedInformation => [.. Clauses.Where(c => c.RequiresDocumentedInformation)];

    /// <summary>The clause with the given number.</summary>
    /// <param name="id">The number, e.g. <c>9.2.2</c>.</param>
    /// <exception cref="KeyNotFoundException">No such clause in this edition.</exception>
    public Clause this[string id] => TryGetClause(id, out var clause)
        ? clause
        : throw new KeyNotFoundException($"{Title} has no clause '{id}'.");

    /// <summary>Looks up a clause.</summary>
    /// <param name="id">The number.</param>
    /// <param name="clause">The clause, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetClause(string id, [NotNullWhen(true)] out Clause? clause)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out clause);
    }

    /// <summary>Reads clauses in the documented JSON format (<c>data/schema/clause-catalog-1.schema.json</c>).</summary>
    /// <param name="stream">The UTF-8 JSON document.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The clause catalog.</returns>
    /// <exception cref="CatalogDataException">The document is not valid.</exception>
    public static ClauseCatalog FromStream(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CatalogReader.ReadClauses(stream, sourceName ?? "clause stream");
    }

    /// <summary>Writes the clauses in the format <see cref="FromStream"/> reads.</summary>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CatalogWriter.Write(this, stream);
    }

    /// <inheritdoc/>
    public bool Equals(ClauseCatalog? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Edition == other.Edition && Title == other.Title && VersionId == other.VersionId
                && Sources.SequenceEqual(other.Sources) && Notes.SequenceEqual(other.Notes) && TopLevel.SequenceEqual(other.TopLevel)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClauseCatalog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Edition, Title, VersionId, Clauses.Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Title} ({Clauses.Length} clauses, data {VersionId})";
}
