using System.Globalization;
using System.Text.Json;

namespace Iso27k.Oscal.Internal;

// OSCAL catalog -> Catalog. Reads this library's exports exactly, and other catalogs as far as the model reaches:
// control ids come from the "label" property or the OSCAL id, the summary from this library's summary part or else
// the statement's own prose. Control enhancements (nested controls) and parameters are not part of the model and
// are skipped.
internal static class CatalogImporter
{
    public static Catalog Read(Stream stream, string sourceName)
    {
        var reader = new OscalReader(sourceName);
        using var document = reader.Parse(stream);
        var body = reader.RequireRoot(document, "catalog");
        const string bodyPath = "$.catalog";
        var metadataPath = OscalReader.Child(bodyPath, "metadata");
        var metadata = reader.RequireObject(body, "metadata", bodyPath);
        var title = reader.RequireString(metadata, "title", metadataPath);
        var version = reader.RequireString(metadata, "version", metadataPath);

        Edition? edition = null;
        var notes = new List<(int Order, string Text)>();
        foreach (var prop in reader.Props(metadata, metadataPath))
        {
            if (!prop.IsOurs)
            {
                continue;
            }

            if (prop.Name == "edition")
            {
                edition = EditionExtensions.TryParseEdition(prop.Value, out var parsed)
                    ? parsed
                    : throw reader.Error(OscalReader.Child(prop.Path, "value"), $"'{prop.Value}' is not an edition: expected 2013 or 2022.");
            }
            else if (prop.Name == "note")
            {
                var order = int.TryParse(prop.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
                notes.Add((order, prop.Remarks ?? string.Empty));
            }
        }

        if (reader.Array(body, "controls", bodyPath) is { Count: > 0 } loose)
        {
            throw reader.Error(loose[0].Path, "controls outside any group: the model holds controls in themes (2022) or clauses and objectives (2013).");
        }

        var groupElements = reader.Array(body, "groups", bodyPath);
        edition ??= InferEdition(reader, groupElements) ?? throw reader.Error(bodyPath, "no control with a recognizable id (such as 'A.5.1.1' or '5.1') and no edition property: cannot tell the edition.");

        var groups = new List<ControlGroup>();
        foreach (var (element, path) in groupElements)
        {
            groups.Add(ReadGroup(reader, element, path, edition.Value, 0));
        }

        var sources = new List<DataSource>();
        if (reader.TryGetObject(body, "back-matter", bodyPath, out var backMatter))
        {
            var backMatterPath = OscalReader.Child(bodyPath, "back-matter");
            foreach (var (resource, path) in reader.Array(backMatter, "resources", backMatterPath))
            {
                reader.RequireObject(resource, path);
                var props = reader.Props(resource, path);
                if (!props.Any(p => p.IsOurs && p.Name == "resource-role" && p.Value == CatalogExporter.SourceRole))
                {
                    continue;
                }

                var name = reader.OptionalString(resource, "title", path);
                if (string.IsNullOrWhiteSpace(name))
                {
                    throw reader.Error(path, "a data-source resource needs a title (the source's name).");
                }

                var location = reader.TryGetObject(resource, "citation", path, out var citation)
                    ? reader.OptionalString(citation, "text", OscalReader.Child(path, "citation"))
                    : null;
                var checkedOn = props.FirstOrDefault(p => p.IsOurs && p.Name == "checked-on");
                sources.Add(new DataSource(
                    name,
                    location ?? string.Empty,
                    checkedOn.Name is null ? string.Empty : checkedOn.Text,
                    reader.OptionalString(resource, "description", path) ?? string.Empty));
            }
        }

        try
        {
            return new Catalog(edition.Value, title, version, groups, sources, notes.OrderBy(n => n.Order).Select(n => n.Text));
        }
        catch (ArgumentException ex)
        {
            throw reader.Error(bodyPath, ex.Message, ex);
        }
    }

    private static Edition? InferEdition(OscalReader reader, List<(JsonElement Item, string Path)> groups)
    {
        foreach (var (group, path) in groups)
        {
            if (group.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var (control, controlPath) in reader.Array(group, "controls", path))
            {
                if (control.ValueKind == JsonValueKind.Object && TryControlId(reader, control, controlPath, out var id))
                {
                    return id.Edition;
                }
            }

            if (InferEdition(reader, reader.Array(group, "groups", path)) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }

    private static bool TryControlId(OscalReader reader, JsonElement control, string path, out ControlId id)
    {
        foreach (var prop in reader.Props(control, path))
        {
            if (prop.Name == "label" && prop.IsCore && OscalIds.TryParseControl(prop.Value, out id))
            {
                return true;
            }
        }

        return OscalIds.TryParseControl(reader.OptionalString(control, "id", path), out id);
    }

    private static ControlGroup ReadGroup(OscalReader reader, JsonElement element, string path, Edition edition, int depth)
    {
        reader.RequireObject(element, path);
        var title = reader.RequireString(element, "title", path);
        var label = reader.Props(element, path).FirstOrDefault(p => p.Name == "label" && p.IsCore).Value;
        var id = label ?? GroupIdFromOscalId(reader.OptionalString(element, "id", path))
            ?? throw reader.Error(path, "a group needs a \"label\" property or an id such as 'iso27002-2022-theme-5' or 'a.12.4'.");
        var kind = reader.OptionalString(element, "class", path) switch
        {
            "theme" => ControlGroupKind.Theme,
            "clause" => ControlGroupKind.Clause,
            "objective" => ControlGroupKind.Objective,
            _ => edition == Edition.Iso2022 ? ControlGroupKind.Theme : depth == 0 ? ControlGroupKind.Clause : ControlGroupKind.Objective,
        };

        var children = new List<ControlGroup>();
        foreach (var (child, childPath) in reader.Array(element, "groups", path))
        {
            children.Add(ReadGroup(reader, child, childPath, edition, depth + 1));
        }

        var controls = new List<Control>();
        foreach (var (control, controlPath) in reader.Array(element, "controls", path))
        {
            controls.Add(ReadControl(reader, control, controlPath, edition));
        }

        try
        {
            return new ControlGroup(id, kind, title, children, controls);
        }
        catch (ArgumentException ex)
        {
            throw reader.Error(path, ex.Message, ex);
        }
    }

    // "iso27002-2022-theme-5" -> "5"; "iso27001-2013-a.12.4" or "a.12.4" -> "A.12.4".
    private static string? GroupIdFromOscalId(string? oscalId)
    {
        if (string.IsNullOrWhiteSpace(oscalId))
        {
            return null;
        }

        var cut = oscalId.LastIndexOfAny(['-', '_']);
        var tail = cut >= 0 ? oscalId[(cut + 1)..] : oscalId;
        return tail.StartsWith("a.", StringComparison.Ordinal) ? "A" + tail[1..] : tail;
    }

    private static Control ReadControl(OscalReader reader, JsonElement element, string path, Edition edition)
    {
        reader.RequireObject(element, path);
        var title = reader.RequireString(element, "title", path);
        var oscalId = reader.RequireString(element, "id", path);
        var props = reader.Props(element, path);
        ControlId id = default;
        var labelProp = props.FirstOrDefault(p => p.Name == "label" && p.IsCore);
        if (labelProp.Name is not null && OscalIds.TryParseControl(labelProp.Value, out var fromLabel))
        {
            id = fromLabel;
        }
        else if (!OscalIds.TryParseControl(oscalId, out id))
        {
            throw reader.Error(
                OscalReader.Child(path, "id"),
                $"'{oscalId}' names no Annex A control: expected an id such as 'iso27002-2022-5.23' or 'a.12.4.1', or a \"label\" property such as '5.23' or 'A.12.4.1'.");
        }

        if (id.Edition != edition)
        {
            throw reader.Error(path, $"control {id} belongs to the {id.Edition.ToYearString()} edition, but the catalog is {edition.ToYearString()}.");
        }

        var attributes = AttributeSet.Empty;
        string? alternateTitle = null;
        var isNew = false;
        foreach (var prop in props)
        {
            if (!prop.IsOurs)
            {
                continue;
            }

            if (OscalAttributes.TryParseType(prop.Name, out var type))
            {
                attributes = AttributeValue.TryParse(type, prop.Value, out var value)
                    ? attributes.Add(value)
                    : throw reader.Error(
                        OscalReader.Child(prop.Path, "value"),
                        $"'{prop.Value}' is not a value of the ISO/IEC 27002:2022 attribute type {prop.Name}: expected one of {string.Join(", ", AttributeValue.ValuesOf(type).Select(v => v.Name))}.");
            }
            else if (prop.Name == "alternate-title")
            {
                alternateTitle = prop.Text;
            }
            else if (prop.Name == "new-in-2022")
            {
                isNew = prop.Value switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw reader.Error(OscalReader.Child(prop.Path, "value"), $"'{prop.Value}' is not a boolean: expected true or false."),
                };
            }
        }

        var summary = ReadSummary(reader, element, path);
        try
        {
            return new Control(id, title, summary, attributes, isNew, alternateTitle);
        }
        catch (ArgumentException ex)
        {
            throw reader.Error(path, ex.Message, ex);
        }
    }

    private static string ReadSummary(OscalReader reader, JsonElement control, string path)
    {
        string? statement = null;
        foreach (var (part, partPath) in reader.Array(control, "parts", path))
        {
            reader.RequireObject(part, partPath);
            var name = reader.RequireString(part, "name", partPath);
            if (reader.OptionalString(part, "class", partPath) == CatalogExporter.SummaryClass)
            {
                return reader.OptionalString(part, "prose", partPath) ?? string.Empty;
            }

            if (name == "statement" && statement is null)
            {
                statement = reader.OptionalString(part, "prose", partPath);
            }
        }

        return statement ?? string.Empty;
    }
}
