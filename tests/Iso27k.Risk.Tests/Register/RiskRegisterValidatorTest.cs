using System.Collections.Immutable;
using Iso27k.Risk.Owasp;
using NodaTime;
using static Iso27k.Risk.Tests.Samples;

namespace Iso27k.Risk.Tests;

public class RiskRegisterValidatorTest
{
    private static readonly RiskRegisterValidator Validator = new(FakeClock.FromUtc(2026, 6, 1));

    private static ImmutableArray<RiskDiagnostic> Validate(Risk risk) => Validator.Validate(Register(risk));

    private static ImmutableArray<RiskDiagnostic> Codes(ImmutableArray<RiskDiagnostic> found, string code) =>
        [.. found.Where(d => d.Code == code)];

    [Fact]
    public void ReportsNothingGivenValidRisk()
    {
        Assert.Empty(Validate(ValidRisk()));
    }

    [Fact]
    public void ReportsRsk001GivenRiskWithoutOwner()
    {
        var d = Assert.Single(Validate(ValidRisk().WithOwner(null)));
        Assert.Equal("RSK001", d.Code);
        Assert.Equal(RiskDiagnosticSeverity.Error, d.Severity);
        Assert.Equal("R-1", d.RiskId);
        Assert.Equal("$.risks[0].owner", d.Path);
        Assert.Equal("ISO/IEC 27001:2022 6.1.2 c) 2)", d.Requirement);
        Assert.Contains("owner", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRsk001GivenBlankOwner()
    {
        Assert.Single(Codes(Validate(ValidRisk().WithOwner("  ")), "RSK001"));
    }

    [Fact]
    public void ReportsRsk002GivenUnratedCurrentInput()
    {
        var d = Assert.Single(Validate(ValidRisk().WithCurrent(RiskAssessment.FromMatrix(4, 0)).WithResidual(null)));
        Assert.Equal("RSK002", d.Code);
        Assert.Equal("$.risks[0].current", d.Path);
        Assert.Contains("consequence is not rated", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRsk002GivenMissingCurrentAssessment()
    {
        var d = Assert.Single(Validate(ValidRisk().WithCurrent(null).WithResidual(null)));
        Assert.Equal("RSK002", d.Code);
    }

    [Fact]
    public void ReportsRsk002GivenRatingOffTheScale()
    {
        var d = Assert.Single(Codes(Validate(ValidRisk().WithResidual(RiskAssessment.FromMatrix(7, 1))), "RSK002"));
        Assert.Contains("not on the 5-value scale", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRsk002GivenOwaspCriteriaAndNoVector()
    {
        var register = Register(ValidRisk()).WithCriteria(OwaspCriteria);
        Assert.Equal(2, Codes(Validator.Validate(register), "RSK002").Length);
    }

    [Fact]
    public void ReportsRsk003GivenResidualAboveCurrent()
    {
        var d = Assert.Single(Validate(ValidRisk().WithResidual(RiskAssessment.FromMatrix(5, 5))));
        Assert.Equal("RSK003", d.Code);
        Assert.Equal("$.risks[0].residual", d.Path);
        Assert.Contains("'Very high' is higher than the current level 'High'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotReportRsk003GivenEqualLevels()
    {
        Assert.Empty(Codes(Validate(ValidRisk().WithResidual(RiskAssessment.FromMatrix(3, 4))), "RSK003"));
    }

    [Fact]
    public void ReportsRsk004GivenResidualLoweredWithoutControls()
    {
        var risk = ValidRisk().WithTreatment(TreatmentOption.Avoid, []);
        var d = Assert.Single(Validate(risk));
        Assert.Equal("RSK004", d.Code);
        Assert.Equal(RiskDiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void DoesNotReportRsk004GivenResidualEqualToCurrentWithoutControls()
    {
        var risk = ValidRisk().WithTreatment(TreatmentOption.Avoid, []).WithResidual(RiskAssessment.FromMatrix(4, 3));
        Assert.Empty(Validate(risk));
    }

    [Fact]
    public void ReportsRsk005GivenRetainWithoutAcceptance()
    {
        var d = Assert.Single(Validate(ValidRisk().WithTreatment(TreatmentOption.Retain)));
        Assert.Equal("RSK005", d.Code);
        Assert.Equal("$.risks[0].acceptance", d.Path);
        Assert.Equal("ISO/IEC 27001:2022 6.1.3 f)", d.Requirement);
    }

    [Fact]
    public void DoesNotReportRsk005GivenRetainWithAcceptance()
    {
        var risk = ValidRisk().WithTreatment(TreatmentOption.Retain).WithAcceptance(new RiskAcceptance("IT Manager", new LocalDate(2026, 1, 1)));
        Assert.Empty(Validate(risk));
    }

    [Fact]
    public void ReportsRsk006GivenExpiredAcceptance()
    {
        var risk = ValidRisk().WithTreatment(TreatmentOption.Retain)
            .WithAcceptance(new RiskAcceptance("IT Manager", new LocalDate(2025, 1, 1), new LocalDate(2026, 5, 31)));
        var d = Assert.Single(Validate(risk));
        Assert.Equal("RSK006", d.Code);
        Assert.Equal("$.risks[0].acceptance.expiresOn", d.Path);
        Assert.Contains("2026-05-31", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotReportRsk006OnTheLastDayOfAcceptance()
    {
        var risk = ValidRisk().WithTreatment(TreatmentOption.Retain)
            .WithAcceptance(new RiskAcceptance("IT Manager", new LocalDate(2025, 1, 1), new LocalDate(2026, 6, 1)));
        Assert.Empty(Validate(risk));
    }

    [Fact]
    public void ReportsRsk006OnlyOnceTheClockPassesExpiry()
    {
        var clock = FakeClock.FromUtc(2026, 6, 1);
        var validator = new RiskRegisterValidator(clock);
        var register = Register(ValidRisk().WithAcceptance(new RiskAcceptance("IT Manager", new LocalDate(2025, 1, 1), new LocalDate(2026, 6, 30))));
        Assert.Empty(validator.Validate(register));
        clock.Reset(new LocalDate(2026, 7, 1));
        Assert.Equal("RSK006", Assert.Single(validator.Validate(register)).Code);
    }

    [Fact]
    public void ReportsRsk007GivenOverdueReview()
    {
        var d = Assert.Single(Validate(ValidRisk().WithNextReview(new LocalDate(2026, 5, 1))));
        Assert.Equal("RSK007", d.Code);
        Assert.Equal("ISO/IEC 27001:2022 8.2", d.Requirement);
    }

    [Fact]
    public void DoesNotReportRsk007GivenReviewToday()
    {
        Assert.Empty(Validate(ValidRisk().WithNextReview(new LocalDate(2026, 6, 1))));
    }

    [Fact]
    public void UsesTheGivenTimeZoneForToday()
    {
        // 2026-06-01T00:00Z is still 31 May in New York, so a review due on 31 May is not yet overdue there.
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var validator = new RiskRegisterValidator(FakeClock.FromUtc(2026, 6, 1), zone);
        Assert.Empty(validator.Validate(Register(ValidRisk().WithNextReview(new LocalDate(2026, 5, 31)))));
        Assert.Single(Validate(ValidRisk().WithNextReview(new LocalDate(2026, 5, 31))));
    }

    [Fact]
    public void ReportsRsk008GivenControlNotInThe2022Catalog()
    {
        var d = Assert.Single(Validate(ValidRisk().WithTreatmentControls([ControlId.Parse("6.3"), ControlId.Parse("5.99")])));
        Assert.Equal("RSK008", d.Code);
        Assert.Equal("$.risks[0].controls[1]", d.Path);
        Assert.Contains("5.99", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRsk008Given2013ControlId()
    {
        var d = Assert.Single(Validate(ValidRisk().WithTreatmentControls([ControlId.Parse("A.12.4.1")])));
        Assert.Equal("RSK008", d.Code);
        Assert.Contains("not an ISO/IEC 27001:2022 Annex A control id", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRsk009GivenModifyWithoutControls()
    {
        var found = Validate(ValidRisk().WithTreatmentControls([]));
        Assert.Single(Codes(found, "RSK009"));
        Assert.Equal("$.risks[0].controls", Codes(found, "RSK009")[0].Path);
    }

    [Fact]
    public void DoesNotReportRsk009GivenShareWithoutControls()
    {
        Assert.Empty(Codes(Validate(ValidRisk().WithTreatment(TreatmentOption.Share, [])), "RSK009"));
    }

    [Fact]
    public void ReportsRsk010GivenDuplicateAndBlankIds()
    {
        var found = Validator.Validate(Register(ValidRisk("R-1"), ValidRisk("R-1"), ValidRisk(" ")));
        Assert.Equal(["$.risks[1].id", "$.risks[2].id"], Codes(found, "RSK010").Select(d => d.Path));
    }

    [Fact]
    public void ReportsRsk011GivenUnknownReferences()
    {
        var found = Validate(ValidRisk().WithAssets(["A-1", "A-404"]).WithThreat("T-404").WithVulnerability("V-404"));
        Assert.Equal(["$.risks[0].assets[1]", "$.risks[0].threat", "$.risks[0].vulnerability"], Codes(found, "RSK011").Select(d => d.Path));
    }

    [Fact]
    public void ReportsRsk012GivenLevelAboveAcceptanceAndNoTreatment()
    {
        var d = Assert.Single(Validate(ValidRisk().WithTreatment(null, []).WithResidual(null)));
        Assert.Equal("RSK012", d.Code);
    }

    [Fact]
    public void DoesNotReportRsk012GivenAcceptableLevelAndNoTreatment()
    {
        Assert.Empty(Validate(ValidRisk().WithTreatment(null, []).WithCurrent(RiskAssessment.FromMatrix(1, 2)).WithResidual(null)));
    }

    [Fact]
    public void ReportsRsk013GivenAcceptanceBySomeoneElse()
    {
        var risk = ValidRisk().WithTreatment(TreatmentOption.Retain).WithAcceptance(new RiskAcceptance("Intern", new LocalDate(2026, 1, 1)));
        var d = Assert.Single(Validate(risk));
        Assert.Equal("RSK013", d.Code);
        Assert.Equal("$.risks[0].acceptance.acceptedBy", d.Path);
    }

    [Fact]
    public void ReportsRsk014GivenNoCriteria()
    {
        var d = Assert.Single(Validator.Validate(Register(ValidRisk()).WithCriteria(null)));
        Assert.Equal("RSK014", d.Code);
        Assert.Null(d.RiskId);
    }

    [Fact]
    public void ValidatesOwaspAssessmentsWithOwaspCriteria()
    {
        var high = OwaspVector.Parse("SL:9/M:9/O:9/S:9/ED:9/EE:9/A:9/ID:9/LC:9/LI:9/LAV:9/LAC:9/FD:9/RD:9/NC:9/PV:9");
        var low = OwaspVector.Parse("SL:1/M:1/O:1/S:1/ED:1/EE:1/A:1/ID:1/LC:1/LI:1/LAV:1/LAC:1/FD:1/RD:1/NC:1/PV:1");
        var risk = ValidRisk().WithCurrent(RiskAssessment.FromOwasp(low)).WithResidual(RiskAssessment.FromOwasp(high));
        var d = Assert.Single(Validator.Validate(Register(risk).WithCriteria(OwaspCriteria)));
        Assert.Equal("RSK003", d.Code);
        Assert.Contains("'Critical' is higher than the current level 'Note'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidatesSampleRegisterWithoutDiagnosticsBeforeItsReviewDate()
    {
        using var stream = File.OpenRead(SamplePath("register.json"));
        var read = RiskRegisterJson.Read(stream);
        Assert.True(read.Succeeded, read.ToString());
        Assert.Empty(Validator.Validate(read.Value));
        var later = new RiskRegisterValidator(FakeClock.FromUtc(2027, 2, 1)).Validate(read.Value);
        Assert.Equal(6, Codes(later, "RSK007").Length);
        Assert.Equal("R-006", Assert.Single(Codes(later, "RSK006")).RiskId);
    }

    [Fact]
    public void ValidatesTenThousandRisksQuickly()
    {
        var risks = Enumerable.Range(0, 10_000).Select(i => ValidRisk($"R-{i}")).ToArray();
        var register = Register(risks);
        Assert.Empty(Validator.Validate(register));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            Validator.Validate(register);
        }

        // The target is 5 ms per run on a quiet machine; this generous bound only catches an accidental O(n^2).
        Assert.True(watch.ElapsedMilliseconds < 2_500, $"5 runs took {watch.ElapsedMilliseconds} ms");
    }
}
