using Iso27k.Risk.Cvss;

namespace Iso27k.Risk.Tests.Cvss;

public class CvssV31VectorTest
{
    public static TheoryData<string, double, double, double> V31ReferenceVectors() => Load("cvss31.txt");

    public static TheoryData<string, double, double, double> V30ReferenceVectors() => Load("cvss30.txt");

    [Theory]
    [MemberData(nameof(V31ReferenceVectors))]
    public void ScoresV31ReferenceVectorsExactly(string vector, double baseScore, double temporal, double environmental)
    {
        var parsed = CvssV31Vector.Parse(vector);
        var scores = parsed.Score();

        Assert.Equal(baseScore, parsed.ComputeBaseScore());
        Assert.Equal(CvssVersion.V31, scores.Version);
        Assert.Equal(baseScore, scores.BaseScore);
        Assert.Equal(temporal, scores.TemporalScore);
        Assert.Equal(environmental, scores.EnvironmentalScore);
    }

    [Theory]
    [MemberData(nameof(V30ReferenceVectors))]
    public void ScoresV30ReferenceVectorsExactly(string vector, double baseScore, double temporal, double environmental)
    {
        var parsed = CvssV31Vector.Parse(vector);
        var scores = parsed.Score();

        Assert.Equal(baseScore, parsed.ComputeBaseScore());
        Assert.Equal(CvssVersion.V30, scores.Version);
        Assert.Equal(baseScore, scores.BaseScore);
        Assert.Equal(temporal, scores.TemporalScore);
        Assert.Equal(environmental, scores.EnvironmentalScore);
    }

    [Fact]
    public void LoadsSeveralHundredReferenceVectors()
    {
        Assert.True(V31ReferenceVectors().Count >= 250);
        Assert.True(V30ReferenceVectors().Count >= 30);
    }

    [Fact]
    public void RoundsUpWithTheIntegerMethodOfAppendixA()
    {
        Assert.Equal(4.1, CvssV3Calculator.RoundUp31(4.02));
        Assert.Equal(4.0, CvssV3Calculator.RoundUp31(4.00));

        // Floating point noise just above 4.0 is not a reason to round up in v3.1, but v3.0's naive method does.
        Assert.Equal(4.0, CvssV3Calculator.RoundUp31(4.000000000000001));
        Assert.Equal(4.1, CvssV3Calculator.RoundUp(4.000000000000001, v30: true));
    }

    [Fact]
    public void UsesTheV31ModifiedImpactFormulaOnlyForV31()
    {
        var v31 = CvssV31Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H").Score();
        var v30 = CvssV31Vector.Parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H").Score();

        Assert.Equal(9.7, v31.EnvironmentalScore);
        Assert.Equal(9.6, v30.EnvironmentalScore);
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", CvssSeverity.None)]
    [InlineData("CVSS:3.1/AV:P/AC:H/PR:L/UI:R/S:U/C:N/I:L/A:N", CvssSeverity.Low)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:L", CvssSeverity.Medium)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L", CvssSeverity.High)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:L/A:N", CvssSeverity.Critical)]
    public void RatesBaseSeverity(string vector, CvssSeverity expected) =>
        Assert.Equal(expected, CvssV31Vector.Parse(vector).Score().BaseSeverity);

    [Fact]
    public void RatesEachScoreSeparately()
    {
        // RedHatProductSecurity/cvss test_json_schema_severities: High / Medium / Low.
        var scores = CvssV31Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L/E:P/CR:L/IR:L/AR:L/MAV:P").Score();

        Assert.Equal(CvssSeverity.High, scores.BaseSeverity);
        Assert.Equal(CvssSeverity.Medium, scores.TemporalSeverity);
        Assert.Equal(CvssSeverity.Low, scores.EnvironmentalSeverity);
    }

    [Fact]
    public void AcceptsMetricsInAnyOrderAndFormatsThemCanonically()
    {
        var vector = CvssV31Vector.Parse("CVSS:3.0/S:C/C:H/I:H/A:N/AV:P/AC:H/PR:H/UI:R/E:H/RL:O/RC:R/CR:H/IR:X/AR:X/MAC:H/MPR:X/MUI:X/MC:L/MA:X");

        Assert.Equal("CVSS:3.0/AV:P/AC:H/PR:H/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:R/CR:H/MAC:H/MC:L", vector.ToString());
        Assert.Equal(vector, CvssV31Vector.Parse(vector.ToString()));
        Assert.True(vector.HasTemporalMetrics);
        Assert.True(vector.HasEnvironmentalMetrics);
        Assert.Equal("H", vector.GetValue("MAC"));
        Assert.Equal("X", vector.GetValue("MAV"));
    }

    [Fact]
    public void DefaultIsTheMostSevereUnchangedScopeVector()
    {
        Assert.Equal("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", default(CvssV31Vector).ToString());
        Assert.Equal(9.8, default(CvssV31Vector).Score().BaseScore);
    }

    [Fact]
    public void DistinguishesVersionsInEquality()
    {
        var v31 = CvssV31Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        var v30 = v31.WithVersion(CvssVersion.V30);

        Assert.NotEqual(v31, v30);
        Assert.Equal(v31, v30.WithVersion(CvssVersion.V31));
        Assert.StartsWith("CVSS:3.0/", v30.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => v31.WithVersion(CvssVersion.V40));
    }

    [Theory]
    [InlineData("", CvssParseErrorKind.InvalidPrefix, 0, null)]
    [InlineData("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.InvalidPrefix, 0, null)]
    [InlineData("CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.InvalidPrefix, 5, null)]
    [InlineData("CVSS:3.1/", CvssParseErrorKind.EmptyComponent, 9, null)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/", CvssParseErrorKind.EmptyComponent, 45, null)]
    [InlineData("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.EmptyComponent, 14, null)]
    [InlineData("CVSS:3.1/AV:N/ACL/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.MalformedComponent, 14, null)]
    [InlineData("CVSS:3.1/AX:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.UnknownMetric, 9, null)]
    [InlineData("CVSS:3.1/AV:W/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.InvalidValue, 12, "AV")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:X", CvssParseErrorKind.InvalidValue, 43, "A")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:HH", CvssParseErrorKind.InvalidValue, 43, "A")]
    [InlineData("CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.UnknownMetric, 9, null)]
    [InlineData("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.DuplicateMetric, 14, "AV")]
    [InlineData("CVSS:3.1/AV:N/AC:L/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.MissingMetric, 39, "PR")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H", CvssParseErrorKind.MissingMetric, 40, "S")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:Z", CvssParseErrorKind.InvalidValue, 47, "E")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", CvssParseErrorKind.InvalidPrefix, 5, null)]
    public void ReportsWhereAndWhyAVectorIsInvalid(string text, CvssParseErrorKind kind, int position, string? metric)
    {
        Assert.False(CvssV31Vector.TryParse(text, out var vector, out var error));
        Assert.Equal(default, vector);
        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        Assert.Equal(metric, error.Metric);
        Assert.True(error.IsError);
        Assert.NotEmpty(error.Message);
        var exception = Assert.Throws<FormatException>(() => CvssV31Vector.Parse(text));
        Assert.Equal(error.Message, exception.Message);
    }

    [Fact]
    public void InvalidValueMessageListsTheLegalValues()
    {
        Assert.False(CvssV31Vector.TryParse("CVSS:3.1/AV:W/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", out _, out var error));

        Assert.Equal("Metric 'AV' has the invalid value 'W' at position 12; expected one of N, A, L, P.", error.Message);
    }

    [Fact]
    public void NullFailsTryParseButThrowsFromParse()
    {
        Assert.False(CvssV31Vector.TryParse((string?)null, out _, out var error));
        Assert.Equal(CvssParseErrorKind.InvalidPrefix, error.Kind);
        Assert.Throws<ArgumentNullException>(() => CvssV31Vector.Parse((string)null!));
    }

    [Fact]
    public void GetValueRejectsUnknownMetrics()
    {
        Assert.Throws<ArgumentException>(() => default(CvssV31Vector).GetValue("VC"));
        Assert.Throws<ArgumentNullException>(() => default(CvssV31Vector).GetValue(null!));
    }

    [Fact]
    public void ExplainShowsTheSubScoresAndRoundings()
    {
        var trace = CvssV31Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F/RL:O/RC:C").Explain();

        Assert.False(trace.ScopeChanged);
        Assert.Equal(1 - (0.44 * 0.44 * 0.44), trace.Iss, 12);
        Assert.Equal(6.42 * trace.Iss, trace.Impact, 12);
        Assert.Equal(8.22 * 0.85 * 0.77 * 0.85 * 0.85, trace.Exploitability, 12);
        Assert.Equal(9.8, trace.BaseScore);
        Assert.Equal(0.97, trace.ExploitCodeMaturity);
        Assert.Equal(0.95, trace.RemediationLevel);
        Assert.Equal(9.1, trace.TemporalScore);
        var text = trace.ToString();
        Assert.Contains("Base score = 9.8", text, StringComparison.Ordinal);
        Assert.Contains("temporal score = 9.1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluatesToAVersionIndependentResult()
    {
        ICvssVector vector = CvssV31Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U");
        var result = vector.Evaluate();

        Assert.Equal(CvssVersion.V31, result.Version);
        Assert.Equal(9.8, result.Score);
        Assert.Equal(9.8, result.BaseScore);
        Assert.Equal(9.0, result.TemporalScore);
        Assert.Null(result.Nomenclature);
        Assert.Contains("ISS", vector.Explain(), StringComparison.Ordinal);
    }

    private static TheoryData<string, double, double, double> Load(string file)
    {
        var data = new TheoryData<string, double, double, double>();
        foreach (var f in CvssTestData.Lines(file))
        {
            data.Add(f[0], CvssTestData.Score(f[1]), CvssTestData.Score(f[2]), CvssTestData.Score(f[3]));
        }

        return data;
    }
}
