using FsCheck;
using FsCheck.Fluent;

namespace Iso27k.Oscal.Tests;

// Export then import is lossless for everything the model holds, whatever the catalog holds.
public class OscalCatalogPropertiesTest
{
    private static readonly string[] Summaries = ["", "Keep a list.", "two\nlines", " padded ", "Ünïcödé ✓ \"q\""];
    private static readonly string?[] AlternateTitles = [null, "Another wording", " padded wording", "line\nbreak"];
    private static readonly string[] Notes = ["A note.", "multi\nline note", "  spaced  "];

    private static readonly DataSource[] Sources =
    [
        new("Public table", "https://example.org/table", "2026-01-02", "titles"),
        new("Study notes", string.Empty, string.Empty, string.Empty),
        new("Odd date", "repo/path.md", " 2026-01-02 ", "ids\nand titles"),
    ];

    private static Gen<Control> ControlGen(Control original) =>
        from summary in Gen.Elements(Summaries)
        from alternate in Gen.Elements(AlternateTitles)
        from mask in Gen.Choose(0, (1 << 30) - 1)
        from isNew in Gen.Elements(true, false)
        select original.Edition == Edition.Iso2022
            ? new Control(original.Id, original.Title, summary, AttributeSet.Of(AttributeValue.All.Where(v => (mask & (1 << v.Index)) != 0)), isNew, alternate)
            : new Control(original.Id, original.Title, summary, default, false, alternate);

    private static Gen<ControlGroup> GroupGen(ControlGroup original)
    {
        if (!original.Groups.IsEmpty)
        {
            return from children in Gen.CollectToArray(original.Groups.Take(3), GroupGen)
                   select new ControlGroup(original.Id, original.Kind, original.Title, children, null);
        }

        return from keep in Gen.Choose(0, Math.Min(6, original.Controls.Length))
               from controls in Gen.CollectToArray(original.Controls.Take(keep), ControlGen)
               select new ControlGroup(original.Id, original.Kind, original.Title, null, controls);
    }

    private static Arbitrary<Catalog> Catalogs(Edition edition)
    {
        var embedded = IsoCatalogs.ForEdition(edition);
        var gen = from groupCount in Gen.Choose(1, embedded.Groups.Length)
                  from groups in Gen.CollectToArray(embedded.Groups.Take(groupCount), GroupGen)
                  from notes in Gen.SubListOf(Notes)
                  from sources in Gen.SubListOf(Sources)
                  from version in Gen.Elements("2026.11.21", "1.0-custom", "licensed full text 3")
                  from title in Gen.Elements(embedded.Title, "My catalog ✓")
                  select new Catalog(edition, title, version, groups, sources, notes);
        return gen.ToArbitrary();
    }

    [Theory]
    [InlineData(Edition.Iso2022, OscalVersion.V113)]
    [InlineData(Edition.Iso2022, OscalVersion.V122)]
    [InlineData(Edition.Iso2013, OscalVersion.V113)]
    public void ExportThenImportGivesAnEqualCatalog(Edition edition, OscalVersion version)
    {
        var options = OscalExportOptions.Default.WithVersion(version);
        Prop.ForAll(Catalogs(edition), catalog =>
        {
            var imported = OscalCatalog.Read(new MemoryStream(OscalCatalog.ToUtf8Bytes(catalog, options)));
            return imported.Equals(catalog) && imported.Sources.SequenceEqual(catalog.Sources) && imported.Notes.SequenceEqual(catalog.Notes);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ExportsOfGeneratedCatalogsValidate()
    {
        // A handful only: the schema validator's free licence counts validations.
        var samples = Catalogs(Edition.Iso2022).Generator.Sample(8).Concat(Catalogs(Edition.Iso2013).Generator.Sample(4));
        var i = 0;
        foreach (var catalog in samples)
        {
            var bytes = OscalCatalog.ToUtf8Bytes(catalog);
            OscalSchemas.AssertValid(bytes, "catalog", "1.1.3", $"generated-catalog-{i++}");
        }
    }
}
