using System.Text.Json;

namespace Iso27k.Soa;

/// <summary>Writes diagnostics as a SARIF 2.1.0 log, for code-scanning tools and CI annotations.</summary>
/// <remarks>
/// One run whose driver is <c>iso27k</c>, with a rule descriptor per code used (title and help link from the built-in
/// and read rules, or from the rules passed in for your own). Levels: error, warning, note. Each result carries
/// the artifact URI, the start line and column when known, the JSON path as a property, and the control id as a
/// logical location.
/// </remarks>
public static class SoaSarif
{
    /// <summary>The SARIF schema the output declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes the SARIF log (indented, LF line ends, UTF-8).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="artifactUri">The validated file, as a URI or a relative path with forward slashes.</param>
    /// <param name="rules">Descriptions of your own rules, so they get a title and help link.</param>
    public static void Write(Stream stream, IEnumerable<SoaDiagnostic> diagnostics, string artifactUri, IEnumerable<SoaRuleInfo>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentException.ThrowIfNullOrEmpty(artifactUri);
        var list = diagnostics.ToList();
        var known = new Dictionary<string, SoaRuleInfo>(StringComparer.Ordinal);
        foreach (var info in SoaValidator.BuiltInRules.Concat(SoaValidator.ReadRules).Concat(rules ?? []))
        {
            known[info.Code] = info;
        }

        var used = list.Select(d => d.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ruleIndex = used.Select((code, index) => (code, index)).ToDictionary(p => p.code, p => p.index, StringComparer.Ordinal);

        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "iso27k");
        w.WriteString("informationUri", "https://github.com/iso27k/Iso27k.Core");
        w.WriteStartArray("rules");
        foreach (var code in used)
        {
            w.WriteStartObject();
            w.WriteString("id", code);
            w.WriteStartObject("shortDescription");
            if (known.TryGetValue(code, out var info))
            {
                w.WriteString("text", info.Title);
                w.WriteEndObject();
                if (info.HelpUri is { } help)
                {
                    w.WriteString("helpUri", help);
                }

                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", SoaDiagnosticFormat.SarifLevel(info.Severity));
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("requirement", info.Requirement);
                w.WriteEndObject();
            }
            else
            {
                w.WriteString("text", code);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("results");
        foreach (var diagnostic in list)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", diagnostic.Code);
            w.WriteNumber("ruleIndex", ruleIndex[diagnostic.Code]);
            w.WriteString("level", SoaDiagnosticFormat.SarifLevel(diagnostic.Severity));
            w.WriteStartObject("message");
            w.WriteString("text", diagnostic.Message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", artifactUri);
            w.WriteEndObject();
            if (diagnostic.Location.Line is { } line)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", line);
                if (diagnostic.Location.Column is { } column)
                {
                    w.WriteNumber("startColumn", column);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            if (diagnostic.ControlId is { } id)
            {
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("name", id.ToString());
                w.WriteString("fullyQualifiedName", $"AnnexA/{id}");
                w.WriteString("kind", "element");
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("properties");
            w.WriteString("requirement", diagnostic.Requirement);
            if (diagnostic.Location.JsonPath is { } path)
            {
                w.WriteString("jsonPath", path);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
