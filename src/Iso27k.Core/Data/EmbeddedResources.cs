namespace Iso27k.Data;

// The JSON documents of data/, embedded as they are. The catalogs load from build-time snapshots of them
// (EmbeddedSnapshots); the documents themselves are what SourceSha256 hashes and what the snapshots are tested against.
internal static class EmbeddedResources
{
    public const string Catalog2022 = "Iso27k.Data.ISO_IEC_27002_2022_catalog.json";
    public const string Catalog2013 = "Iso27k.Data.ISO_IEC_27001_2013_catalog.json";
    public const string Clauses2022 = "Iso27k.Data.ISO_IEC_27001_2022_clauses.json";
    public const string Clauses2013 = "Iso27k.Data.ISO_IEC_27001_2013_clauses.json";

    public static Stream Open(string name) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
        ?? throw new CatalogDataException(name, string.Empty, "the embedded resource is missing from the assembly.");

    // An embedded resource is a stream over memory that knows its length: read straight into an array of that size.
    public static byte[] Read(string name)
    {
        using var stream = Open(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
