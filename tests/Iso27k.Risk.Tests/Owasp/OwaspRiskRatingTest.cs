using Iso27k.Risk.Owasp;

namespace Iso27k.Risk.Tests.Owasp;

public class OwaspRiskRatingTest
{
    // The worked example of the OWASP Risk Rating Methodology page.
    private const string Example = "SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5";

    [Fact]
    public void ComputesTheWorkedExampleByHand()
    {
        var score = OwaspRiskRating.Score(OwaspVector.Parse(Example), OwaspImpactPolicy.Technical);
        Assert.Equal(35, score.LikelihoodSum);
        Assert.Equal(4.375, score.Likelihood);
        Assert.Equal(OwaspLevel.Medium, score.LikelihoodLevel);
        Assert.Equal(7.25, score.TechnicalImpact);
        Assert.Equal(2.25, score.BusinessImpact);
        Assert.Equal(OwaspLevel.High, score.ImpactLevel);
        Assert.Equal(OwaspSeverity.High, score.Severity);
    }

    [Theory]
    [InlineData(OwaspImpactPolicy.Business, OwaspLevel.Low, OwaspSeverity.Low)]
    [InlineData(OwaspImpactPolicy.Technical, OwaspLevel.High, OwaspSeverity.High)]
    [InlineData(OwaspImpactPolicy.Maximum, OwaspLevel.High, OwaspSeverity.High)]
    [InlineData(OwaspImpactPolicy.Average, OwaspLevel.Medium, OwaspSeverity.Medium)]
    public void AppliesTheImpactPolicy(OwaspImpactPolicy policy, OwaspLevel impact, OwaspSeverity severity)
    {
        var score = OwaspRiskRating.Score(OwaspVector.Parse(Example), policy);
        Assert.Equal(impact, score.ImpactLevel);
        Assert.Equal(severity, score.Severity);
    }

    [Fact]
    public void DefaultsToTheBusinessImpact()
    {
        Assert.Equal(OwaspImpactPolicy.Business, OwaspRiskRating.Score(OwaspVector.Parse(Example)).Policy);
        Assert.Equal(OwaspImpactPolicy.Business, new OwaspRiskMethod().Policy);
    }

    [Theory]
    [InlineData(OwaspLevel.Low, OwaspLevel.Low, OwaspSeverity.Note)]
    [InlineData(OwaspLevel.Low, OwaspLevel.Medium, OwaspSeverity.Low)]
    [InlineData(OwaspLevel.Low, OwaspLevel.High, OwaspSeverity.Medium)]
    [InlineData(OwaspLevel.Medium, OwaspLevel.Low, OwaspSeverity.Low)]
    [InlineData(OwaspLevel.Medium, OwaspLevel.Medium, OwaspSeverity.Medium)]
    [InlineData(OwaspLevel.Medium, OwaspLevel.High, OwaspSeverity.High)]
    [InlineData(OwaspLevel.High, OwaspLevel.Low, OwaspSeverity.Medium)]
    [InlineData(OwaspLevel.High, OwaspLevel.Medium, OwaspSeverity.High)]
    [InlineData(OwaspLevel.High, OwaspLevel.High, OwaspSeverity.Critical)]
    public void FollowsTheSeverityTable(OwaspLevel likelihood, OwaspLevel impact, OwaspSeverity severity)
    {
        Assert.Equal(severity, OwaspRiskRating.SeverityOf(likelihood, impact));
    }

    [Theory]
    [InlineData(2.999, OwaspLevel.Low)]
    [InlineData(3.0, OwaspLevel.Medium)]
    [InlineData(5.999, OwaspLevel.Medium)]
    [InlineData(6.0, OwaspLevel.High)]
    public void PutsBoundariesInTheHigherLevel(double average, OwaspLevel level)
    {
        Assert.Equal(level, OwaspRiskRating.LevelOf(average));
    }

    [Fact]
    public void ScoresLikelihoodOfExactlyThreeAsMedium()
    {
        var vector = OwaspVector.Create([3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal(OwaspLevel.Medium, OwaspRiskRating.Score(vector).LikelihoodLevel);
        Assert.Equal(OwaspLevel.Low, OwaspRiskRating.Score(vector.WithFactor(OwaspFactor.Size, 2)).LikelihoodLevel);
    }

    [Fact]
    public void AgreesWithAveragesComputedDirectlyForRandomVectors()
    {
        var random = new Random(42);
        var ratings = new int[16];
        for (var n = 0; n < 2000; n++)
        {
            for (var i = 0; i < 16; i++)
            {
                ratings[i] = random.Next(10);
            }

            var score = OwaspRiskRating.Score(OwaspVector.Create(ratings), OwaspImpactPolicy.Maximum);
            var likelihood = ratings[..8].Average();
            var technical = ratings[8..12].Average();
            var business = ratings[12..].Average();
            Assert.Equal(likelihood, score.Likelihood, 10);
            Assert.Equal(technical, score.TechnicalImpact, 10);
            Assert.Equal(business, score.BusinessImpact, 10);
            Assert.Equal(OwaspRiskRating.SeverityOf(OwaspRiskRating.LevelOf(likelihood), OwaspRiskRating.LevelOf(Math.Max(technical, business))), score.Severity);
        }
    }

    [Fact]
    public void ExplainsEachStep()
    {
        var text = OwaspRiskRating.Explain(OwaspRiskRating.Score(OwaspVector.Parse(Example), OwaspImpactPolicy.Technical));
        Assert.Equal(
            "likelihood = 35/8 = 4.375 (MEDIUM); technical impact = 29/4 = 7.25; business impact = 9/4 = 2.25; impact = technical 7.25 (HIGH, policy technical); severity[MEDIUM, HIGH] = High.",
            text);
    }

    [Fact]
    public void RatesAssessmentsThroughTheMethod()
    {
        var method = new OwaspRiskMethod(OwaspImpactPolicy.Technical);
        Assert.Equal(3, method.LevelOf(RiskAssessment.FromOwasp(OwaspVector.Parse(Example))));
        Assert.Equal(-1, method.LevelOf(RiskAssessment.FromMatrix(3, 3)));
        Assert.False(method.Evaluate(RiskAssessment.NotRated).IsRated);
        Assert.Equal("High", method.Evaluate(RiskAssessment.FromOwasp(OwaspVector.Parse(Example))).LevelLabel);
    }
}
