using System.Text.Json;
using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class FairResultJsonTest
{
    [Fact]
    public void WritesExactlyTheSummaryKeysInOrder()
    {
        var result = FairSimulation.Run(
            FairModel.FromLossEventFrequency(FairDistribution.Pert(0.1, 0.5, 2), FairDistribution.Pert(50_000, 200_000, 2_000_000)),
            FairSimulationOptions.Default.WithIterations(10_000).WithSeed(42));
        using var document = JsonDocument.Parse(FairResultJson.ToJson(result));
        var properties = document.RootElement.EnumerateObject().ToArray();
        Assert.Equal(["iterations", "mean", "stdDev", "p50", "p90", "p95", "p99", "elapsedMs"], properties.Select(p => p.Name));
        Assert.Equal(10_000, properties[0].Value.GetInt32());
        Assert.Equal(result.Mean, properties[1].Value.GetDouble());
        Assert.Equal(result.StandardDeviation, properties[2].Value.GetDouble());
        Assert.Equal(result.P99, properties[6].Value.GetDouble());
        Assert.True(properties[7].Value.GetDouble() >= 0);
    }

    [Fact]
    public void IndentsOnRequest()
    {
        var result = FairSimulation.Run(
            FairModel.FromLossEventFrequency(FairDistribution.Constant(1), FairDistribution.Constant(2)),
            FairSimulationOptions.Default.WithIterations(10));
        var json = FairResultJson.ToJson(result, indented: true);
        Assert.Contains("\n  \"mean\": 2,", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
