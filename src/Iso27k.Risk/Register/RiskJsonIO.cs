using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Iso27k.Risk;

// Reading shared by RiskRegisterJson and RiskCriteriaJson: bounded, and every JSON problem becomes RSK100 with a path.
internal static class RiskJsonIO
{
    // A register of 100,000 risks is about 100 MB of JSON; a larger document is not a register.
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    public static byte[]? ReadAll(Stream stream, List<RiskDiagnostic> problems)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                problems.Add(RiskRegisterMapper.Problem(RiskDiagnosticCodes.MalformedDocument, "$", $"the document is larger than the limit of {MaxDocumentBytes / (1024 * 1024)} MiB."));
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo, List<RiskDiagnostic> problems)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(utf8, typeInfo);
            if (value is null)
            {
                problems.Add(RiskRegisterMapper.Problem(RiskDiagnosticCodes.MalformedDocument, "$", "expected a JSON object, found null."));
            }

            return value;
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1})")
                : string.Empty;
            problems.Add(RiskRegisterMapper.Problem(RiskDiagnosticCodes.MalformedDocument, ex.Path ?? "$", Clean(ex.Message) + where));
            return null;
        }
    }

    // System.Text.Json appends its own "Path: ... | LineNumber: ..." suffix; the diagnostic carries those separately.
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    public static RiskReadResult<T> Result<T>(T? value, List<RiskDiagnostic> problems)
        where T : class =>
        new(problems.Count == 0 ? value : null, [.. problems]);

}
