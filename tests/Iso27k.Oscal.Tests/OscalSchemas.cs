using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace Iso27k.Oscal.Tests;

// The official OSCAL JSON schemas (NIST release files), found in ../shared/oscal/schemas beside the repository as
// in CI, or in any ancestor's shared/oscal/schemas, or at ISO27K_OSCAL_SCHEMAS. Every export a test makes is also
// written to artifacts/oscal-exports so that .ci/run can check it with the official validate.py script.
internal static class OscalSchemas
{
    private static readonly ConcurrentDictionary<string, JSchema> Cache = new(StringComparer.Ordinal);

    public static string RepositoryRoot() => Iso27k.Tests.Shared.RepositoryPaths.Root;

    public static string SchemaDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("ISO27K_OSCAL_SCHEMAS");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(RepositoryRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "oscal", "schemas");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The OSCAL schemas were not found: expected ../shared/oscal/schemas beside the repository, or set ISO27K_OSCAL_SCHEMAS.");
    }

    public static JSchema Schema(string model, string version) => Cache.GetOrAdd($"{version}/{model}", key =>
    {
        var path = Path.Combine(SchemaDirectory(), version, $"oscal_{model}_schema.json");
        return JSchema.Parse(File.ReadAllText(path));
    });

    public static IReadOnlyList<string> Errors(byte[] document, string model, string version)
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(document))) { DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader);
        token.IsValid(Schema(model, version), out IList<ValidationError> errors);
        return [.. Flatten(errors).Select(e => $"{e.Path}: {e.Message}")];
    }

    public static void AssertValid(byte[] document, string model, string version, string exportName)
    {
        SaveExport(document, exportName, model, version);
        var errors = Errors(document, model, version);
        Assert.True(errors.Count == 0, $"{exportName} is not a valid OSCAL {version} {model}:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(20))}");
    }

    // File names carry model and version so that .ci/run knows how to validate them: NAME.MODEL.VERSION.json.
    public static void SaveExport(byte[] document, string exportName, string model, string version)
    {
        var dir = Path.Combine(RepositoryRoot(), "artifacts", "oscal-exports");
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, $"{exportName}.{model}.{version}.json"), document);
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => Flatten(e.ChildErrors).Prepend(e));
}
