
namespace Iso27k;

/// <summary>
/// The catalogs embedded in this assembly, each loaded once, lazily and thread-safely, on first access.
/// </summary>
/// <remarks>
/// Each property is backed by its own holder type, so touching one catalog never loads another. If embedded data
/// were corrupt, first access would throw a <see cref="CatalogDataException"/> (wrapped in a
/// <see cref="TypeInitializationException"/>); the test suite guards against that.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707", Justification = "Names mirror the standards' designations (27002:2022), as in NodaTime's Tzdb.")]
public static class IsoCatalogs
{
    /// <summary>ISO/IEC 27002:2022 (= ISO/IEC 27001:2022 Annex A): 93 controls in four themes, with attributes.</summary>
    public static Catalog Iso27002_2022 => Holder2022.Catalog;

    /// <summary>ISO/IEC 27001:2013 Annex A: 114 controls in 14 clauses and 35 control objectives.</summary>
    public static Catalog Iso27001_2013 => Holder2013.Catalog;

    /// <summary>ISO/IEC 27001:2022 management-system clauses 4 to 10.</summary>
    public static ClauseCatalog Iso27001_2022Clauses => HolderClauses2022.Clauses;

    /// <summary>ISO/IEC 27001:2013 management-system clauses 4 to 10.</summary>
    public static ClauseCatalog Iso27001_2013Clauses => HolderClauses2013.Clauses;

    /// <summary>The Annex A control catalog of an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not defined.</exception>
    public static Catalog ForEdition(Edition edition) => edition switch
    {
        Edition.Iso2013 => Iso27001_2013,
        Edition.Iso2022 => Iso27002_2022,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Expected Edition.Iso2013 or Edition.Iso2022."),
    };

    /// <summary>The management-system clauses of an edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The clauses.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not defined.</exception>
    public static ClauseCatalog ClausesForEdition(Edition edition) => edition switch
    {
        Edition.Iso2013 => Iso27001_2013Clauses,
        Edition.Iso2022 => Iso27001_2022Clauses,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Expected Edition.Iso2013 or Edition.Iso2022."),
    };

    // How the holders below load: from the snapshot the build made of the document (Data/SnapshotFormat.cs says why);
    // the source name in an error, and the hash, are the document's.
    internal static Catalog LoadSnapshot(ReadOnlySpan<byte> snapshot, string name) =>
        Data.SnapshotReader.ReadCatalog(snapshot, name, Data.SourceHash.OfResource(name));

    internal static ClauseCatalog LoadClausesSnapshot(ReadOnlySpan<byte> snapshot, string name) =>
        Data.SnapshotReader.ReadClauseCatalog(snapshot, name, Data.SourceHash.OfResource(name));

    // The JSON reader over the embedded documents: what the snapshots are compared against (tests) and measured
    // against (benchmarks).
    internal static Catalog LoadCatalog(string name) =>
        Data.CatalogReader.ReadCatalog(Data.EmbeddedResources.Read(name), name, Data.SourceHash.OfResource(name));

    internal static ClauseCatalog LoadClauses(string name) =>
        Data.CatalogReader.ReadClauseCatalog(Data.EmbeddedResources.Read(name), name, Data.SourceHash.OfResource(name));

    // The CLR runs a type initializer once, under a lock, on first access: lazy and thread-safe with no extra code.
    private static class Holder2022
    {
        internal static readonly Catalog Catalog = LoadSnapshot(Data.EmbeddedSnapshots.Iso27002_2022, Data.EmbeddedResources.Catalog2022);
    }

    private static class Holder2013
    {
        internal static readonly Catalog Catalog = LoadSnapshot(Data.EmbeddedSnapshots.Iso27001_2013, Data.EmbeddedResources.Catalog2013);
    }

    private static class HolderClauses2022
    {
        internal static readonly ClauseCatalog Clauses = LoadClausesSnapshot(Data.EmbeddedSnapshots.Iso27001_2022Clauses, Data.EmbeddedResources.Clauses2022);
    }

    private static class HolderClauses2013
    {
        internal static readonly ClauseCatalog Clauses = LoadClausesSnapshot(Data.EmbeddedSnapshots.Iso27001_2013Clauses, Data.EmbeddedResources.Clauses2013);
    }
}
