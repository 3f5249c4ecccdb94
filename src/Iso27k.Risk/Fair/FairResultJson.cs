using System.Text;
using System.Text.Json;

namespace Iso27k.Risk.Fair;

/// <summary>
/// Writes a <see cref="FairResult"/> summary as JSON, without reflection:
/// <c>{ "iterations", "mean", "stdDev", "p50", "p90", "p95", "p99", "elapsedMs" }</c>.
/// </summary>
public static class FairResultJson
{
    /// <summary>Writes the summary object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    public static void Write(Utf8JsonWriter writer, FairResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteNumber("iterations", result.Iterations);
        writer.WriteNumber("mean", result.Mean);
        writer.WriteNumber("stdDev", result.StandardDeviation);
        writer.WriteNumber("p50", result.P50);
        writer.WriteNumber("p90", result.P90);
        writer.WriteNumber("p95", result.P95);
        writer.WriteNumber("p99", result.P99);
        writer.WriteNumber("elapsedMs", result.Elapsed.TotalMilliseconds);
        writer.WriteEndObject();
    }

    /// <summary>Writes the summary object as UTF-8 to a stream.</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Write(Stream stream, FairResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        Write(writer, result);
    }

    /// <summary>The summary object as a string.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(FairResult result, bool indented = false)
    {
        using var stream = new MemoryStream();
        Write(stream, result, indented);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
