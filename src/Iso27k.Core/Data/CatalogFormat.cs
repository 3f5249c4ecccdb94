namespace Iso27k.Data;

// Facts about the embedded data format (data/schema/*.schema.json), shared by the reader and the writer.
internal static class CatalogFormat
{
    // A reader rejects any other version: a newer data file needs a newer library.
    public const int CurrentVersion = 1;

    public const string ControlCatalogSchema = "https://iso27k.dev/schema/control-catalog-1.schema.json";

    public const string ClauseCatalogSchema = "https://iso27k.dev/schema/clause-catalog-1.schema.json";
}
