using System.Text.Json;
using System.Text.Json.Serialization;
using Iso27k.Risk;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>
/// Converts a <see cref="RiskRegister"/> as an embedded risk register document (docs/formats), delegating to
/// <see cref="RiskRegisterJson"/>.
/// </summary>
/// <remarks>A document that cannot be read throws a <see cref="JsonException"/> that lists the problems with their paths.</remarks>
public sealed class RiskRegisterJsonConverter : JsonConverter<RiskRegister>
{
    /// <summary>The shared instance.</summary>
    public static RiskRegisterJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override RiskRegister Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new Iso27kJsonException($"Expected a risk register document (an object), found {Iso27kJsonException.Describe(reader.TokenType)}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var result = RiskRegisterJson.Parse(document.RootElement.GetRawText());
        return result.Succeeded
            ? result.Value
            : throw new Iso27kJsonException($"The embedded risk register cannot be read: {string.Join(" ", result.Diagnostics.Take(5))}");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RiskRegister value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        using var document = JsonDocument.Parse(RiskRegisterJson.ToJson(value));
        document.WriteTo(writer);
    }
}
