using BenchmarkDotNet.Attributes;
using Iso27k.Soa;

namespace Iso27k.Benchmarks;

// Targets: validate a 93-entry SoA against a 10,000-risk context in under 1 ms; migrate a 114-entry 2013 SoA in
// under 50 microseconds.
[MemoryDiagnoser]
public class SoaBenchmarks
{
    private StatementOfApplicability soa2022 = null!;
    private StatementOfApplicability soa2013 = null!;
    private SoaRiskContext risks = null!;

    [GlobalSetup]
    public void Setup()
    {
        soa2022 = SoaDocument.Load(SamplePaths.Of("data/samples/soa/soa-2022.json")).Statement!;
        soa2013 = SoaDocument.Load(SamplePaths.Of("data/samples/soa/soa-2013.json")).Statement!;
        var controls = IsoCatalogs.Iso27002_2022.Controls;
        risks = new SoaRiskContext(
            Enumerable.Range(0, 10_000).Select(i => $"R-{i:D5}"),
            Enumerable.Range(0, 10_000).Select(i => new KeyValuePair<ControlId, string>(controls[i % controls.Length].Id, $"R-{i:D5}")));
    }

    [Benchmark]
    public int Validate93EntriesAgainst10000Risks() => SoaValidator.Default.Validate(soa2022, risks).Length;

    [Benchmark]
    public int Migrate2013Soa() => SoaMigrator.Migrate(soa2013).Draft.Entries.Length;
}
