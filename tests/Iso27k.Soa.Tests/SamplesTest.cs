using System.Text.Json;

namespace Iso27k.Soa.Tests;

// The samples in data/samples/soa carry deliberate defects, listed in their README; this keeps both honest.
public sealed class SamplesTest
{
    private static string Sample(string name) => Path.Combine(SoaValidatorTest.RepoRoot(), "data", "samples", "soa", name);

    internal static SoaRiskContext RiskContext()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Sample("risk-context.json")));
        var root = document.RootElement;
        return new SoaRiskContext(
            root.GetProperty("risks").EnumerateArray().Select(r => r.GetString()!),
            root.GetProperty("treatmentPlan").EnumerateArray().Select(s =>
                KeyValuePair.Create(ControlId.Parse(s.GetProperty("controlId").GetString()!), s.GetProperty("riskId").GetString()!)));
    }

    private static List<string> Findings(string file)
    {
        var document = SoaDocument.Load(Sample(file));
        Assert.NotNull(document.Statement);
        return [.. SoaFixtures.Validator().Validate(document, RiskContext()).Select(d => $"{d.Code} {d.ControlId}")];
    }

    [Fact]
    public void Sample2022JsonHasExactlyTheDocumentedDefects()
    {
        Assert.Equal(
            ["SOA001 5.35", "SOA002 5.10", "SOA004 7.11", "SOA005 7.12", "SOA006 5.7", "SOA007 8.24", "SOA008 7.4",
             "SOA009 8.11", "SOA010 6.3", "SOA012 ", "SOA013 8.30"],
            Findings("soa-2022.json").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sample2022CsvHasExactlyTheDocumentedDefects()
    {
        Assert.Equal(
            ["SOA001 5.12", "SOA003 A.8.2.1", "SOA005 7.4", "SOA008 7.4", "SOA010 8.34", "SOA011 ", "SOA015 5.1", "SOA104 5.1", "SOA104 8.34"],
            Findings("soa-2022.csv").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sample2013JsonHasExactlyTheDocumentedDefectsAndMigrates()
    {
        var findings = Findings("soa-2013.json").Where(f => !f.StartsWith("SOA010", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["SOA001 A.15.1.3", "SOA016 A.16.1.7"], findings);
        var result = SoaMigrator.Migrate(SoaDocument.Load(Sample("soa-2013.json")).Statement!);
        Assert.Equal(93, result.Draft.Entries.Length);
        Assert.Single(result.Report.Items, i => i.ControlId == ControlId.Parse("8.15") && !i.Conflicts.IsEmpty);
    }
}
