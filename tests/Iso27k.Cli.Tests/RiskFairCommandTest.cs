using System.Text.Json;

namespace Iso27k.Cli.Tests;

public class RiskFairCommandTest
{
    [Fact]
    public void PrintsTheDocumentedJsonKeys()
    {
        var (code, output, _) = CliRunner.Run("risk", "fair", "--lef", "pert:0.1,0.5,2", "--lm", "pert:50000,200000,2000000", "--iterations", "20000", "--seed", "42", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["iterations", "mean", "stdDev", "p50", "p90", "p95", "p99", "elapsedMs"], doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(20000, doc.RootElement.GetProperty("iterations").GetInt32());

        // E[LEF] x E[LM] for independent classic PERT inputs, within 5 standard errors.
        var expected = ((0.1 + (4 * 0.5) + 2) / 6) * ((50000 + (4 * 200000) + 2000000) / 6.0);
        var mean = doc.RootElement.GetProperty("mean").GetDouble();
        var standardError = doc.RootElement.GetProperty("stdDev").GetDouble() / Math.Sqrt(20000);
        Assert.InRange(mean, expected - (5 * standardError), expected + (5 * standardError));
    }

    [Fact]
    public void SameSeedGivesSameNumbers()
    {
        string[] args = ["risk", "fair", "--lef", "const:1", "--lm", "lognormal90:1000,100000", "--iterations", "5000", "--seed", "7", "--poisson"];
        var first = JsonDocument.Parse(CliRunner.Run(args).Out).RootElement.GetProperty("p90").GetDouble();
        var second = JsonDocument.Parse(CliRunner.Run(args).Out).RootElement.GetProperty("p90").GetDouble();
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("pert:3,2,1")]
    [InlineData("beta:1,2")]
    [InlineData("pert:1,2")]
    public void RejectsBadSpecWithExit2(string spec)
    {
        var (code, output, error) = CliRunner.Run("risk", "fair", "--lef", spec, "--lm", "const:100");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--lef", error, StringComparison.Ordinal);
    }
}
