using System.Text.Json;
using System.Text.Json.Serialization;

namespace Iso27k.Serialization.SystemTextJson;

/// <summary>
/// Converts a <see cref="Control"/> by reference: it is written as its id (<c>"5.23"</c>) and read back by looking
/// the id up in a catalog, by default <see cref="IsoCatalogs"/> for the id's edition.
/// </summary>
/// <remarks>Reading an id that the catalog does not hold throws a <see cref="JsonException"/> naming the id.</remarks>
public sealed class ControlJsonConverter : JsonConverter<Control>
{
    private readonly Catalog[] catalogs;

    /// <summary>Creates a converter that resolves ids through <see cref="IsoCatalogs.ForEdition(Edition)"/>.</summary>
    public ControlJsonConverter()
    {
        catalogs = [];
    }

    /// <summary>Creates a converter that resolves ids through the given catalogs (for example a licensed full-text one).</summary>
    /// <param name="catalogs">The catalogs to look ids up in; the first holding an id wins.</param>
    public ControlJsonConverter(params IEnumerable<Catalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        this.catalogs = [.. catalogs];
        foreach (var catalog in this.catalogs)
        {
            ArgumentNullException.ThrowIfNull(catalog, nameof(catalogs));
        }
    }

    /// <summary>The shared instance over the embedded catalogs.</summary>
    public static ControlJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override Control Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Iso27kJsonException.ExpectedString(reader.TokenType, "a control id such as \"5.23\" or \"A.12.4.1\"");
        }

        var text = reader.GetString()!;
        if (!ControlId.TryParse(text, out var id, out var error))
        {
            throw new Iso27kJsonException(error);
        }

        if (catalogs.Length == 0)
        {
            var catalog = IsoCatalogs.ForEdition(id.Edition);
            return catalog.TryGetControl(id, out var control)
                ? control
                : throw new Iso27kJsonException($"{catalog.Title} has no control {id}.");
        }

        foreach (var catalog in catalogs)
        {
            if (catalog.TryGetControl(id, out var control))
            {
                return control;
            }
        }

        throw new Iso27kJsonException($"No catalog given to the converter holds control {id} ({string.Join("; ", catalogs.Select(c => c.Title))}).");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Control value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Id.ToString());
    }
}
