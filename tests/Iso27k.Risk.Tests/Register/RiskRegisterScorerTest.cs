using Iso27k.Risk.Owasp;

namespace Iso27k.Risk.Tests;

public class RiskRegisterScorerTest
{
    private static RiskRegister Sample()
    {
        using var stream = File.OpenRead(Samples.SamplePath("register.json"));
        return RiskRegisterJson.Read(stream).Value!;
    }

    [Fact]
    public void ScoresEveryRiskWithItsCriteriaAndExplains()
    {
        var score = RiskRegisterScorer.Score(Sample());
        Assert.Empty(score.Diagnostics);
        var first = score.Rows[0];
        Assert.Equal("Very high", first.Inherent!.LevelLabel);
        Assert.Equal("High", first.Current!.LevelLabel);
        Assert.Equal("Medium", first.Residual!.LevelLabel);
        Assert.Equal("likelihood 2 (Unlikely), consequence 4 (Major); 2 x 4 = 8; band 5-9 = Medium.", first.Residual.Trace);
        Assert.False(first.IsResidualAcceptable);
        Assert.True(score.Rows[5].IsResidualAcceptable);
    }

    [Fact]
    public void ScoresWithSeparateCriteria()
    {
        using var stream = File.OpenRead(Samples.SamplePath("criteria.json"));
        var criteria = RiskCriteriaJson.Read(stream).Value!;
        var score = RiskRegisterScorer.Score(Sample(), criteria);
        Assert.All(score.Rows, r => Assert.True(r.IsResidualAcceptable));
    }

    [Fact]
    public void ReportsRsk014GivenNoCriteriaAtAll()
    {
        var score = RiskRegisterScorer.Score(Sample().WithCriteria(null));
        Assert.Equal("RSK014", Assert.Single(score.Diagnostics).Code);
        Assert.All(score.Rows, r => Assert.Null(r.Current));
    }

    [Fact]
    public void LeavesUnratedRisksUnratedUnderOwaspCriteria()
    {
        var score = RiskRegisterScorer.Score(Sample(), new RiskCriteria("o", "1", new OwaspRiskMethod(), "Low"));
        Assert.All(score.Rows, r => Assert.False(r.Current!.IsRated));
        Assert.All(score.Rows, r => Assert.Null(r.IsResidualAcceptable));
    }

    [Fact]
    public void WritesCsv()
    {
        var writer = new StringWriter();
        RiskRegisterScoreCsv.Write(writer, RiskRegisterScorer.Score(Sample()));
        var lines = writer.ToString().Split("\r\n");
        Assert.Equal(RiskRegisterScoreCsv.Header, lines[0]);
        Assert.Equal("R-001,Insecure code reaches production and exposes customer data,CTO,matrix,Very high,High,Medium,Low,no,likelihood 2 (Unlikely), consequence 4 (Major); 2 x 4 = 8; band 5-9 = Medium.".Replace("no,likelihood 2 (Unlikely), consequence 4 (Major); 2 x 4 = 8; band 5-9 = Medium.", "no,\"likelihood 2 (Unlikely), consequence 4 (Major); 2 x 4 = 8; band 5-9 = Medium.\"", StringComparison.Ordinal), lines[1]);
        Assert.Equal(8, lines.Length);
    }
}
