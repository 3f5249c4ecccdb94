using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Iso27k.Risk;
using Iso27k.Risk.Cvss;
using Iso27k.Soa;
using NodaTime;

namespace Iso27k.Serialization.SystemTextJson.Tests;

public class ConverterTest
{
    private static readonly JsonSerializerOptions Options = Iso27kJsonSerializerOptionsExtensions.CreateIso27kOptions();

    private static JsonSerializerOptions AppOptions()
    {
        var options = new JsonSerializerOptions().ConfigureForIso27k();
        options.TypeInfoResolverChain.Add(AppJsonContext.Default);
        options.TypeInfoResolverChain.Add(Iso27kJsonContext.Default);
        return options;
    }

    private static readonly JsonSerializerOptions App = AppOptions();

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    private static string RepositoryRoot() => Iso27k.Tests.Shared.RepositoryPaths.Root;

    [Fact]
    public void ControlIdsAreTheirCanonicalStrings()
    {
        Assert.Equal("\"5.23\"", JsonSerializer.Serialize(ControlId.Parse("A.5.23"), Options));
        Assert.Equal("\"A.12.4.1\"", JsonSerializer.Serialize(ControlId.Parse("12.4.1"), Options));
        Assert.Equal(ControlId.Parse("A.12.4.1"), JsonSerializer.Deserialize<ControlId>("\"12.4.1\"", Options));
    }

    [Fact]
    public void EveryControlIdRoundTrips()
    {
        var ids = IsoCatalogs.Iso27002_2022.Controls.Concat(IsoCatalogs.Iso27001_2013.Controls).Select(c => c.Id);
        Prop.ForAll(Gen.Elements(ids.ToArray()).ToArbitrary(), id => RoundTrip(id) == id).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AttributeValuesAreTheStandardsNames()
    {
        Assert.Equal("\"Information_protection\"", JsonSerializer.Serialize(AttributeValue.Parse("#Information_protection"), Options));
        Assert.Equal(AttributeValue.Parse("Detective"), JsonSerializer.Deserialize<AttributeValue>("\"#detective\"", Options));
        Prop.ForAll(Gen.Elements(AttributeValue.All.ToArray()).ToArbitrary(), v => RoundTrip(v) == v).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AttributeSetsRoundTrip() =>
        Prop.ForAll(Gen.Choose(0, (1 << 30) - 1).ToArbitrary(), mask =>
        {
            var set = AttributeSet.Of(AttributeValue.All.Where(v => (mask & (1 << v.Index)) != 0));
            return RoundTrip(set) == set;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void ControlsAreWrittenAsIdsAndResolvedThroughTheCatalog()
    {
        var control = IsoCatalogs.Iso27002_2022["5.23"];
        Assert.Equal("\"5.23\"", JsonSerializer.Serialize(control, Options));
        Assert.Same(control, JsonSerializer.Deserialize<Control>("\"5.23\"", Options));
        Assert.Same(IsoCatalogs.Iso27001_2013["A.12.4.1"], JsonSerializer.Deserialize<Control>("\"A.12.4.1\"", Options));
    }

    [Fact]
    public void AControlConverterCanUseAnotherCatalog()
    {
        var own = new Catalog(Edition.Iso2022, "Mine", "1", [new ControlGroup("5", ControlGroupKind.Theme, "Org", null, [new Control(ControlId.Parse("5.1"), "Policies", "Licensed text.")])]);
        var options = new JsonSerializerOptions { Converters = { new ControlJsonConverter(own) } };
        options.TypeInfoResolverChain.Add(Iso27kJsonContext.Default);
        Assert.Equal("Licensed text.", JsonSerializer.Deserialize<Control>("\"5.1\"", options)!.Summary);
        var ex = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Control>("\"5.2\"", options));
        Assert.Contains("5.2", ex.Message);
    }

    [Fact]
    public void CvssVectorsAreTheirStrings()
    {
        var gen31 =
            from av in Gen.Elements("N", "A", "L", "P")
            from ac in Gen.Elements("L", "H")
            from pr in Gen.Elements("N", "L", "H")
            from ui in Gen.Elements("N", "R")
            from s in Gen.Elements("U", "C")
            from c in Gen.Elements("H", "L", "N")
            from i in Gen.Elements("H", "L", "N")
            from a in Gen.Elements("H", "L", "N")
            select $"CVSS:3.1/AV:{av}/AC:{ac}/PR:{pr}/UI:{ui}/S:{s}/C:{c}/I:{i}/A:{a}";
        Prop.ForAll(gen31.ToArbitrary(), text =>
        {
            var vector = CvssV31Vector.Parse(text);
            return JsonSerializer.Serialize(vector, Options) == "\"" + text + "\"" && RoundTrip(vector) == vector;
        }).QuickCheckThrowOnFailure();

        var gen40 =
            from av in Gen.Elements("N", "A", "L", "P")
            from ac in Gen.Elements("L", "H")
            from at in Gen.Elements("N", "P")
            from pr in Gen.Elements("N", "L", "H")
            from ui in Gen.Elements("N", "P", "A")
            from v in Gen.Elements("H", "L", "N")
            from s in Gen.Elements("H", "L", "N")
            select $"CVSS:4.0/AV:{av}/AC:{ac}/AT:{at}/PR:{pr}/UI:{ui}/VC:{v}/VI:{v}/VA:{v}/SC:{s}/SI:{s}/SA:{s}";
        Prop.ForAll(gen40.ToArbitrary(), text =>
        {
            var vector = CvssV40Vector.Parse(text);
            return JsonSerializer.Serialize(vector, Options) == "\"" + text + "\"" && RoundTrip(vector) == vector;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void StatementsOfApplicabilityRoundTripThroughTheSoaFormat()
    {
        var soa = new StatementOfApplicability(Edition.Iso2022,
            [
                SoaEntry.Applicable(ControlId.Parse("5.1"), InclusionReason.RiskTreatment("R-1")).WithImplementationStatus(ImplementationStatus.Implemented)
                    .WithEvidence("POL-01").WithLastReviewed(new LocalDate(2026, 1, 2)),
                SoaEntry.Excluded(ControlId.Parse("7.4"), "No premises.\nRemote only."),
                new SoaEntry(ControlId.Parse("6.1")).WithUnknownProperties([new SoaUnknownProperty("x-extra", "{\"a\":[1,true]}")]),
            ])
            .WithOrganization("Example GmbH").WithApproval(new SoaApproval("Board", new LocalDate(2026, 2, 1)));
        Assert.Equal(soa, RoundTrip(soa));
        var sample = SoaDocument.Load(Path.Combine(RepositoryRoot(), "data", "samples", "soa", "soa-2022.json")).Statement!;
        Assert.Equal(sample, RoundTrip(sample));
    }

    [Fact]
    public void RiskRegistersRoundTripThroughTheRegisterFormat()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryRoot(), "data", "samples", "risk", "register.json"));
        var register = RiskRegisterJson.Read(stream).Value!;
        Assert.Equal(register, RoundTrip(register));
    }

    [Fact]
    public void AnApplicationsOwnContextPicksTheConvertersUp()
    {
        var record = new AuditRecord
        {
            Control = ControlId.Parse("8.16"),
            Related = [ControlId.Parse("A.12.4.1"), ControlId.Parse("5.7")],
            Notes = { [ControlId.Parse("5.1")] = "reviewed" },
            Focus = AttributeValue.Parse("Detect"),
            Tags = AttributeSet.Of(AttributeValue.Parse("Preventive"), AttributeValue.Parse("Integrity")),
            Full = IsoCatalogs.Iso27002_2022["8.16"],
            V3 = CvssV31Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
            Soa = new StatementOfApplicability(Edition.Iso2013, [SoaEntry.Excluded(ControlId.Parse("A.5.1.1"), "n/a")]),
        };
        var json = JsonSerializer.Serialize(record, App);
        Assert.Contains("\"Control\":\"8.16\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Notes\":{\"5.1\":\"reviewed\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"Tags\":[\"Preventive\",\"Integrity\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"Full\":\"8.16\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<AuditRecord>(json, App)!;
        Assert.Equal(record.Control, back.Control);
        Assert.Equal(record.Related, back.Related);
        Assert.Equal(record.Notes, back.Notes);
        Assert.Equal(record.Focus, back.Focus);
        Assert.Equal(record.Tags, back.Tags);
        Assert.Same(record.Full, back.Full);
        Assert.Equal(record.V3, back.V3);
        Assert.Null(back.V4);
        Assert.Equal(record.Soa, back.Soa);
        Assert.Null(back.Register);
    }

    [Fact]
    public void ConfigureAddsEachConverterOnce()
    {
        var options = new JsonSerializerOptions().ConfigureForIso27k().ConfigureForIso27k();
        Assert.Equal(8, options.Converters.Count);
    }
}
