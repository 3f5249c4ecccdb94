using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>
/// Converts an <see cref="AttributeValue"/> to and from the standard's name without '#' (<c>"Information_protection"</c>);
/// reading also accepts the hashtag and any letter case. Also converts dictionary keys.
/// </summary>
public sealed class AttributeValueJsonConverter : JsonConverter<AttributeValue>
{
    /// <summary>The shared instance.</summary>
    public static AttributeValueJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override AttributeValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Iso27kJsonException.ExpectedString(reader.TokenType, "an ISO/IEC 27002:2022 attribute value such as \"Preventive\"");
        }

        return Parse(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AttributeValue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Name);
    }

    /// <inheritdoc/>
    public override AttributeValue ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, AttributeValue value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Name);
    }

    internal static AttributeValue Parse(string text) =>
        AttributeValue.TryParse(text, out var value)
            ? value
            : throw new Iso27kJsonException($"{Iso27kJsonException.Quote(text)} is not an ISO/IEC 27002:2022 attribute value: expected one of {string.Join(", ", AttributeValue.All.Select(v => v.Name))}.");
}
