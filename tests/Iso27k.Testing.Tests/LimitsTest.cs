using System.Diagnostics;
using System.Text;
using Iso27k.Csv;
using Iso27k.Mapping;
using Iso27k.Risk;
using Iso27k.Risk.Cvss;
using Iso27k.Risk.Owasp;
using Iso27k.Soa;
using Xunit.Abstractions;

namespace Iso27k.Testing.Tests;

// Every reader enforces its documented limit (docs/reliability.md) with a clear message, in bounded time and memory.
// Inputs of 100 MB and 1,000,000 rows are generated on the fly, never stored. Memory is what the reading thread
// allocated (GC.GetAllocatedBytesForCurrentThread), an upper bound of what the read could hold at once.
public sealed class LimitsTest(ITestOutputHelper output)
{
    private const long HundredMegabytes = 100L * 1024 * 1024;
    private const long MiB = 1024 * 1024;

    [Fact]
    public void RefusesA100MegabyteSoaJsonAfter16MiB()
    {
        var document = Measure("SoA JSON 100 MB", () => SoaDocument.Read(
            GeneratedStream.Of("{\"formatVersion\":1,\"edition\":\"2022\",\"entries\":[", "{\"controlId\":\"5.1\",\"applicability\":\"applicable\"},", HundredMegabytes, "]}"),
            SoaFormat.Json), maxAllocated: 80 * MiB);
        Assert.Null(document.Statement);
        var refusal = Assert.Single(document.Diagnostics);
        Assert.Equal("SOA107", refusal.Code);
        Assert.Equal("$", refusal.Location.JsonPath);
        Assert.Contains("16 MiB", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAMillionRowCsvSoaAfter10000EntriesInBoundedMemory()
    {
        var csv = GeneratedCsv.ValidRows(1_000_000);
        var document = Measure("SoA CSV 1,000,000 valid rows", () => SoaDocument.ReadCsv(csv), maxAllocated: 64 * MiB);
        Assert.Null(document.Statement);
        var refusal = document.Diagnostics[^1];
        Assert.Equal("SOA107", refusal.Code);
        Assert.Equal(10_002, refusal.Location.Line);
        Assert.Contains("more than 10000 entries", refusal.Message, StringComparison.Ordinal);
        Assert.True(csv.RowsProduced <= 10_001, $"read {csv.RowsProduced} rows");
    }

    [Fact]
    public void RefusesAMillionRowCsvSoaOfBadRowsAfter10000Rows()
    {
        var csv = GeneratedCsv.InvalidRows(1_000_000);
        var document = Measure("SoA CSV 1,000,000 invalid rows", () => SoaDocument.ReadCsv(csv), maxAllocated: 64 * MiB);
        Assert.Null(document.Statement);
        Assert.Equal("SOA107", document.Diagnostics[^1].Code);
        Assert.True(csv.RowsProduced <= 10_001, $"read {csv.RowsProduced} rows");
        output.WriteLine($"{document.Diagnostics.Length} diagnostics");
        Assert.True(document.Diagnostics.Length <= 2 * 10_001, $"{document.Diagnostics.Length} diagnostics");
    }

    [Fact]
    public void RefusesA100MegabyteCsvSoaStream()
    {
        var document = Measure("SoA CSV 100 MB stream", () => SoaDocument.Read(
            GeneratedStream.Of("control_id,applicable\n", "5.1,yes\n", HundredMegabytes), SoaFormat.Csv), maxAllocated: 64 * MiB);
        Assert.Null(document.Statement);
        Assert.Equal("SOA107", document.Diagnostics[^1].Code);
    }

    public static TheoryData<string, string> HugeCsvLines => new()
    {
        { "unquoted text", "x" },
        { "separators only", "," },
        { "quoted text", "\"" },
    };

    [Theory]
    [MemberData(nameof(HugeCsvLines))]
    public void RefusesA100MegabyteCsvLineAtTheRecordLimit(string name, string unit)
    {
        var text = unit == "\"" ? GeneratedStream.Of("control_id,applicable\n\"", "ab", HundredMegabytes) : GeneratedStream.Of("control_id,applicable\n", unit, HundredMegabytes);
        var document = Measure("SoA CSV one 100 MB line of " + name, () => SoaDocument.Read(text, SoaFormat.Csv), maxAllocated: 64 * MiB);
        Assert.Null(document.Statement);
        var error = document.Diagnostics[^1];
        Assert.Equal("SOA101", error.Code);
        Assert.Equal(2, error.Location.Line);
        Assert.Contains($"longer than {CsvReader.DefaultMaxRecordLength} characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HandlesA100MegabyteRiskRegisterUnderItsLimitInBoundedMemory()
    {
        // Under the 256 MiB limit the register is read whole: memory stays a small multiple of the input.
        var read = Measure("Risk register JSON 100 MB", () => RiskRegisterJson.Read(
            GeneratedStream.Of("{\"format\":\"iso27k-risk-register\",\"formatVersion\":1,\"title\":\"", "x", HundredMegabytes, "\"")), maxAllocated: 8 * HundredMegabytes);
        Assert.False(read.Succeeded);
        Assert.Equal(RiskDiagnosticCodes.MalformedDocument, read.Diagnostics[0].Code);
    }

    [Fact]
    public void RefusesA300MegabyteRiskRegisterAt256MiB()
    {
        var read = Measure("Risk register JSON 300 MB", () => RiskRegisterJson.Read(
            GeneratedStream.Of("{\"title\":\"", "x", 3 * HundredMegabytes)), maxAllocated: 700 * MiB);
        Assert.False(read.Succeeded);
        var refusal = Assert.Single(read.Diagnostics);
        Assert.Equal("$", refusal.Path);
        Assert.Contains("256 MiB", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesA100MegabyteCatalogAt64MiB()
    {
        var ex = Measure("Catalog 100 MB", () => Assert.Throws<CatalogDataException>(() => Catalog.FromStream(GeneratedStream.Of("{\"groups\":[", " ", HundredMegabytes), "huge")), maxAllocated: 200 * MiB);
        Assert.Contains("64 MiB", ex.Message, StringComparison.Ordinal);
        var clauses = Assert.Throws<CatalogDataException>(() => ClauseCatalog.FromStream(GeneratedStream.Of("{", " ", HundredMegabytes), "huge"));
        Assert.Contains("64 MiB", clauses.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesA100MegabyteMappingAt32MiB()
    {
        var ex = Measure("Mapping 100 MB", () => Assert.Throws<MappingDataException>(() =>
            ControlMapping.FromStream(GeneratedStream.Of("{", " ", HundredMegabytes), IsoCatalogs.Iso27001_2013, IsoCatalogs.Iso27002_2022, "huge")), maxAllocated: 100 * MiB);
        Assert.Contains("32 MiB", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesJsonNested10000DeepWithADiagnosticInsteadOfAStackOverflow()
    {
        var nested = Iso27kGenerators.DeeplyNestedJson(10_000);
        var soa = SoaDocument.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"formatVersion\":1,\"x-deep\":" + nested + "}")), SoaFormat.Json);
        output.WriteLine(soa.Diagnostics[0].ToString());
        Assert.Equal("SOA101", Assert.Single(soa.Diagnostics).Code);
        Assert.StartsWith("$", soa.Diagnostics[0].Location.JsonPath, StringComparison.Ordinal);

        var register = RiskRegisterJson.Parse("{\"format\":\"iso27k-risk-register\",\"formatVersion\":1,\"x-deep\":" + nested + "}");
        output.WriteLine(Assert.Single(register.Diagnostics).ToString());
        Assert.Contains("depth", register.Diagnostics[0].Message, StringComparison.OrdinalIgnoreCase);

        var catalog = Assert.Throws<CatalogDataException>(() => Catalog.FromStream(new MemoryStream(Encoding.UTF8.GetBytes("{\"groups\":" + nested + "}"))));
        output.WriteLine(catalog.Message);
        Assert.Contains("line 1", catalog.Message, StringComparison.Ordinal);

        output.WriteLine(Assert.Throws<MappingDataException>(() => ControlMapping.FromStream(
            new MemoryStream(Encoding.UTF8.GetBytes(nested)), IsoCatalogs.Iso27001_2013, IsoCatalogs.Iso27002_2022)).Message);
    }

    [Fact]
    public void RejectsAMillionCharacterVectorOrIdQuicklyWithAShortMessage()
    {
        var huge = new string('5', 1_000_000);
        var id = Measure("ControlId 1,000,000 chars", () => Assert.Throws<FormatException>(() => ControlId.Parse(huge)), maxAllocated: MiB);
        Assert.True(id.Message.Length < 400, id.Message);

        var cvss = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:" + new string('H', 1_000_000);
        Assert.False(CvssV31Vector.TryParse(cvss, out _, out var cvssError));
        Assert.True(cvssError.Message.Length < 400, cvssError.Message);

        var owasp = "SL:" + new string('5', 1_000_000);
        Assert.False(OwaspVector.TryParse(owasp.AsSpan(), out _, out var owaspError));
        Assert.True(owaspError.Message.Length < 400, owaspError.Message);
    }

    private T Measure<T>(string what, Func<T> read, long maxAllocated)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var result = read();
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"{what}: {watch.ElapsedMilliseconds} ms, {allocated / MiB} MiB allocated, process peak working set {process.PeakWorkingSet64 / MiB} MiB");
        Assert.True(allocated <= maxAllocated, $"{what} allocated {allocated / MiB} MiB, over the bound of {maxAllocated / MiB} MiB");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{what} took {watch.Elapsed}");
        return result;
    }
}
