using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>
/// Converts a <see cref="ControlId"/> to and from its canonical string (<c>"5.23"</c>, <c>"A.12.4.1"</c>); reading
/// accepts every form <see cref="ControlId.Parse(string)"/> accepts. Also converts dictionary keys.
/// </summary>
public sealed class ControlIdJsonConverter : JsonConverter<ControlId>
{
    /// <summary>The shared instance.</summary>
    public static ControlIdJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override ControlId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Iso27kJsonException.ExpectedString(reader.TokenType, "a control id such as \"5.23\" or \"A.12.4.1\"");
        }

        return Parse(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ControlId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <inheritdoc/>
    public override ControlId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, ControlId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Format(value));
    }

    private static ControlId Parse(string text) =>
        ControlId.TryParse(text, out var id, out var error) ? id : throw new Iso27kJsonException(error);

    private static string Format(ControlId value) =>
        value.IsDefault ? throw new Iso27kJsonException("default(ControlId) identifies no control and cannot be written.") : value.ToString();
}
