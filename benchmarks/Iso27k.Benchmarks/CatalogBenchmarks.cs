using BenchmarkDotNet.Attributes;

namespace Iso27k.Benchmarks;

[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private readonly Catalog catalog = IsoCatalogs.Iso27002_2022;
    private readonly ControlId id = ControlId.Parse("8.28");
    private readonly AttributeSet detectiveAvailability = AttributeSet.Of(ControlType.Detective, SecurityProperty.Availability);

    [Benchmark]
    public Control LookupById() => catalog[id];

    [Benchmark]
    public bool TryGetControl() => catalog.TryGetControl(id, out _);

    [Benchmark]
    public int QueryByAttributes() => catalog.WithAttributes(detectiveAvailability).Length;
}
