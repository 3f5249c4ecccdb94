using BenchmarkDotNet.Attributes;
using Iso27k.Data;

namespace Iso27k.Benchmarks;

// Steady-state cost of building a catalog, from the snapshot the embedded catalogs load from and from the JSON
// document that Catalog.FromStream reads. CatalogFirstAccessBenchmarks measures what a new process pays.
[MemoryDiagnoser]
public class CatalogLoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public Catalog Snapshot2022() => IsoCatalogs.LoadSnapshot(EmbeddedSnapshots.Iso27002_2022, EmbeddedResources.Catalog2022);

    [Benchmark]
    public Catalog Json2022() => IsoCatalogs.LoadCatalog(EmbeddedResources.Catalog2022);

    [Benchmark]
    public Catalog Snapshot2013() => IsoCatalogs.LoadSnapshot(EmbeddedSnapshots.Iso27001_2013, EmbeddedResources.Catalog2013);

    [Benchmark]
    public Catalog Json2013() => IsoCatalogs.LoadCatalog(EmbeddedResources.Catalog2013);

    [Benchmark]
    public ClauseCatalog SnapshotClauses2022() => IsoCatalogs.LoadClausesSnapshot(EmbeddedSnapshots.Iso27001_2022Clauses, EmbeddedResources.Clauses2022);

    [Benchmark]
    public ClauseCatalog JsonClauses2022() => IsoCatalogs.LoadClauses(EmbeddedResources.Clauses2022);
}
