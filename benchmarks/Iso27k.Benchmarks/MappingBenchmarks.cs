using BenchmarkDotNet.Attributes;
using Iso27k.Mapping;

namespace Iso27k.Benchmarks;

[MemoryDiagnoser]
public class MappingBenchmarks
{
    private readonly ControlMapping mapping = IsoMappings.Iso27001_2013To2022;
    private readonly ControlId id = ControlId.Parse("A.12.4.1");
    private readonly ControlId[] all2013 = [.. IsoCatalogs.Iso27001_2013.Controls.Select(c => c.Id)];

    [Benchmark]
    public int ForwardLookup() => mapping.TargetsOf(id).Length;

    [Benchmark]
    public int CoverAll114() => mapping.Cover(all2013).Covered.Length;
}
