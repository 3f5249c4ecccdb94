using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Iso27k.Benchmarks;

// What an application pays the first time it touches an embedded catalog: each launch is a new process that makes
// one call, so the figure includes loading the types and compiling the code that builds the catalog (process start
// itself is excluded). Only a cold job makes sense here: after the first call the property returns a cached object.
// The JSON methods read the embedded document instead of the snapshot, for comparison.
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, id: "Cold")]
public class CatalogFirstAccessBenchmarks
{
    [Benchmark]
    public Catalog Iso27002_2022() => IsoCatalogs.Iso27002_2022;

    [Benchmark]
    public Catalog Iso27001_2013() => IsoCatalogs.Iso27001_2013;

    [Benchmark]
    public ClauseCatalog Iso27001_2022Clauses() => IsoCatalogs.Iso27001_2022Clauses;

    [Benchmark]
    public Catalog Json2022() => IsoCatalogs.LoadCatalog(Data.EmbeddedResources.Catalog2022);
}
