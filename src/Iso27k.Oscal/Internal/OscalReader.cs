using System.Globalization;
using System.Text.Json;

namespace Iso27k.Oscal.Internal;

// Navigation over a parsed OSCAL document that knows the JSON path of every element, so each error says where.
internal sealed class OscalReader
{
    public OscalReader(string sourceName) => SourceName = sourceName;

    public string SourceName { get; }

    public static string Child(string path, string name) => path + "." + name;

    public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    public JsonDocument Parse(Stream stream)
    {
        try
        {
            return JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 128, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            throw Error(
                "$",
                $"not well-formed JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}): {ex.Message}",
                ex);
        }
    }

    public OscalFormatException Error(string path, string problem, Exception? inner = null) => new(SourceName, path, problem, inner);

    public JsonElement RequireRoot(JsonDocument document, string model)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error("$", $"expected an object with the single key \"{model}\", found {Describe(root)}.");
        }

        if (!root.TryGetProperty(model, out var body))
        {
            var keys = string.Join(", ", root.EnumerateObject().Select(p => "\"" + p.Name + "\""));
            throw Error("$", $"expected the key \"{model}\" (an OSCAL {model} document); found {(keys.Length == 0 ? "no keys" : keys)}.");
        }

        return RequireObject(body, Child("$", model));
    }

    public JsonElement RequireObject(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object ? element : throw Error(path, $"expected an object, found {Describe(element)}.");

    public JsonElement RequireObject(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw Error(path, $"the required key \"{name}\" is missing.");
        }

        return RequireObject(value, Child(path, name));
    }

    public bool TryGetObject(JsonElement parent, string name, string path, out JsonElement value)
    {
        if (!parent.TryGetProperty(name, out value))
        {
            return false;
        }

        RequireObject(value, Child(path, name));
        return true;
    }

    public string RequireString(JsonElement parent, string name, string path) =>
        OptionalString(parent, name, path) ?? throw Error(path, $"the required key \"{name}\" is missing.");

    public string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Error(Child(path, name), $"expected a string, found {Describe(value)}.");
    }

    public List<(JsonElement Item, string Path)> Array(JsonElement parent, string name, string path)
    {
        var result = new List<(JsonElement, string)>();
        if (!parent.TryGetProperty(name, out var value))
        {
            return result;
        }

        var arrayPath = Child(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(arrayPath, $"expected an array, found {Describe(value)}.");
        }

        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            result.Add((item, Index(arrayPath, i++)));
        }

        return result;
    }

    public List<ReadProp> Props(JsonElement parent, string path)
    {
        var result = new List<ReadProp>();
        foreach (var (item, itemPath) in Array(parent, "props", path))
        {
            RequireObject(item, itemPath);
            result.Add(new ReadProp(
                RequireString(item, "name", itemPath),
                RequireString(item, "value", itemPath),
                OptionalString(item, "ns", itemPath),
                OptionalString(item, "remarks", itemPath),
                itemPath));
        }

        return result;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}

// A property as read, with its path for error messages.
internal readonly record struct ReadProp(string Name, string Value, string? Ns, string? Remarks, string Path)
{
    // Core OSCAL props (label, sort-id) have no namespace; ours carry OscalIds.Namespace.
    public bool IsOurs => string.Equals(Ns, OscalIds.Namespace, StringComparison.Ordinal);

    public bool IsCore => Ns is null || string.Equals(Ns, "http://csrc.nist.gov/ns/oscal", StringComparison.Ordinal);

    public string Text => Value == OscalProp.InRemarks && Remarks is not null ? Remarks : Value;
}
