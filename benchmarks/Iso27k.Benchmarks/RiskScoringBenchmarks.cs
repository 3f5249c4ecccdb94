using BenchmarkDotNet.Attributes;
using Iso27k.Risk;
using Iso27k.Risk.Matrix;
using Iso27k.Risk.Owasp;
using NodaTime;

namespace Iso27k.Benchmarks;

// Targets: matrix and OWASP scoring at 50 million per second (under 20 ns a call); a 10,000-risk register
// validated in under 5 ms.
[MemoryDiagnoser]
public class RiskScoringBenchmarks
{
    private readonly RiskMatrix matrix = RiskMatrixPresets.Multiplicative5x5;
    private readonly MatrixRating rating = new(3, 4);
    private readonly OwaspVector owasp = OwaspVector.Parse("SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5");
    private RiskRegister register = null!;
    private RiskRegisterValidator validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = File.OpenRead(SamplePaths.Of("data/samples/risk/register.json"));
        var sample = RiskRegisterJson.Read(stream).Value!;
        var risks = Enumerable.Range(0, 10_000).Select(i => sample.Risks[i % sample.Risks.Length].WithId($"R-{i:D5}"));
        register = sample.WithRisks(risks);
        validator = new RiskRegisterValidator(SystemClock.Instance);
    }

    [Benchmark]
    public int MatrixScore() => matrix.Score(rating).Level;

    [Benchmark]
    public OwaspSeverity OwaspScore() => OwaspRiskRating.Score(owasp).Severity;

    [Benchmark]
    public int Validate10000RiskRegister() => validator.Validate(register).Length;
}
