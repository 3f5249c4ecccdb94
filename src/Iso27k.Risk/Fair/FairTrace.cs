using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Iso27k.Risk.Fair;

/// <summary>
/// Everything needed to explain and reproduce a FAIR result: the model, every input distribution with its derived
/// parameters, the seed, block size, iterations, random generator and percentile method.
/// </summary>
public sealed class FairTrace
{
    /// <summary>The random generator and stream derivation used.</summary>
    public const string GeneratorDescription =
        "xoshiro256** per (seed, scenario, block, input), state from SplitMix64 over a SplitMix64-mixed key";

    /// <summary>The percentile definition used.</summary>
    public const string PercentileMethodDescription = "type-7 (linear interpolation, numpy default)";

    internal FairTrace(string model, ImmutableArray<KeyValuePair<string, FairDistribution>> inputs, ImmutableArray<int> scenarioIndices, FairSimulationOptions options)
    {
        Model = model;
        Inputs = inputs;
        ScenarioIndices = scenarioIndices;
        Seed = options.Seed;
        BlockSize = options.BlockSize;
        Iterations = options.Iterations;
        BlockCount = (int)(((long)options.Iterations + options.BlockSize - 1) / options.BlockSize);
    }

    /// <summary>The model's formula and inputs (see <see cref="FairModel.ToString"/>), or the portfolio's composition.</summary>
    public string Model { get; }

    /// <summary>Every input distribution by role (LEF, TEF, V, TCap, RS, PL, SLEF, SLM; prefixed by scenario in a portfolio total).</summary>
    public ImmutableArray<KeyValuePair<string, FairDistribution>> Inputs { get; }

    /// <summary>The scenario indices whose streams produced the result (one for a scenario, all for a portfolio total).</summary>
    public ImmutableArray<int> ScenarioIndices { get; }

    /// <summary>The seed.</summary>
    public ulong Seed { get; }

    /// <summary>Iterations per block.</summary>
    public int BlockSize { get; }

    /// <summary>The number of iterations.</summary>
    public int Iterations { get; }

    /// <summary>The number of blocks (the last may be short).</summary>
    public int BlockCount { get; }

    /// <summary>The random generator; see <see cref="GeneratorDescription"/>.</summary>
    public string Generator { get; } = GeneratorDescription;

    /// <summary>The percentile definition; see <see cref="PercentileMethodDescription"/>.</summary>
    public string PercentileMethod { get; } = PercentileMethodDescription;

    /// <summary>A multi-line, human-readable trace.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("model: ").AppendLine(Model);
        foreach (var input in Inputs)
        {
            text.Append("  ").Append(input.Key).Append(" = ").AppendLine(input.Value.ToString());
        }

        text.Append(CultureInfo.InvariantCulture, $"scenarios: {string.Join(",", ScenarioIndices)}; seed: {Seed}; iterations: {Iterations}; block size: {BlockSize}; blocks: {BlockCount}").AppendLine();
        text.Append("generator: ").AppendLine(Generator);
        text.Append("percentiles: ").AppendLine(PercentileMethod);
        return text.ToString();
    }
}
