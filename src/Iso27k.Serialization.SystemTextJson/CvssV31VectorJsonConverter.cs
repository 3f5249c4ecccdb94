using System.Text.Json;
using System.Text.Json.Serialization;
using Iso27k.Risk.Cvss;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>Converts a CVSS v3.0/v3.1 vector to and from its vector string (<c>"CVSS:3.1/AV:N/AC:L/..."</c>).</summary>
public sealed class CvssV31VectorJsonConverter : JsonConverter<CvssV31Vector>
{
    /// <summary>The shared instance.</summary>
    public static CvssV31VectorJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override CvssV31Vector Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Iso27kJsonException.ExpectedString(reader.TokenType, "a CVSS v3.x vector such as \"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\"");
        }

        var text = reader.GetString()!;
        return CvssV31Vector.TryParse(text, out var vector, out var error)
            ? vector
            : throw new Iso27kJsonException($"{Iso27kJsonException.Quote(text)} is not a CVSS v3.x vector: {error.Message}");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CvssV31Vector value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
