using BenchmarkDotNet.Attributes;

namespace Iso27k.Benchmarks;

[MemoryDiagnoser]
public class ControlIdBenchmarks
{
    private readonly string id2022 = "5.23";
    private readonly string id2013 = "A.12.4.1";
    private readonly ControlId parsed = ControlId.Parse("A.12.4.1");
    private readonly char[] buffer = new char[16];

    [Benchmark]
    public ControlId Parse2022() => ControlId.Parse(id2022.AsSpan());

    [Benchmark]
    public ControlId Parse2013() => ControlId.Parse(id2013.AsSpan());

    [Benchmark]
    public bool TryParse2013() => ControlId.TryParse(id2013.AsSpan(), out _);

    [Benchmark]
    public int Format2013()
    {
        parsed.TryFormat(buffer, out var written, default, null);
        return written;
    }
}
