using System.Text.Json;
using System.Text.Json.Serialization;
using Iso27k.Risk.Cvss;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>Converts a CVSS v4.0 vector to and from its vector string (<c>"CVSS:4.0/AV:N/AC:L/..."</c>).</summary>
public sealed class CvssV40VectorJsonConverter : JsonConverter<CvssV40Vector>
{
    /// <summary>The shared instance.</summary>
    public static CvssV40VectorJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override CvssV40Vector Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Iso27kJsonException.ExpectedString(reader.TokenType, "a CVSS v4.0 vector such as \"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N\"");
        }

        var text = reader.GetString()!;
        return CvssV40Vector.TryParse(text, out var vector, out var error)
            ? vector
            : throw new Iso27kJsonException($"{Iso27kJsonException.Quote(text)} is not a CVSS v4.0 vector: {error.Message}");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CvssV40Vector value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
