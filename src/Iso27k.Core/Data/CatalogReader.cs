using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Iso27k.Data;

// Turns the data format into the model, naming the JSON path of anything wrong.
internal static class CatalogReader
{
    // The embedded files are ~60 KB; a user's file a thousand times larger is not a catalog.
    internal const int MaxDocumentBytes = 64 * 1024 * 1024;

    public static Catalog Read(Stream stream, string sourceName)
    {
        var bytes = ReadAll(stream, sourceName);
        var dto = Deserialize(bytes, sourceName, DataJsonContext.Default.CatalogDto);
        return ToModel(dto, sourceName, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
    }

    public static ClauseCatalog ReadClauses(Stream stream, string sourceName)
    {
        var bytes = ReadAll(stream, sourceName);
        var dto = Deserialize(bytes, sourceName, DataJsonContext.Default.ClauseCatalogDto);
        return ToModel(dto, sourceName, Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
    }

    internal static byte[] ReadAll(Stream stream, string sourceName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                throw new CatalogDataException(sourceName, string.Empty, $"the document is larger than the limit of {MaxDocumentBytes / (1024 * 1024)} MiB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static T Deserialize<T>(byte[] bytes, string sourceName, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo)
                ?? throw new CatalogDataException(sourceName, "$", "expected a JSON object, found null.");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, {ex.Path ?? "$"}" : ex.Path ?? "$";
            throw new CatalogDataException(sourceName, where, ex.Message, ex);
        }
    }

    private static void CheckHeader(int formatVersion, string edition, string sourceName, Edition? expected, out Edition parsed)
    {
        if (formatVersion != CatalogFormat.CurrentVersion)
        {
            throw new CatalogDataException(sourceName, "$.formatVersion", $"format version {formatVersion} is not supported: this library reads version {CatalogFormat.CurrentVersion}.");
        }

        parsed = edition switch
        {
            "2013" => Edition.Iso2013,
            "2022" => Edition.Iso2022,
            _ => throw new CatalogDataException(sourceName, "$.edition", $"'{edition}' is not an edition: expected \"2013\" or \"2022\"."),
        };
        if (expected is { } e && e != parsed)
        {
            throw new CatalogDataException(sourceName, "$.edition", $"expected edition {e.ToYearString()}.");
        }
    }

    private static Catalog ToModel(CatalogDto dto, string sourceName, string sha256)
    {
        CheckHeader(dto.FormatVersion, dto.Edition, sourceName, null, out var edition);
        var expectedTopKind = edition == Edition.Iso2022 ? "theme" : "clause";
        var groups = new List<ControlGroup>(dto.Groups.Count);
        for (var g = 0; g < dto.Groups.Count; g++)
        {
            groups.Add(ToGroup(dto.Groups[g], $"$.groups[{g}]", expectedTopKind, edition, sourceName));
        }

        var sources = ToSources(dto.Provenance, sourceName);
        try
        {
            return new Catalog(edition, dto.Title, dto.DataVersion, groups, sources, dto.Provenance.Notes, dto.FormatVersion, sha256);
        }
        catch (ArgumentException ex)
        {
            throw new CatalogDataException(sourceName, "$.groups", Plain(ex), ex);
        }
    }

    private static List<DataSource> ToSources(ProvenanceDto provenance, string sourceName)
    {
        var sources = new List<DataSource>(provenance.Sources.Count);
        for (var i = 0; i < provenance.Sources.Count; i++)
        {
            var s = provenance.Sources[i];
            try
            {
                sources.Add(new DataSource(s.Name, s.Location, s.Checked, s.Covers));
            }
            catch (ArgumentException ex)
            {
                throw new CatalogDataException(sourceName, $"$.provenance.sources[{i}]", Plain(ex), ex);
            }
        }

        return sources;
    }

    private static ControlGroup ToGroup(GroupDto dto, string path, string expectedKind, Edition edition, string sourceName)
    {
        if (dto.Kind != expectedKind)
        {
            throw new CatalogDataException(sourceName, path + ".kind", $"'{dto.Kind}' found where a {expectedKind} was expected.");
        }

        var kind = expectedKind switch
        {
            "theme" => ControlGroupKind.Theme,
            "clause" => ControlGroupKind.Clause,
            _ => ControlGroupKind.Objective,
        };
        var children = new List<ControlGroup>();
        if (dto.Groups is { } nested)
        {
            if (kind != ControlGroupKind.Clause)
            {
                throw new CatalogDataException(sourceName, path + ".groups", $"a {expectedKind} holds controls, not groups.");
            }

            for (var i = 0; i < nested.Count; i++)
            {
                children.Add(ToGroup(nested[i], $"{path}.groups[{i}]", "objective", edition, sourceName));
            }
        }

        var controls = new List<Control>();
        if (dto.Controls is { } list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                controls.Add(ToControl(list[i], $"{path}.controls[{i}]", edition, sourceName));
            }
        }

        try
        {
            return new ControlGroup(dto.Id, kind, dto.Title, children, controls);
        }
        catch (ArgumentException ex)
        {
            throw new CatalogDataException(sourceName, path, Plain(ex), ex);
        }
    }

    private static Control ToControl(ControlDto dto, string path, Edition edition, string sourceName)
    {
        if (!ControlId.TryParse(dto.Id.AsSpan(), out var id, out var error))
        {
            throw new CatalogDataException(sourceName, path + ".id", error);
        }

        if (id.Edition != edition)
        {
            throw new CatalogDataException(sourceName, path + ".id", $"control {id} is a {id.Edition.ToYearString()} id in a {edition.ToYearString()} catalog.");
        }

        var canonical = id.ToString();
        if (dto.Id != canonical)
        {
            throw new CatalogDataException(sourceName, path + ".id", $"'{dto.Id}' must be written in canonical form '{canonical}'.");
        }

        var attributes = AttributeSet.Empty;
        if (dto.Attributes is { } a)
        {
            attributes = ReadValues(a.ControlTypes, AttributeType.ControlType, path + ".attributes.controlTypes", sourceName)
                | ReadValues(a.SecurityProperties, AttributeType.InformationSecurityProperty, path + ".attributes.securityProperties", sourceName)
                | ReadValues(a.CybersecurityConcepts, AttributeType.CybersecurityConcept, path + ".attributes.cybersecurityConcepts", sourceName)
                | ReadValues(a.OperationalCapabilities, AttributeType.OperationalCapability, path + ".attributes.operationalCapabilities", sourceName)
                | ReadValues(a.SecurityDomains, AttributeType.SecurityDomain, path + ".attributes.securityDomains", sourceName);
        }

        try
        {
            return new Control(id, dto.Title, dto.Summary, attributes, dto.NewIn2022, dto.AlternateTitle);
        }
        catch (ArgumentException ex)
        {
            throw new CatalogDataException(sourceName, $"{path} (control {canonical})", Plain(ex), ex);
        }
    }

    private static AttributeSet ReadValues(List<string> names, AttributeType type, string path, string sourceName)
    {
        var set = AttributeSet.Empty;
        for (var i = 0; i < names.Count; i++)
        {
            // The data uses the standard's exact spelling; case-insensitive matching is for users' input only.
            if (!AttributeValue.TryParse(type, names[i].AsSpan(), out var value) || value.Name != names[i])
            {
                var legal = string.Join(", ", AttributeValue.ValuesOf(type).Select(v => v.Name));
                throw new CatalogDataException(sourceName, $"{path}[{i}]", $"'{names[i]}' is not a value of {type}: expected one of {legal}.");
            }

            if (set.Contains(value))
            {
                throw new CatalogDataException(sourceName, $"{path}[{i}]", $"'{names[i]}' is listed twice.");
            }

            set = set.Add(value);
        }

        return set;
    }

    private static ClauseCatalog ToModel(ClauseCatalogDto dto, string sourceName, string sha256)
    {
        CheckHeader(dto.FormatVersion, dto.Edition, sourceName, null, out var edition);
        var clauses = new List<ClauseDefinition>(dto.Clauses.Count);
        for (var i = 0; i < dto.Clauses.Count; i++)
        {
            var c = dto.Clauses[i];
            var path = $"$.clauses[{i}]";
            var items = new List<DocumentedInformation>(c.DocumentedInformation.Count);
            for (var d = 0; d < c.DocumentedInformation.Count; d++)
            {
                var item = c.DocumentedInformation[d];
                var kind = item.Kind switch
                {
                    "maintain" => DocumentedInformationKind.Maintain,
                    "retain" => DocumentedInformationKind.Retain,
                    _ => throw new CatalogDataException(sourceName, $"{path}.documentedInformation[{d}].kind", $"'{item.Kind}' is not a kind: expected \"maintain\" or \"retain\"."),
                };
                try
                {
                    items.Add(new DocumentedInformation(kind, item.Item, item.Note));
                }
                catch (ArgumentException ex)
                {
                    throw new CatalogDataException(sourceName, $"{path}.documentedInformation[{d}].item", Plain(ex), ex);
                }
            }

            clauses.Add(new ClauseDefinition(c.Id, c.Title, c.Summary, c.Requirement, items, path));
        }

        try
        {
            return new ClauseCatalog(edition, dto.Title, dto.DataVersion, clauses, ToSources(dto.Provenance, sourceName), dto.Provenance.Notes ?? [], sha256);
        }
        catch (ArgumentException ex)
        {
            // The clause catalog's own message already names the JSON path.
            throw new CatalogDataException(sourceName, string.Empty, Plain(ex), ex);
        }
    }


    // ArgumentException appends "(Parameter 'x')", which means nothing to someone fixing a data file.
    private static string Plain(ArgumentException ex) =>
        ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
}
