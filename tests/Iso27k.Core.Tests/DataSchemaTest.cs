using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace Iso27k.Tests;

// The published JSON Schemas must accept the shipped data and what the writer produces, and must reject the
// mistakes a hand-edited catalog typically contains. The reader stays the authority; the schemas help editors.
public class DataSchemaTest
{
    private const string ControlSchema = "control-catalog-1.schema.json";
    private const string ClauseSchema = "clause-catalog-1.schema.json";

    private static readonly string DataDir = Path.Combine(CatalogGoldenTest.RepositoryRoot(), "data");

    private static readonly Lazy<JSchema> ControlCatalogSchema = new(() => LoadSchema(ControlSchema));
    private static readonly Lazy<JSchema> ClauseCatalogSchema = new(() => LoadSchema(ClauseSchema));

    private static JSchema LoadSchema(string name) => JSchema.Parse(File.ReadAllText(Path.Combine(DataDir, "schema", name)));

    private static JSchema SchemaNamed(string name) => name == ControlSchema ? ControlCatalogSchema.Value : ClauseCatalogSchema.Value;

    // Dates stay strings and duplicate keys fail, as in the library's own reader.
    private static JToken ParseJson(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
    }

    private static List<ValidationError> Validate(JToken document, JSchema schema)
    {
        document.IsValid(schema, out IList<ValidationError> errors);
        return [.. errors];
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => Flatten(e.ChildErrors).Prepend(e));

    private static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join(Environment.NewLine, Flatten(errors).Select(e => $"{e.Path}: {e.Message}"));

    private static void AssertConforms(JToken document, JSchema schema, string what)
    {
        var errors = Validate(document, schema);
        Assert.True(errors.Count == 0, $"{what} does not conform to {schema.Id}:{Environment.NewLine}{Describe(errors)}");
    }

    private static string Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [InlineData("ISO_IEC_27002_2022_catalog.json", ControlSchema)]
    [InlineData("ISO_IEC_27001_2013_catalog.json", ControlSchema)]
    [InlineData("ISO_IEC_27001_2022_clauses.json", ClauseSchema)]
    [InlineData("ISO_IEC_27001_2013_clauses.json", ClauseSchema)]
    public void DataFileConformsToItsSchema(string file, string schema)
    {
        var document = ParseJson(File.ReadAllText(Path.Combine(DataDir, file)));
        AssertConforms(document, SchemaNamed(schema), file);
    }

    [Theory]
    [InlineData("ISO_IEC_27002_2022_catalog.json", ControlSchema)]
    [InlineData("ISO_IEC_27001_2013_catalog.json", ControlSchema)]
    [InlineData("ISO_IEC_27001_2022_clauses.json", ClauseSchema)]
    [InlineData("ISO_IEC_27001_2013_clauses.json", ClauseSchema)]
    public void DataFileNamesItsSchemaRelativeToDataFolder(string file, string schema)
    {
        var named = (string?)ParseJson(File.ReadAllText(Path.Combine(DataDir, file)))["$schema"];
        Assert.Equal("schema/" + schema, named);
        Assert.True(File.Exists(Path.Combine(DataDir, named!)));
    }

    [Theory]
    [InlineData(ControlSchema)]
    [InlineData(ClauseSchema)]
    public void SchemaIdIsTheUrlTheWriterWrites(string schema)
    {
        Assert.Equal(new Uri("https://iso27k.dev/schema/" + schema), SchemaNamed(schema).Id);
    }

    [Theory]
    [InlineData(Edition.Iso2022)]
    [InlineData(Edition.Iso2013)]
    public void WrittenCatalogConformsToSchema(Edition edition)
    {
        var json = Written(IsoCatalogs.ForEdition(edition).WriteTo);
        var document = ParseJson(json);
        Assert.Equal(ControlCatalogSchema.Value.Id?.ToString(), (string?)document["$schema"]);
        AssertConforms(document, ControlCatalogSchema.Value, $"the written {edition.ToYearString()} catalog");
    }

    [Theory]
    [InlineData(Edition.Iso2022)]
    [InlineData(Edition.Iso2013)]
    public void WrittenClauseCatalogConformsToSchema(Edition edition)
    {
        var json = Written(IsoCatalogs.ClausesForEdition(edition).WriteTo);
        var document = ParseJson(json);
        Assert.Equal(ClauseCatalogSchema.Value.Id?.ToString(), (string?)document["$schema"]);
        AssertConforms(document, ClauseCatalogSchema.Value, $"the written {edition.ToYearString()} clauses");
    }

    // Each case: a path into a shipped file, the JSON to put there ("-" removes the member), the error path the
    // schema must report, and whether the library's reader rejects the same document with a CatalogDataException
    // (it must, except where the schema is deliberately stricter and Catalog.Validate reports instead; null where
    // the reader is not compared).
    public static TheoryData<string, string, string, string, bool?> Mutations => new()
    {
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].attributes.securityDomains[0]", "\"Defense\"", "groups[0].controls[0].attributes.securityDomains[0]", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].attributes.controlTypes[0]", "\"preventive\"", "groups[0].controls[0].attributes.controlTypes[0]", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].attributes.securityProperties", "[\"Integrity\",\"Integrity\"]", "groups[0].controls[0].attributes.securityProperties[1]", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].attributes.operationalCapabilities", "[\"Protection\"]", "groups[0].controls[0].attributes.operationalCapabilities[0]", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].attributes.cybersecurityConcepts", "[]", "groups[0].controls[0].attributes.cybersecurityConcepts", false },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].colour", "\"red\"", "groups[0].controls[0].colour", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].attributes.securityDomains", "-", "groups[0].controls[0].attributes", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].title", "-", "groups[0].controls[0]", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].title", "\"  \"", "groups[0].controls[0].title", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].id", "\"5.01\"", "groups[0].controls[0].id", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].id", "\"A.5.1\"", "groups[0].controls[0].id", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].controls[0].id", "\"6.9\"", "groups[0].controls[0].id", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].kind", "\"clause\"", "groups[0].kind", true },
        { "ISO_IEC_27002_2022_catalog.json", "groups[0].id", "\"9\"", "groups[0].id", true },
        { "ISO_IEC_27002_2022_catalog.json", "formatVersion", "2", "formatVersion", true },
        { "ISO_IEC_27002_2022_catalog.json", "edition", "\"2017\"", "edition", true },
        { "ISO_IEC_27002_2022_catalog.json", "provenance.sources[0].checked", "-", "provenance.sources[0]", true },
        { "ISO_IEC_27001_2013_catalog.json", "groups[0].groups[0].controls[0].id", "\"A.5.1.01\"", "groups[0].groups[0].controls[0].id", true },
        { "ISO_IEC_27001_2013_catalog.json", "groups[0].groups[0].controls[0].newIn2022", "true", "groups[0].groups[0].controls[0].newIn2022", true },
        { "ISO_IEC_27001_2013_catalog.json", "groups[0].groups[0].controls[0].attributes", "{\"controlTypes\":[\"Preventive\"],\"securityProperties\":[\"Integrity\"],\"cybersecurityConcepts\":[\"Protect\"],\"operationalCapabilities\":[\"Governance\"],\"securityDomains\":[\"Protection\"]}", "groups[0].groups[0].controls[0].attributes", true },
        { "ISO_IEC_27001_2013_catalog.json", "groups[0].groups[0].kind", "\"theme\"", "groups[0].groups[0].kind", true },
        { "ISO_IEC_27001_2013_catalog.json", "groups[0].groups[0].id", "\"A.6.1\"", "groups[0].groups[0].id", true },
        { "ISO_IEC_27001_2013_catalog.json", "groups[0].controls", "[]", "groups[0].controls", false },
        { "ISO_IEC_27001_2022_clauses.json", "clauses[3].documentedInformation[0].kind", "\"keep\"", "clauses[3].documentedInformation[0].kind", true },
        { "ISO_IEC_27001_2022_clauses.json", "clauses[3].documentedInformation[0].item", "\"\"", "clauses[3].documentedInformation[0].item", null },
        { "ISO_IEC_27001_2022_clauses.json", "clauses[1].id", "\"4.01\"", "clauses[1].id", true },
        { "ISO_IEC_27001_2022_clauses.json", "clauses[0].id", "\"3\"", "clauses[0].id", true },
        { "ISO_IEC_27001_2022_clauses.json", "clauses[0].documentedInformation", "-", "clauses[0]", true },
        { "ISO_IEC_27001_2013_clauses.json", "clauses[0].page", "12", "clauses[0].page", true },
        { "ISO_IEC_27001_2013_clauses.json", "formatVersion", "\"1\"", "formatVersion", true },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void SchemaRejectsMutatedDocument(string file, string path, string json, string errorPath, bool? readerRejects)
    {
        var document = ParseJson(File.ReadAllText(Path.Combine(DataDir, file)));
        Mutate(document, path, json);
        var schema = file.EndsWith("_catalog.json", StringComparison.Ordinal) ? ControlCatalogSchema.Value : ClauseCatalogSchema.Value;

        var errors = Flatten(Validate(document, schema)).ToList();

        Assert.NotEmpty(errors);
        Assert.True(errors.Exists(e => e.Path == errorPath), $"expected an error at {errorPath}; got:{Environment.NewLine}{Describe(errors)}");
        if (readerRejects is { } expected)
        {
            Assert.Equal(expected, ReaderRejects(document, schema == ControlCatalogSchema.Value));
        }
    }

    private static void Mutate(JToken document, string path, string json)
    {
        var target = document.SelectToken(path);
        if (json == "-")
        {
            Assert.NotNull(target);
            target.Parent!.Remove();
            return;
        }

        var value = ParseJson(json);
        if (target is not null)
        {
            target.Replace(value);
            return;
        }

        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? document : document.SelectToken(path[..dot]);
        Assert.IsType<JObject>(parent).Add(path[(dot + 1)..], value);
    }

    private static bool ReaderRejects(JToken document, bool isControlCatalog)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(document.ToString(Formatting.None)));
        try
        {
            if (isControlCatalog)
            {
                Catalog.FromStream(stream, "mutated.json");
            }
            else
            {
                ClauseCatalog.FromStream(stream, "mutated.json");
            }

            return false;
        }
        catch (CatalogDataException)
        {
            return true;
        }
    }

    [Theory]
    [InlineData("controlTypes", AttributeType.ControlType)]
    [InlineData("securityProperties", AttributeType.InformationSecurityProperty)]
    [InlineData("cybersecurityConcepts", AttributeType.CybersecurityConcept)]
    [InlineData("operationalCapabilities", AttributeType.OperationalCapability)]
    [InlineData("securityDomains", AttributeType.SecurityDomain)]
    public void SchemaListsExactlyTheModelsAttributeValuesInOrder(string property, AttributeType type)
    {
        var schema = ParseJson(File.ReadAllText(Path.Combine(DataDir, "schema", ControlSchema)));
        var names = schema.SelectToken($"['$defs'].attributes.properties.{property}.items.enum")!.Values<string>();
        Assert.Equal(AttributeValue.ValuesOf(type).Select(v => v.Name), names);
    }
}
