using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Iso27k.Data;

namespace Iso27k;

/// <summary>The ISO/IEC 27001 management-system clauses 4 to 10 of one edition, with what they require.</summary>
public sealed class ClauseCatalog : IEquatable<ClauseCatalog>
{
    // Plain arrays, never changed after construction; the immutable arrays the properties return are views over
    // them. The embedded clauses are built on first access, and every generic collection type used while building
    // (sets, dictionaries, lists, LINQ) would be loaded, set up and compiled in that first access. About 40 clauses:
    // a linear search finds one by id about as fast as hashing the id would.
    private readonly Clause[] clauses;
    private readonly Clause[] topLevel;
    private readonly DataSource[] sources;
    private readonly string[] notes;
    private readonly SourceHash? sourceSha256;

    // Takes the arrays as they are: the caller gives them up. Compiled once without optimization, as it runs once
    // per catalog, when the embedded clauses load (see CatalogReader).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    internal ClauseCatalog(Edition edition, string title, string versionId, ClauseDefinition[] definitions, DataSource[] sources, string[] notes, SourceHash? sourceSha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        Edition = edition;
        Title = title;
        VersionId = versionId;
        this.sourceSha256 = sourceSha256;
        this.sources = sources;
        this.notes = notes;

        // Each clause's parent, by index: it must come earlier in the document.
        var parents = new int[definitions.Length];
        var topCount = 0;
        for (var i = 0; i < definitions.Length; i++)
        {
            var d = definitions[i];
            if (!IsClauseNumber(d.Id))
            {
                throw NotAClauseNumber(d);
            }

            var dot = LastDot(d.Id);
            parents[i] = dot < 0 ? -1 : IndexOf(definitions, i, d.Id[..dot]);
            if (dot >= 0 && parents[i] < 0)
            {
                throw ParentMissing(d, dot);
            }

            if (IndexOf(definitions, i, d.Id) >= 0)
            {
                throw Duplicate(d);
            }

            if (string.IsNullOrWhiteSpace(d.Title))
            {
                throw NoTitle(d);
            }

            topCount += dot < 0 ? 1 : 0;
        }

        // Children follow their parent in document order, so building from the end gives every parent its children.
        clauses = new Clause[definitions.Length];
        for (var i = definitions.Length - 1; i >= 0; i--)
        {
            var count = 0;
            for (var k = i + 1; k < definitions.Length; k++)
            {
                count += parents[k] == i ? 1 : 0;
            }

            var children = new Clause[count];
            count = 0;
            for (var k = i + 1; k < definitions.Length; k++)
            {
                if (parents[k] == i)
                {
                    children[count++] = clauses[k];
                }
            }

            var d = definitions[i];
            clauses[i] = new Clause(d.Id, d.Title, d.Summary, d.Requirement, d.DocumentedInformation, children);
        }

        topLevel = new Clause[topCount];
        topCount = 0;
        for (var i = 0; i < clauses.Length; i++)
        {
            if (parents[i] < 0)
            {
                topLevel[topCount++] = clauses[i];
            }
        }
    }

    // The index of the definition with the id among the first count, or -1.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static int IndexOf(ClauseDefinition[] definitions, int count, string id)
    {
        for (var i = 0; i < count; i++)
        {
            if (definitions[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    // The messages live in methods of their own, so that the constructor does not compile their formatting code.
    private static ArgumentException NotAClauseNumber(ClauseDefinition d) =>
        new($"{d.Path}.id: '{d.Id}' is not a clause number such as '6.1.2' (4 to 10 first).");

    private static ArgumentException ParentMissing(ClauseDefinition d, int dot) =>
        new($"{d.Path}.id: clause {d.Id} comes before (or without) its parent {d.Id[..dot]}.");

    private static ArgumentException Duplicate(ClauseDefinition d) =>
        new($"{d.Path}.id: clause {d.Id} occurs more than once.");

    private static ArgumentException NoTitle(ClauseDefinition d) =>
        new($"{d.Path}.title: clause {d.Id} has no title.");

    // Numbers of one or two digits without a leading zero, separated by dots; the first is 4 to 10. Scanned by hand,
    // as is the last dot below: the first string search in a process costs about a millisecond, and this runs when
    // the embedded clauses load (docs/performance.md).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static bool IsClauseNumber(string id)
    {
        var first = -1;
        var value = 0;
        var digits = 0;
        for (var i = 0; i <= id.Length; i++)
        {
            if (i == id.Length || id[i] == '.')
            {
                if (digits == 0)
                {
                    return false;
                }

                first = first < 0 ? value : first;
                value = 0;
                digits = 0;
                continue;
            }

            var c = id[i];
            if (!char.IsAsciiDigit(c) || (digits == 0 && c == '0') || digits == 2)
            {
                return false;
            }

            value = (value * 10) + c - '0';
            digits++;
        }

        return first is >= 4 and <= 10;
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static int LastDot(string id)
    {
        var i = id.Length - 1;
        while (i >= 0 && id[i] != '.')
        {
            i--;
        }

        return i;
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
    public ImmutableArray<DataSource> Sources => ImmutableCollectionsMarshal.AsImmutableArray(sources);

    /// <summary>Notes on the data, such as how a disagreement between sources was settled.</summary>
    public ImmutableArray<string> Notes => ImmutableCollectionsMarshal.AsImmutableArray(notes);

    /// <summary>Every clause and sub-clause in document order.</summary>
    public ImmutableArray<Clause> Clauses => ImmutableCollectionsMarshal.AsImmutableArray(clauses);

    /// <summary>Clauses 4 to 10.</summary>
    public ImmutableArray<Clause> TopLevel => ImmutableCollectionsMarshal.AsImmutableArray(topLevel);

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
        foreach (var candidate in clauses)
        {
            if (candidate.Id == id)
            {
                clause = candidate;
                return true;
            }
        }

        clause = null;
        return false;
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
