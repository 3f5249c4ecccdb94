using System.Collections.Immutable;
using System.Text.Json;

namespace Iso27k.Data;

// Writes the model back in the data format, so that FromStream(WriteTo(c)) equals c. Members come in the order the
// data files use; optional members are left out when they hold nothing.
internal static class CatalogWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, IndentSize = 2 };

    public static void Write(Catalog catalog, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        WriteHeader(json, CatalogFormat.ControlCatalogSchema, catalog.VersionId, catalog.Edition, catalog.Title, catalog.Sources, catalog.Notes);
        json.WriteStartArray("groups");
        foreach (var group in catalog.Groups)
        {
            WriteGroup(json, group);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void Write(ClauseCatalog catalog, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        WriteHeader(json, CatalogFormat.ClauseCatalogSchema, catalog.VersionId, catalog.Edition, catalog.Title, catalog.Sources, catalog.Notes);
        json.WriteStartArray("clauses");
        foreach (var clause in catalog.Clauses)
        {
            json.WriteStartObject();
            json.WriteString("id", clause.Id);
            json.WriteString("title", clause.Title);
            json.WriteString("summary", clause.Summary);
            WriteOptional(json, "requirement", clause.Requirement);
            json.WriteStartArray("documentedInformation");
            foreach (var item in clause.DocumentedInformation)
            {
                json.WriteStartObject();
                json.WriteString("kind", item.Kind == DocumentedInformationKind.Maintain ? "maintain" : "retain");
                json.WriteString("item", item.Description);
                WriteOptional(json, "note", item.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter json, string schema, string versionId, Edition edition, string title, ImmutableArray<DataSource> sources, ImmutableArray<string> notes)
    {
        json.WriteString("$schema", schema);
        json.WriteNumber("formatVersion", CatalogFormat.CurrentVersion);
        json.WriteString("dataVersion", versionId);
        json.WriteString("edition", edition.ToYearString());
        json.WriteString("title", title);
        json.WriteStartObject("provenance");
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("name", source.Name);
            json.WriteString("location", source.Location);
            json.WriteString("checked", source.CheckedOn);
            json.WriteString("covers", source.Covers);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (!notes.IsEmpty)
        {
            json.WriteStartArray("notes");
            foreach (var note in notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, ControlGroup group)
    {
        json.WriteStartObject();
        json.WriteString("id", group.Id);
        json.WriteString("kind", group.Kind switch
        {
            ControlGroupKind.Theme => "theme",
            ControlGroupKind.Clause => "clause",
            _ => "objective",
        });
        json.WriteString("title", group.Title);
        if (!group.Groups.IsEmpty)
        {
            json.WriteStartArray("groups");
            foreach (var child in group.Groups)
            {
                WriteGroup(json, child);
            }

            json.WriteEndArray();
        }

        if (!group.OwnControls.IsEmpty)
        {
            json.WriteStartArray("controls");
            foreach (var control in group.OwnControls)
            {
                WriteControl(json, control);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteControl(Utf8JsonWriter json, Control control)
    {
        json.WriteStartObject();
        json.WriteString("id", control.Id.ToString());
        json.WriteString("title", control.Title);
        WriteOptional(json, "alternateTitle", control.AlternateTitle);
        json.WriteString("summary", control.Summary);
        if (control.IsNewIn2022)
        {
            json.WriteBoolean("newIn2022", true);
        }

        if (control.Edition == Edition.Iso2022)
        {
            json.WriteStartObject("attributes");
            WriteValues(json, "controlTypes", control.Attributes, AttributeType.ControlType);
            WriteValues(json, "securityProperties", control.Attributes, AttributeType.InformationSecurityProperty);
            WriteValues(json, "cybersecurityConcepts", control.Attributes, AttributeType.CybersecurityConcept);
            WriteValues(json, "operationalCapabilities", control.Attributes, AttributeType.OperationalCapability);
            WriteValues(json, "securityDomains", control.Attributes, AttributeType.SecurityDomain);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter json, string name, AttributeSet set, AttributeType type)
    {
        json.WriteStartArray(name);
        foreach (var value in set.OfType(type))
        {
            json.WriteStringValue(value.Name);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
