using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>
/// Converts an <see cref="AttributeSet"/> to and from an array of the standard's names in the standard's order
/// (<c>["Preventive", "Confidentiality"]</c>); duplicates on input collapse.
/// </summary>
public sealed class AttributeSetJsonConverter : JsonConverter<AttributeSet>
{
    /// <summary>The shared instance.</summary>
    public static AttributeSetJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override AttributeSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new Iso27kJsonException($"Expected an array of ISO/IEC 27002:2022 attribute values, found {Iso27kJsonException.Describe(reader.TokenType)}.");
        }

        var set = AttributeSet.Empty;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Iso27kJsonException.ExpectedString(reader.TokenType, "an attribute value such as \"Preventive\"");
            }

            set = set.Add(AttributeValueJsonConverter.Parse(reader.GetString()!));
        }

        return set;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AttributeSet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item.Name);
        }

        writer.WriteEndArray();
    }
}
