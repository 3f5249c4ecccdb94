using FsCheck;
using FsCheck.Fluent;
using Iso27k.Risk.Matrix;
using Iso27k.Risk.Owasp;
using NodaTime;

namespace Iso27k.Risk.Tests;

public class RiskRegisterJsonTest
{
    private static RiskDiagnostic SingleProblem(string json)
    {
        var result = RiskRegisterJson.Parse(json);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    private static string Minimal(string risk = """{ "id": "R-1", "title": "T" }""", string extra = "") =>
        $$"""{ "format": "iso27k-risk-register", "formatVersion": 1, "title": "Reg"{{extra}}, "risks": [ {{risk}} ] }""";

    [Fact]
    public void ReadsTheSampleAndWritesItBackEqual()
    {
        using var stream = File.OpenRead(Samples.SamplePath("register.json"));
        var read = RiskRegisterJson.Read(stream);
        Assert.True(read.Succeeded, read.ToString());
        var register = read.Value;
        Assert.Equal(6, register.Risks.Length);
        Assert.Equal("\"CYB-2026-0042\"", register.Risks[3].Extensions["x-insurancePolicy"]);
        var again = RiskRegisterJson.Parse(RiskRegisterJson.ToJson(register));
        Assert.True(again.Succeeded, again.ToString());
        Assert.Equal(register, again.Value);
        Assert.Contains("\"x-insurancePolicy\": \"CYB-2026-0042\"", RiskRegisterJson.ToJson(register), StringComparison.Ordinal);
    }

    [Fact]
    public void ExposesTreatmentPlanAndRiskIds()
    {
        using var stream = File.OpenRead(Samples.SamplePath("register.json"));
        var register = RiskRegisterJson.Read(stream).Value!;
        var plan = register.TreatmentPlan;
        Assert.Equal(["5.19", "5.20", "5.23", "6.3", "7.9", "8.1", "8.5", "8.9", "8.25", "8.28", "8.29"], plan.SelectedControls.Select(c => c.ToString()).ToArray());
        Assert.Equal(["R-004"], plan.RisksSelecting(ControlId.Parse("5.19")).ToArray());
        Assert.Empty(plan.RisksSelecting(ControlId.Parse("5.1")));
        Assert.True(plan.Selects(ControlId.Parse("8.28")));
        Assert.Contains("R-006", (IReadOnlySet<string>)register.RiskIds);
        Assert.Equal(6, register.RiskIds.Count);
    }

    [Fact]
    public void KeepsUnknownPropertiesAtEveryLevel()
    {
        var json = Minimal("""{ "id": "R-1", "title": "T", "x-a": [1, 2], "current": { "likelihood": 2, "x-b": {"k": true} } }""", """, "x-root": null""");
        var read = RiskRegisterJson.Parse(json);
        Assert.True(read.Succeeded, read.ToString());
        Assert.Equal("[1,2]", read.Value.Risks[0].Extensions["x-a"]);
        Assert.Equal("""{"k":true}""", read.Value.Risks[0].Current!.Extensions["x-b"]);
        Assert.Equal("null", read.Value.Extensions["x-root"]);
        Assert.Equal(read.Value, RiskRegisterJson.Parse(RiskRegisterJson.ToJson(read.Value)).Value);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    [InlineData("a\\ud83d")]
    public void ReportsUnpairedSurrogateEscapesAsProblemsNotExceptions(string escaped)
    {
        // JSON's grammar allows "\ud800", but it is no character: reading it as text throws in System.Text.Json.
        foreach (var json in new[]
        {
            Minimal($$"""{ "id": "R-1", "title": "T", "x-a": "{{escaped}}" }"""),
            Minimal($$"""{ "id": "R-1", "title": "T", "x-a": { "k": ["{{escaped}}"] } }"""),
            Minimal($$"""{ "id": "R-1", "title": "T", "x-a": { "{{escaped}}": 1 } }"""),
            Minimal($$"""{ "id": "R-1", "title": "{{escaped}}" }"""),
            Minimal(extra: ", \"x-root\": \"" + escaped + "\""),
        })
        {
            var read = RiskRegisterJson.Parse(json);
            Assert.False(read.Succeeded, json);
            var problem = Assert.Single(read.Diagnostics);
            Assert.StartsWith("$", problem.Path, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReportsMalformedJsonWithPosition()
    {
        var d = SingleProblem("""{ "format": "iso27k-risk-register", "formatVersion": 1,, }""");
        Assert.Equal("RSK100", d.Code);
        Assert.Contains("line 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsWrongTypeWithPath()
    {
        var d = SingleProblem(Minimal("""{ "id": "R-1", "title": "T", "current": { "likelihood": "high" } }"""));
        Assert.Equal("RSK100", d.Code);
        Assert.Equal("$.risks[0].current.likelihood", d.Path);
    }

    [Fact]
    public void ReportsMissingRequiredProperty()
    {
        var d = SingleProblem(Minimal("""{ "id": "R-1" }"""));
        Assert.Equal("RSK100", d.Code);
        Assert.Contains("title", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsDuplicateProperty()
    {
        Assert.Equal("RSK100", SingleProblem(Minimal("""{ "id": "R-1", "id": "R-2", "title": "T" }""")).Code);
    }

    [Fact]
    public void ReportsUnsupportedVersion()
    {
        var d = SingleProblem("""{ "format": "iso27k-risk-register", "formatVersion": 2, "title": "R", "risks": [] }""");
        Assert.Equal("RSK101", d.Code);
        Assert.Equal("$.formatVersion", d.Path);
    }

    [Theory]
    [InlineData("""{ "id": "R-1", "title": "T", "nextReview": "01/12/2026" }""", "$.risks[0].nextReview", "not a date")]
    [InlineData("""{ "id": "R-1", "title": "T", "controls": ["8.28", "8.x"] }""", "$.risks[0].controls[1]", "not a control id")]
    [InlineData("""{ "id": "R-1", "title": "T", "treatment": "mitigate" }""", "$.risks[0].treatment", "\"modify\"")]
    [InlineData("""{ "id": "R-1", "title": "T", "current": { "owasp": "SL:5" } }""", "$.risks[0].current.owasp", "missing M")]
    [InlineData("""{ "id": "R-1", "title": "T", "current": { "likelihood": -1 } }""", "$.risks[0].current", "scale values")]
    public void ReportsInvalidValuesWithPath(string risk, string path, string message)
    {
        var d = SingleProblem(Minimal(risk));
        Assert.Equal("RSK102", d.Code);
        Assert.Equal(path, d.Path);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsInvalidMatrixAsCriteriaProblem()
    {
        var criteria = """
            , "criteria": { "id": "c", "version": "1", "method": "matrix", "acceptanceLevel": "Low",
              "matrix": { "kind": "multiplicative", "likelihood": { "name": "L", "labels": ["1", "2"] }, "consequence": { "name": "C", "labels": ["1", "2"] },
                "levels": ["Low", "High"], "bands": [ { "min": 1, "max": 1, "level": "Low" }, { "min": 3, "max": 4, "level": "High" } ] } }
            """;
        var d = SingleProblem(Minimal(extra: criteria));
        Assert.Equal("RSK103", d.Code);
        Assert.Equal("$.criteria.matrix", d.Path);
        Assert.Contains("values 2 to 2 fall in no band", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsUnknownAcceptanceLevel()
    {
        var d = SingleProblem(Minimal(extra: """, "criteria": { "id": "c", "version": "1", "method": "owasp", "acceptanceLevel": "Tiny" }"""));
        Assert.Equal("RSK103", d.Code);
        Assert.Equal("$.criteria.acceptanceLevel", d.Path);
    }

    [Fact]
    public void ReadsSeparateCriteriaFile()
    {
        using var stream = File.OpenRead(Samples.SamplePath("criteria.json"));
        var read = RiskCriteriaJson.Read(stream);
        Assert.True(read.Succeeded, read.ToString());
        Assert.Equal("2026.2", read.Value.Version);
        Assert.Equal("Medium", read.Value.AcceptanceLevelLabel);
        Assert.Equal(RiskMatrixPresets.Multiplicative5x5, read.Value.Method);
        Assert.Equal(read.Value, RiskCriteriaJson.Parse(RiskCriteriaJson.ToJson(read.Value)).Value);
        Assert.Equal("RSK101", Assert.Single(RiskCriteriaJson.Parse("""{ "format": "iso27k-risk-register", "formatVersion": 1, "id": "c", "version": "1", "method": "owasp", "acceptanceLevel": "Low" }""").Diagnostics).Code);
    }

    [Fact]
    public void NeverThrowsOnRandomText()
    {
        var fragments = Gen.Elements("{", "}", "[", "]", ",", ":", "\"format\"", "\"iso27k-risk-register\"", "\"formatVersion\"", "1", "\"risks\"", "\"id\"", "\"title\"", "\"x\"", "null", "true", "-7", "\"2026-13-40\"", "\"controls\"", "\"current\"", "\"owasp\"", "\"criteria\"", "\"matrix\"", " ");
        var texts = fragments.ArrayOf().Select(f => string.Concat(f)).ToArbitrary();
        Prop.ForAll(texts, t => RiskRegisterJson.Parse(t).Succeeded || !RiskRegisterJson.Parse(t).Diagnostics.IsEmpty).QuickCheckThrowOnFailure();
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), t => t is null || RiskCriteriaJson.Parse(t).Succeeded || true).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void NeverThrowsOnMutatedSample()
    {
        var sample = File.ReadAllText(Samples.SamplePath("register.json"));
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var chars = sample.ToCharArray();
            for (var k = 0; k < 3; k++)
            {
                chars[random.Next(chars.Length)] = "{}[],:\"0a-"[random.Next(10)];
            }

            var result = RiskRegisterJson.Parse(new string(chars));
            Assert.True(result.Succeeded || !result.Diagnostics.IsEmpty);
        }
    }

    [Fact]
    public void RoundTripsGeneratedRegisters()
    {
        Prop.ForAll(RegisterGenerator.Registers, register =>
        {
            var json = RiskRegisterJson.ToJson(register);
            var read = RiskRegisterJson.Parse(json);
            return read.Succeeded && register.Equals(read.Value);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}

internal static class RegisterGenerator
{
    private static readonly Gen<string> Text = Gen.Elements("a", "B", "é", "漢", " ", "\"", "\\", "\n", "-", "1", "<", "&")
        .ArrayOf().Select(parts => string.Concat(parts));

    private static readonly Gen<string?> OptionalText = Gen.OneOf(Gen.Constant((string?)null), Text.Select(t => (string?)t));

    private static readonly Gen<KeyValuePair<string, string>[]> Extensions =
        Gen.Elements("x-a", "x-b", "vendorField")
            .Zip(Gen.Elements("1", "\"s\"", "null", "[1,2]", "{\"k\":[true,false]}"))
            .Select(p => KeyValuePair.Create(p.Item1, p.Item2))
            .ArrayOf()
            .Select(kv => kv.DistinctBy(p => p.Key).ToArray());

    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 20000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static readonly Gen<RiskAssessment?> Assessments =
        from l in Gen.Choose(0, 6)
        from c in Gen.Choose(0, 6)
        from factors in Gen.Choose(0, 9).ArrayOf(16)
        from rationale in OptionalText
        from absent in Gen.Elements(true, false)
        from extensions in Extensions
        select absent ? null : new RiskAssessment(l, c, factors[0] > 4 ? OwaspVector.Create(factors) : null, rationale, extensions);

    private static readonly Gen<ControlId[]> Controls =
        Gen.Elements(IsoCatalogs.Iso27002_2022.Controls.Select(c => c.Id).Concat([ControlId.Parse("A.12.4.1"), ControlId.Parse("5.99")]).ToArray()).ArrayOf();

    private static readonly Gen<RiskAcceptance?> Acceptances =
        from acceptedBy in Text
        from acceptedOn in Dates
        from expires in Gen.OneOf(Gen.Constant((LocalDate?)null), Dates.Select(d => (LocalDate?)d))
        from note in OptionalText
        from absent in Gen.Elements(true, false)
        select absent ? null : new RiskAcceptance(acceptedBy, acceptedOn, expires, note);

    private static readonly Gen<Risk> Risks =
        from id in Text
        from title in Text
        from owner in OptionalText
        from assets in Text.ArrayOf()
        from threat in OptionalText
        from inherent in Assessments
        from current in Assessments
        from residual in Assessments
        from treatment in Gen.Elements<TreatmentOption?>(null, TreatmentOption.Modify, TreatmentOption.Retain, TreatmentOption.Avoid, TreatmentOption.Share)
        from controls in Controls
        from acceptance in Acceptances
        from review in Gen.OneOf(Gen.Constant((LocalDate?)null), Dates.Select(d => (LocalDate?)d))
        from extensions in Extensions
        select new Risk(id, title).WithOwner(owner).WithAssets(assets).WithThreat(threat).WithVulnerability(owner)
            .WithInherent(inherent).WithCurrent(current).WithResidual(residual).WithTreatment(treatment, controls)
            .WithAcceptance(acceptance).WithNextReview(review).WithExtensions(extensions).WithDescription(threat);

    private static readonly Gen<RiskCriteria?> Criteria = Gen.Elements<RiskCriteria?>(
        null,
        new RiskCriteria("c", "1", RiskMatrixPresets.Lookup3x3, "Medium", "Three", [KeyValuePair.Create("x-c", "2")]),
        new RiskCriteria("c", "2", RiskMatrixPresets.Lookup4x4, "Low"),
        new RiskCriteria("c", "3", RiskMatrixPresets.Multiplicative5x5, "High"),
        new RiskCriteria("c", "4", RiskMatrix.CreateAdditive(new RiskScale("L", ["a", "b"]), new RiskScale("C", ["c", "d"]), ["Lo", "Hi"], [new RiskBand(2, 3, "Lo"), new RiskBand(4, 4, "Hi")]), "Lo"),
        new RiskCriteria("o", "1", new OwaspRiskMethod(OwaspImpactPolicy.Maximum), "Medium"));

    public static readonly Arbitrary<RiskRegister> Registers =
        (from title in Text
         from organization in OptionalText
         from criteria in Criteria
         from risks in Risks.ArrayOf()
         from assets in (from id in Text from name in Text from owner in OptionalText select new Asset(id, name, owner, owner)).ArrayOf()
         from threats in Text.Zip(Text).Select(t => new Threat(t.Item1, t.Item2)).ArrayOf()
         from vulnerabilities in Text.Zip(Gen.Elements(SecurityProperty.Confidentiality, SecurityProperty.Integrity, SecurityProperty.Availability).ArrayOf()).Select(t => new Vulnerability(t.Item1, t.Item1, t.Item2)).ArrayOf()
         from extensions in Extensions
         select new RiskRegister(title, criteria, risks, assets, threats, vulnerabilities).WithOrganization(organization).WithExtensions(extensions))
        .ToArbitrary();
}
