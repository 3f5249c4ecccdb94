using System.Globalization;
using System.Text.Json;

namespace Iso27k.Serialization.SystemTextJson;

// A JsonException whose message keeps the converter's explanation and still shows where it happened: the serializer
// fills Path, LineNumber and BytePositionInLine after the converter throws, and the message reads them then.
internal sealed class Iso27kJsonException : JsonException
{
    public Iso27kJsonException(string message)
        : base(message)
    {
    }

    public Iso27kJsonException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public Iso27kJsonException()
    {
    }

    public override string Message => Path is null
        ? base.Message
        : string.Create(CultureInfo.InvariantCulture, $"{base.Message} Path: {Path} | LineNumber: {LineNumber} | BytePositionInLine: {BytePositionInLine}.");

    public static string Quote(string? text) => text is null ? "null" : text.Length > 80 ? "'" + text[..80] + "...'" : "'" + text + "'";

    public static Iso27kJsonException ExpectedString(JsonTokenType found, string what) =>
        new($"Expected {what} as a JSON string, found {Describe(found)}.");

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        _ => token.ToString(),
    };
}
