using System.Text;

namespace Iso27k.Soa.Tests;

// The golden files were written by the migrator before its report texts became lazy and its per-mapping data was
// cached; these tests pin the output byte for byte so that such optimizations cannot change what users get.
public sealed partial class SoaMigratorTest
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static string Golden(string name) => Path.Combine(SoaValidatorTest.RepoRoot(), "tests", "Iso27k.Soa.Tests", "Golden", name);

    private static SoaMigrationResult MigrateFile(string path)
    {
        var document = SoaDocument.Load(path);
        Assert.False(document.HasErrors);
        return SoaMigrator.Migrate(document.Statement!);
    }

    private static byte[] Markdown(SoaMigrationReport report)
    {
        using var writer = new StringWriter();
        report.WriteMarkdown(writer);
        return Utf8NoBom.GetBytes(writer.ToString());
    }

    private static byte[] Json(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static void AssertSameBytes(string goldenName, byte[] actual)
    {
        var expected = File.ReadAllBytes(Golden(goldenName));

        // The text comparison first, so that a failure shows where the outputs part.
        Assert.Equal(Utf8NoBom.GetString(expected), Utf8NoBom.GetString(actual));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("soa-2013.json", "soa-2013")]
    [InlineData("edge", "soa-2013-edge-cases")]
    public void WritesReportMarkdownByteIdenticalToGolden(string input, string golden)
    {
        var result = MigrateFile(GoldenInput(input));
        AssertSameBytes(golden + "-migration-report.md", Markdown(result.Report));
    }

    [Theory]
    [InlineData("soa-2013.json", "soa-2013")]
    [InlineData("edge", "soa-2013-edge-cases")]
    public void WritesReportJsonByteIdenticalToGolden(string input, string golden)
    {
        var result = MigrateFile(GoldenInput(input));
        AssertSameBytes(golden + "-migration-report.json", Json(result.Report.WriteJson));
    }

    [Theory]
    [InlineData("soa-2013.json", "soa-2013")]
    [InlineData("edge", "soa-2013-edge-cases")]
    public void WritesDraftJsonByteIdenticalToGolden(string input, string golden)
    {
        var result = MigrateFile(GoldenInput(input));
        AssertSameBytes(golden + "-migration-draft.json", Json(s => SoaDocument.WriteJson(result.Draft, s)));
    }

    [Fact]
    public void WritesTheSameReportOnEveryMigrationAndEveryWrite()
    {
        var statement = SoaDocument.Load(GoldenInput("edge")).Statement!;
        var first = SoaMigrator.Migrate(statement);
        var second = SoaMigrator.Migrate(statement);
        Assert.Equal(Markdown(first.Report), Markdown(second.Report));
        Assert.Equal(Markdown(first.Report), Markdown(first.Report));
        Assert.Equal(Json(first.Report.WriteJson), Json(second.Report.WriteJson));
        Assert.Equal(first.Draft, second.Draft);
    }

    // The edge-case input is the sample with defects added: duplicates, a 2022 id, a source without entry, excluded
    // and undecided sources together, clashing unknown properties, notes with '|' and line breaks, missing status.
    private static string GoldenInput(string input) =>
        input == "edge" ? Golden("soa-2013-edge-cases.json") : Path.Combine(SoaValidatorTest.RepoRoot(), "data", "samples", "soa", input);
}
