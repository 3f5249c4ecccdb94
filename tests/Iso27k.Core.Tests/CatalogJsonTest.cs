using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Iso27k.Tests;

public class CatalogJsonTest
{
    private static Catalog RoundTrip(Catalog catalog)
    {
        using var stream = new MemoryStream();
        catalog.WriteTo(stream);
        stream.Position = 0;
        return Catalog.FromStream(stream, "round-trip");
    }

    [Fact]
    public void EmbeddedCatalogsRoundTripToEqualCatalogs()
    {
        Assert.Equal(IsoCatalogs.Iso27002_2022, RoundTrip(IsoCatalogs.Iso27002_2022));
        Assert.Equal(IsoCatalogs.Iso27001_2013, RoundTrip(IsoCatalogs.Iso27001_2013));
    }

    [Fact]
    public void GeneratedCatalogsRoundTrip()
    {
        var attributes = Gen.SubListOf(AttributeValue.All.ToArray()).Select(AttributeSet.Of);
        var title = Gen.Elements("Logging", "Ünïcödé \"quoted\" title", "Line\nbreak", "a,b;c", "Δ");
        var controls =
            from theme in Gen.Choose(5, 8)
            from count in Gen.Choose(1, 12)
            from attrs in Gen.ArrayOf(attributes, count)
            from titles in Gen.ArrayOf(title, count)
            from isNew in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), count)
            select new ControlGroup(
                theme.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ControlGroupKind.Theme,
                "Theme " + theme,
                null,
                Enumerable.Range(0, count).Select(i => new Control(ControlId.Create2022(theme, i + 1), titles[i], "s" + i, attrs[i], isNew[i])));
        var catalogs =
            from groups in Gen.ListOf(controls)
            let distinct = groups.DistinctBy(g => g.Id)
            select new Catalog(Edition.Iso2022, "Generated", "1.0", distinct, [new DataSource("n", "l", "2026-11-21", "c")], ["note"]);
        Prop.ForAll(catalogs.ToArbitrary(), c => RoundTrip(c).Equals(c)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ReadsCollectionsLargerThanTheReadersStartingArrays()
    {
        // The reader collects into arrays that start at the sizes the shipped data needs (40 controls a theme, 8
        // objectives a clause, 4 sources and notes) and grow beyond them.
        var theme = new ControlGroup("5", ControlGroupKind.Theme, "Organizational controls", null, Enumerable.Range(1, 90).Select(n => new Control(ControlId.Create2022(5, n), "Control " + n, "s")));
        var sources = Enumerable.Range(1, 9).Select(n => new DataSource("source " + n, "l", "2026-11-22", "c")).ToArray();
        var notes = Enumerable.Range(1, 9).Select(n => "note " + n).ToArray();
        var catalog2022 = new Catalog(Edition.Iso2022, "Large", "1.0", [theme], sources, notes);
        var read2022 = RoundTrip(catalog2022);
        Assert.Equal(catalog2022, read2022);
        Assert.Equal(90, read2022.Count);
        Assert.Equal(sources, read2022.Sources);
        Assert.Equal(notes, read2022.Notes);

        var objectives = Enumerable.Range(1, 20).Select(o => new ControlGroup($"A.12.{o}", ControlGroupKind.Objective, "Objective " + o, null, [new Control(ControlId.Create2013(12, o, 1), "Control " + o, "s")]));
        var catalog2013 = new Catalog(Edition.Iso2013, "Large", "1.0", [new ControlGroup("A.12", ControlGroupKind.Clause, "Operations security", objectives, null)]);
        var read2013 = RoundTrip(catalog2013);
        Assert.Equal(catalog2013, read2013);
        Assert.Equal(20, read2013.GetGroup("A.12").Groups.Length);
    }

    private static CatalogDataException ReadBroken(string json) =>
        Assert.Throws<CatalogDataException>(() => Catalog.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(json)), "broken.json"));

    private static string Minimal(string controlJson, string edition = "2022", string group = """{"id":"5","kind":"theme","title":"Organizational controls","controls":[CONTROL]}""") =>
        $$"""{"formatVersion":1,"dataVersion":"x","edition":"{{edition}}","title":"t","provenance":{"sources":[]},"groups":[{{group.Replace("CONTROL", controlJson, StringComparison.Ordinal)}}]}""";

    [Fact]
    public void ReadsMinimalDocument()
    {
        var catalog = Catalog.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(Minimal("""{"id":"5.1","title":"T","summary":"S"}"""))));
        Assert.Equal("T", catalog["5.1"].Title);
        Assert.Single(catalog.Validate(), p => p.Message.Contains("ControlType", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsUnknownFormatVersion()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.1","title":"T","summary":"S"}""").Replace("\"formatVersion\":1", "\"formatVersion\":2", StringComparison.Ordinal));
        Assert.Contains("$.formatVersion", ex.Message, StringComparison.Ordinal);
        Assert.Contains("broken.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesPathOfBadControlId()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.01","title":"T","summary":"S"}"""));
        Assert.Contains("$.groups[0].controls[0].id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesPathOfIllegalAttributeValue()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.1","title":"T","summary":"S","attributes":{"controlTypes":["Preventive"],"securityProperties":["Confidentiality"],"cybersecurityConcepts":["Identify"],"operationalCapabilities":["Governance"],"securityDomains":["Defense"]}}"""));
        Assert.Contains("securityDomains[0]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Defence", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsUnknownProperty()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.1","title":"T","summary":"S","colour":"red"}"""));
        Assert.Contains("colour", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsMissingRequiredProperty()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.1","summary":"S"}"""));
        Assert.Contains("title", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsControlInWrongTheme()
    {
        var ex = ReadBroken(Minimal("""{"id":"6.1","title":"T","summary":"S"}"""));
        Assert.Contains("6.1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsDuplicateControl()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.1","title":"T","summary":"S"},{"id":"5.1","title":"U","summary":"S"}"""));
        Assert.Contains("more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsTruncatedJsonWithLine()
    {
        var json = Minimal("""{"id":"5.1","title":"T","summary":"S"}""");
        var ex = ReadBroken(json[..(json.Length / 2)]);
        Assert.Contains("line", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsWrongEditionId()
    {
        var ex = ReadBroken(Minimal("""{"id":"A.5.1.1","title":"T","summary":"S"}"""));
        Assert.Contains("2013", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsMembersInAnyOrder()
    {
        // The groups come before the edition and format version they are checked against.
        const string json = """{"groups":[{"controls":[{"summary":"S","title":"T","id":"5.1"}],"title":"Organizational controls","kind":"theme","id":"5"}],"provenance":{"sources":[]},"title":"t","edition":"2022","dataVersion":"x","formatVersion":1}""";
        var catalog = Catalog.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("T", catalog["5.1"].Title);
    }

    [Fact]
    public void ChecksDeferredGroupsAgainstTheEdition()
    {
        var ex = ReadBroken("""{"groups":[{"id":"5","kind":"clause","title":"x"}],"formatVersion":1,"dataVersion":"x","edition":"2022","title":"t","provenance":{"sources":[]}}""");
        Assert.Contains("$.groups[0].kind", ex.Message, StringComparison.Ordinal);
        Assert.Contains("theme", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal("""{"id":"5.1","title":"T","summary":"S"}"""))).ToArray();
        Assert.Equal(1, Catalog.FromStream(new MemoryStream(bytes)).Count);
    }

    [Fact]
    public void RejectsDuplicateProperty()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.1","title":"T","title":"U","summary":"S"}"""));
        Assert.Equal("$.groups[0].controls[0].title", ex.Location);
        Assert.Contains("twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesLineAndExpectationOfWrongTokenType()
    {
        var json = Minimal("{\"id\":\"5.1\",\n\"title\":null,\"summary\":\"S\"}");
        var ex = ReadBroken(json);
        Assert.Equal("$.groups[0].controls[0].title", ex.Location);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected a string, found null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesObjectOfMissingProperty()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.1","summary":"S"}"""));
        Assert.Equal("$.groups[0].controls[0]", ex.Location);
    }

    [Fact]
    public void RejectsNonIntegerFormatVersion()
    {
        var ex = ReadBroken(Minimal("""{"id":"5.1","title":"T","summary":"S"}""").Replace("\"formatVersion\":1", "\"formatVersion\":1.5", StringComparison.Ordinal));
        Assert.Equal("$.formatVersion", ex.Location);
    }

    [Fact]
    public void RejectsContentAfterTheDocument()
    {
        ReadBroken(Minimal("""{"id":"5.1","title":"T","summary":"S"}""") + " {}");
    }

    [Fact]
    public void RejectsInvalidUtf8InStrings()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal("""{"id":"5.1","title":"TX","summary":"S"}"""));
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        Assert.Throws<CatalogDataException>(() => Catalog.FromStream(new MemoryStream(bytes)));
    }

    [Fact]
    public void WritesTheDataFileShape()
    {
        using var stream = new MemoryStream();
        IsoCatalogs.Iso27002_2022.WriteTo(stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("{" + Environment.NewLine + "  \"$schema\": \"https://iso27k.dev/schema/control-catalog-1.schema.json\"," + Environment.NewLine + "  \"formatVersion\": 1,", text, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"5.1\"," + Environment.NewLine + "          \"title\": ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceHashIsComputedFromTheBytesRead()
    {
        var bytes = Encoding.UTF8.GetBytes(Minimal("""{"id":"5.1","title":"T","summary":"S"}"""));
        var catalog = Catalog.FromStream(new MemoryStream(bytes));
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant(), catalog.SourceSha256);
        Assert.Null(new Catalog(Edition.Iso2022, "t", "v", []).SourceSha256);
    }

    [Fact]
    public void RandomBytesOnlyEverThrowCatalogDataException()
    {
        var valid = Encoding.UTF8.GetBytes(Minimal("""{"id":"5.1","title":"T","summary":"S"}"""));
        var mutated =
            from position in Gen.Choose(0, valid.Length - 1)
            from value in Gen.Choose(0, 255)
            from cut in Gen.Choose(1, valid.Length)
            select valid.Take(cut).Select((b, i) => i == position ? (byte)value : b).ToArray();
        Prop.ForAll(mutated.ToArbitrary(), bytes =>
            {
                try
                {
                    Catalog.FromStream(new MemoryStream(bytes));
                    return true;
                }
                catch (CatalogDataException ex)
                {
                    return ex.Message.Length > 0;
                }
            })
            .QuickCheckThrowOnFailure();
    }
}
