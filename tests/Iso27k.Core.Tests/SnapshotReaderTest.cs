using System.Globalization;
using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;
using Iso27k.Data;
using Iso27k.Tests.Shared;

namespace Iso27k.Tests;

// The embedded catalogs load from snapshots the build compiles from data/*.json. These tests hold the snapshots to
// the documents they were made from, and the reader to what the writer wrote.
public class SnapshotReaderTest
{
    public static TheoryData<string, string> CatalogDocuments => new()
    {
        { "ISO_IEC_27002_2022_catalog.json", EmbeddedResources.Catalog2022 },
        { "ISO_IEC_27001_2013_catalog.json", EmbeddedResources.Catalog2013 },
    };

    public static TheoryData<string, string> ClauseDocuments => new()
    {
        { "ISO_IEC_27001_2022_clauses.json", EmbeddedResources.Clauses2022 },
        { "ISO_IEC_27001_2013_clauses.json", EmbeddedResources.Clauses2013 },
    };

    [Theory]
    [MemberData(nameof(CatalogDocuments))]
    public void EmbeddedCatalogEqualsItsDocumentInTheDataFolder(string file, string resource)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Of(Path.Combine("data", file)));
        var fromDocument = Catalog.FromStream(new MemoryStream(bytes), file);
        var embedded = resource == EmbeddedResources.Catalog2022 ? IsoCatalogs.Iso27002_2022 : IsoCatalogs.Iso27001_2013;

        Assert.Equal(fromDocument, embedded);
        Assert.Equal(fromDocument.FormatVersion, embedded.FormatVersion);
        Assert.Equal(fromDocument.Controls.Select(c => c.AlternateTitle), embedded.Controls.Select(c => c.AlternateTitle));

        // What the model derives while it is built (the snapshot path builds it without the checks).
        Assert.Equal(fromDocument.Controls.AsEnumerable(), embedded.Controls.AsEnumerable());
        Assert.Equal(fromDocument.NewIn2022.AsEnumerable(), embedded.NewIn2022.AsEnumerable());
        foreach (var group in fromDocument.Groups.SelectMany(g => g.Groups.Prepend(g)))
        {
            Assert.Equal(group.Controls.AsEnumerable(), embedded.GetGroup(group.Id).Controls.AsEnumerable());
        }

        foreach (var control in fromDocument.Controls)
        {
            Assert.Equal(control, embedded[control.Id]);
            Assert.Equal(fromDocument.GetGroupPath(control.Id).Select(g => g.Id), embedded.GetGroupPath(control.Id).Select(g => g.Id));
        }
        Assert.Equal(Sha256(bytes), embedded.SourceSha256);
        Assert.Equal(IsoCatalogs.LoadCatalog(resource), embedded);
    }

    [Theory]
    [MemberData(nameof(ClauseDocuments))]
    public void EmbeddedClausesEqualTheirDocumentInTheDataFolder(string file, string resource)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Of(Path.Combine("data", file)));
        var fromDocument = ClauseCatalog.FromStream(new MemoryStream(bytes), file);
        var embedded = resource == EmbeddedResources.Clauses2022 ? IsoCatalogs.Iso27001_2022Clauses : IsoCatalogs.Iso27001_2013Clauses;

        Assert.Equal(fromDocument, embedded);
        Assert.Equal(fromDocument.Clauses.AsEnumerable(), embedded.Clauses.AsEnumerable());
        Assert.Equal(Sha256(bytes), embedded.SourceSha256);
        Assert.Equal(IsoCatalogs.LoadClauses(resource), embedded);
    }

    [Fact]
    public void GeneratedCatalogsRoundTrip()
    {
        Prop.ForAll(Catalogs.ToArbitrary(), catalog =>
        {
            var back = SnapshotReader.ReadCatalog(SnapshotWriter.Write(catalog), "generated", SourceHash.Of([]));
            return back.Equals(catalog)
                && back.FormatVersion == catalog.FormatVersion
                && back.Controls.Select(c => c.AlternateTitle).SequenceEqual(catalog.Controls.Select(c => c.AlternateTitle));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void GeneratedClauseCatalogsRoundTrip()
    {
        Prop.ForAll(ClauseCatalogs.ToArbitrary(), clauses =>
        {
            var back = SnapshotReader.ReadClauseCatalog(SnapshotWriter.Write(clauses), "generated", SourceHash.Of([]));
            return back.Equals(clauses) && back.Clauses.SequenceEqual(clauses.Clauses);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void EveryTruncatedSnapshotIsReportedAsDamaged()
    {
        foreach (var snapshot in new[] { SnapshotWriter.Write(IsoCatalogs.Iso27002_2022), SnapshotWriter.Write(IsoCatalogs.Iso27001_2013) })
        {
            // Cutting at every byte would read the catalog thousands of times; the head, the tail and a stride cover
            // every kind of field.
            foreach (var length in CutPoints(snapshot.Length))
            {
                var error = Assert.Throws<CatalogDataException>(() => SnapshotReader.ReadCatalog(snapshot.AsSpan(0, length), "cut.snapshot", SourceHash.Of([])));
                Assert.Equal("cut.snapshot", error.SourceName);
                Assert.Contains("snapshot is damaged", error.Message, StringComparison.Ordinal);
            }
        }

        var clauses = SnapshotWriter.Write(IsoCatalogs.Iso27001_2022Clauses);
        foreach (var length in CutPoints(clauses.Length))
        {
            Assert.Throws<CatalogDataException>(() => SnapshotReader.ReadClauseCatalog(clauses.AsSpan(0, length), "cut.snapshot", SourceHash.Of([])));
        }
    }

    [Fact]
    public void DamagedBytesNeverEscapeAsAnotherException()
    {
        var catalog = SnapshotWriter.Write(IsoCatalogs.Iso27001_2013);
        var clauses = SnapshotWriter.Write(IsoCatalogs.Iso27001_2022Clauses);
        var damage =
            from which in Gen.Elements(catalog, clauses)
            from count in Gen.Choose(1, 4)
            from positions in Gen.ArrayOf(Gen.Choose(0, which.Length - 1), count)
            from values in Gen.ArrayOf(Gen.Choose(0, 255), count)
            select (which, positions, values);
        Prop.ForAll(damage.ToArbitrary(), d =>
        {
            var bytes = (byte[])d.which.Clone();
            for (var i = 0; i < d.positions.Length; i++)
            {
                bytes[d.positions[i]] = (byte)d.values[i];
            }

            try
            {
                // Damage inside a title reads as a different title (the snapshot holds no checksum: it is part of the
                // assembly); what cannot be read must say so.
                _ = ReferenceEquals(d.which, catalog)
                    ? (object)SnapshotReader.ReadCatalog(bytes, "damaged.snapshot", SourceHash.Of([]))
                    : SnapshotReader.ReadClauseCatalog(bytes, "damaged.snapshot", SourceHash.Of([]));
                return true;
            }
            catch (CatalogDataException ex)
            {
                return ex.SourceName == "damaged.snapshot";
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void RejectsAnotherFormatVersionKindOrTrailingBytes()
    {
        var snapshot = SnapshotWriter.Write(IsoCatalogs.Iso27002_2022);

        var version = (byte[])snapshot.Clone();
        version[4] = SnapshotFormat.Version + 1;
        Assert.Contains("format version 1", ReadBroken(version).Message, StringComparison.Ordinal);

        var magic = (byte[])snapshot.Clone();
        magic[0] = (byte)'{';
        ReadBroken(magic);

        // A clause snapshot is not a control catalog.
        Assert.Contains("kind 1", ReadBroken(SnapshotWriter.Write(IsoCatalogs.Iso27001_2022Clauses)).Message, StringComparison.Ordinal);

        Assert.Contains("bytes follow the end", ReadBroken([.. snapshot, 0]).Message, StringComparison.Ordinal);
        ReadBroken([]);
    }

    [Fact]
    public void RejectsCountsLargerThanTheSnapshot()
    {
        // Header, then a group count of 2^31 - 1 instead of 4: damage, not a reason to allocate gigabytes.
        var snapshot = SnapshotWriter.Write(new Catalog(Edition.Iso2022, "t", "v", []));
        Assert.Equal(0, snapshot[^1]);
        byte[] huge = [.. snapshot[..^1], 0xFF, 0xFF, 0xFF, 0xFF, 0x07];
        Assert.Contains("count is out of range", ReadBroken(huge).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsControlIdsThatAreNotOfTheCatalogsEdition()
    {
        // The reader does not repeat the model's checks, but an id must be well formed: its numbers size the id index.
        var catalog = new Catalog(Edition.Iso2022, "t", "v", [new ControlGroup("5", ControlGroupKind.Theme, "Theme", null, [new Control(ControlId.Create2022(5, 1), "Control", "s")])]);
        var snapshot = SnapshotWriter.Write(catalog);
        byte[] packed = [0x00, 0x01, 0x05, 0x02]; // 5.1, little-endian: item, number, theme, edition code
        var at = snapshot.AsSpan().IndexOf(packed);
        Assert.True(at > 0);

        foreach (var (offset, value) in new[] { (3, 0x01), (3, 0x00), (2, 0x00), (2, 0xFF), (1, 0x00), (1, 200), (0, 0x01) })
        {
            var damaged = (byte[])snapshot.Clone();
            damaged[at + offset] = (byte)value;
            Assert.Contains("a control id is out of range", ReadBroken(damaged).Message, StringComparison.Ordinal);
        }
    }

    private static CatalogDataException ReadBroken(byte[] bytes)
    {
        var error = Assert.Throws<CatalogDataException>(() => SnapshotReader.ReadCatalog(bytes, "broken.snapshot", SourceHash.Of([])));
        Assert.Equal("broken.snapshot", error.SourceName);
        return error;
    }

    private static IEnumerable<int> CutPoints(int length) =>
        Enumerable.Range(0, 300).Concat(Enumerable.Range(length - 300, 300)).Concat(Enumerable.Range(0, length / 37).Select(i => i * 37)).Distinct();

    private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    // Text that tests the encoding: ASCII, accents, a character outside the Basic Multilingual Plane, quotes, line
    // breaks, and runs long enough that their length takes more than one byte.
    private static Gen<string> Text => Gen.OneOf(
        Gen.Elements("Logging", "Ünïcödé \"quoted\"", "Line\nbreak", "a,b;c", "Δ", "𝄞 clef", "Information security policies"),
        Gen.Choose(100, 400).Select(n => new string('x', n) + "é"));

    private static Gen<string?> NullableText => Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)("alt " + t)));

    private static Gen<Control> Control2022(int theme, int number) =>
        from title in Text
        from summary in Gen.OneOf(Text, Gen.Constant(string.Empty))
        from alternate in NullableText
        from attributes in Gen.SubListOf(AttributeValue.All.ToArray()).Select(AttributeSet.Of)
        from isNew in ArbMap.Default.GeneratorFor<bool>()
        select new Control(ControlId.Create2022(theme, number), title, summary, attributes, isNew, alternate);

    private static Gen<ControlGroup> Theme(int theme) =>
        from count in Gen.Choose(0, 40)
        from controls in Gen.CollectToArray(Enumerable.Range(1, count).Select(n => Control2022(theme, n)))
        select new ControlGroup(theme.ToString(CultureInfo.InvariantCulture), ControlGroupKind.Theme, "Theme " + theme, null, controls);

    private static Gen<ControlGroup> Clause2013(int clause) =>
        from objectives in Gen.Choose(0, 4)
        from sizes in Gen.ArrayOf(Gen.Choose(1, 5), objectives)
        from title in Text
        select new ControlGroup(
            $"A.{clause}",
            ControlGroupKind.Clause,
            title,
            Enumerable.Range(1, objectives).Select(o => new ControlGroup(
                $"A.{clause}.{o}",
                ControlGroupKind.Objective,
                "Objective " + o,
                null,
                Enumerable.Range(1, sizes[o - 1]).Select(n => new Control(ControlId.Create2013(clause, o, n), title + n, "s", alternateTitle: n % 2 == 0 ? "other " + n : null)))),
            null);

    private static Gen<Catalog> Catalogs =>
        from edition in Gen.Elements(Edition.Iso2013, Edition.Iso2022)
        from groups in edition == Edition.Iso2022
            ? Gen.SubListOf([5, 6, 7, 8]).SelectMany(t => Gen.CollectToArray(t.Select(Theme)))
            : Gen.SubListOf(Enumerable.Range(5, 14).ToArray()).SelectMany(c => Gen.CollectToArray(c.Select(Clause2013)))
        from title in Text
        from sources in Gen.ArrayOf(from name in Text from location in Text select new DataSource(name, location, "2026-11-22", "titles"))
        from notes in Gen.ArrayOf(Text)
        select new Catalog(edition, title, "2026.11.22", groups, sources, notes);

    private static Gen<ClauseCatalog> ClauseCatalogs =>
        from topCount in Gen.Choose(1, 7)
        from subCounts in Gen.ArrayOf(Gen.Choose(0, 3), topCount)
        from texts in Gen.ArrayOf(Text, 64)
        from requirement in NullableText
        from kinds in Gen.ArrayOf(Gen.Elements(DocumentedInformationKind.Maintain, DocumentedInformationKind.Retain), 64)
        from edition in Gen.Elements(Edition.Iso2013, Edition.Iso2022)
        select BuildClauses(edition, subCounts, texts, requirement, kinds);

    private static ClauseCatalog BuildClauses(Edition edition, int[] subCounts, string[] texts, string? requirement, DocumentedInformationKind[] kinds)
    {
        var definitions = new List<ClauseDefinition>();
        for (var top = 0; top < subCounts.Length; top++)
        {
            var id = (top + 4).ToString(CultureInfo.InvariantCulture);
            definitions.Add(new ClauseDefinition(id, texts[top], texts[top + 8], requirement, [], definitions.Count));
            for (var sub = 1; sub <= subCounts[top]; sub++)
            {
                var i = definitions.Count;
                DocumentedInformation[] items = [.. Enumerable.Range(0, sub).Select(k => new DocumentedInformation(kinds[(i + k) % kinds.Length], texts[(i + k) % texts.Length], k == 1 ? "why " + k : null))];
                definitions.Add(new ClauseDefinition($"{id}.{sub}", texts[i % texts.Length], string.Empty, null, items, i));
            }
        }

        return new ClauseCatalog(edition, "Clauses", "2026.11.22", [.. definitions], [new DataSource("n", "l", "2026-11-22", "c")], ["note"], null);
    }
}
