using Iso27k.Risk.Cvss;

namespace Iso27k.Risk.Tests.Cvss;

public class CvssCalculatorTest
{
    [Theory]
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssVersion.V30, 9.8)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssVersion.V31, 9.8)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N", CvssVersion.V40, 8.7)]
    public void DetectsTheVersionFromThePrefix(string vector, CvssVersion version, double score)
    {
        Assert.True(CvssCalculator.TryScore(vector, out var result, out var error));
        Assert.False(error.IsError);
        Assert.Equal(version, result.Version);
        Assert.Equal(score, result.Score);
        Assert.Equal(vector, result.Vector);
        Assert.Equal(version, CvssCalculator.Score(vector).Version);
        Assert.True(CvssCalculator.TryParse(vector, out var parsed, out _));
        Assert.Equal(version, parsed!.Version);
    }

    [Fact]
    public void ReportsV40ScoresWithoutV3SubScores()
    {
        var result = CvssCalculator.Score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U");

        Assert.Null(result.BaseScore);
        Assert.Null(result.TemporalScore);
        Assert.Null(result.EnvironmentalScore);
        Assert.Equal(CvssNomenclature.CvssBT, result.Nomenclature);
        Assert.Contains("MacroVector", result.Explain(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("CVSS:2.0/AV:N")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P")]
    [InlineData("cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    public void RejectsUnsupportedPrefixes(string vector)
    {
        Assert.False(CvssCalculator.TryScore(vector, out _, out var error));
        Assert.Equal(CvssParseErrorKind.InvalidPrefix, error.Kind);
        Assert.Contains("'CVSS:4.0/'", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CvssCalculator.Score(vector));
        Assert.False(CvssCalculator.TryParse(vector, out var parsed, out _));
        Assert.Null(parsed);
    }

    [Fact]
    public void ResultsCompareByValue()
    {
        var a = CvssCalculator.Score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        var b = CvssCalculator.Score("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal("9.8 Critical (CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H)", a.ToString());
    }

    [Theory]
    [InlineData(0.0, CvssSeverity.None)]
    [InlineData(0.1, CvssSeverity.Low)]
    [InlineData(3.9, CvssSeverity.Low)]
    [InlineData(4.0, CvssSeverity.Medium)]
    [InlineData(6.9, CvssSeverity.Medium)]
    [InlineData(7.0, CvssSeverity.High)]
    [InlineData(8.9, CvssSeverity.High)]
    [InlineData(9.0, CvssSeverity.Critical)]
    [InlineData(10.0, CvssSeverity.Critical)]
    public void RatesScoresOnTheQualitativeScale(double score, CvssSeverity expected) =>
        Assert.Equal(expected, CvssSeverityRating.FromScore(score));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(10.1)]
    [InlineData(double.NaN)]
    public void RejectsScoresOutsideTheScale(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CvssSeverityRating.FromScore(score));
}
