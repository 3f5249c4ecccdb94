using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Iso27k.Benchmarks;

// Cold: each launch is a new process, one call, so the figure includes first-call JIT of the loader
// (process start itself is excluded). Warm: the steady-state cost of parsing and indexing the resource.
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, id: "Cold")]
[SimpleJob(id: "Warm")]
public class CatalogLoadBenchmarks
{
    [Benchmark]
    public Catalog Load2022() => IsoCatalogs.LoadCatalog(IsoCatalogs.Resource2022);

    [Benchmark]
    public Catalog Load2013() => IsoCatalogs.LoadCatalog(IsoCatalogs.Resource2013);

    [Benchmark]
    public ClauseCatalog LoadClauses2022() => IsoCatalogs.LoadClauses(IsoCatalogs.ResourceClauses2022);
}
