using BenchmarkDotNet.Attributes;
using Iso27k.Risk.Cvss;
using Iso27k.Risk.Fair;

namespace Iso27k.Benchmarks;

// Throughput targets are per second on one core: a mean of 200 ns per call is 5 million per second.
[MemoryDiagnoser]
public class CvssBenchmarks
{
    private readonly string v31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N";
    private readonly string v40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P";

    [Benchmark]
    public double Cvss31ParseAndBaseScore()
    {
        return CvssV31Vector.TryParse(v31.AsSpan(), out var vector, out _) ? vector.ComputeBaseScore() : -1;
    }

    [Benchmark]
    public double Cvss40ParseAndScore()
    {
        return CvssV40Vector.TryParse(v40.AsSpan(), out var vector, out _) ? vector.Score().Score : -1;
    }
}

[MemoryDiagnoser]
public class FairBenchmarks
{
    private readonly FairModel model = FairModel.FromLossEventFrequency(
        FairDistribution.Pert(0.1, 0.5, 2),
        FairDistribution.Pert(50_000, 200_000, 2_000_000));

    private readonly FairSimulationOptions options = FairSimulationOptions.Default.WithIterations(1_000_000).WithSeed(42);

    [Benchmark]
    public double MillionIterationsBothCores() => FairSimulation.Run(model, options).Mean;
}
