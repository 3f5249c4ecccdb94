using System.Text.Json;
using System.Text.Json.Serialization;
using Iso27k.Soa;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>
/// Converts a <see cref="StatementOfApplicability"/> as an embedded SoA JSON document (docs/formats/soa.md), delegating
/// to <see cref="SoaDocument"/>'s reader and writer, so unknown properties survive the round trip.
/// </summary>
/// <remarks>
/// A document with errors (per <see cref="SoaDocument.HasErrors"/>) throws a <see cref="JsonException"/> that lists
/// them with their paths inside the embedded document; warnings are left to <see cref="SoaValidator"/>.
/// </remarks>
public sealed class StatementOfApplicabilityJsonConverter : JsonConverter<StatementOfApplicability>
{
    /// <summary>The shared instance.</summary>
    public static StatementOfApplicabilityJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override StatementOfApplicability Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new Iso27kJsonException($"Expected a Statement of Applicability document (an object), found {Iso27kJsonException.Describe(reader.TokenType)}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        using var buffer = new MemoryStream();
        using (var copy = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(copy);
        }

        buffer.Position = 0;
        var result = SoaDocument.Read(buffer, SoaFormat.Json);
        if (result.HasErrors || result.Statement is null)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == SoaSeverity.Error).Take(5).Select(d => d.ToString());
            throw new Iso27kJsonException($"The embedded Statement of Applicability is not valid: {string.Join(" ", errors)}");
        }

        return result.Statement;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, StatementOfApplicability value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = new MemoryStream();
        SoaDocument.WriteJson(value, buffer);
        using var document = JsonDocument.Parse(buffer.ToArray());
        document.WriteTo(writer);
    }
}
