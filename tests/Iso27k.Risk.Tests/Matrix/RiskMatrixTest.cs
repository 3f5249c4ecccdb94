using Iso27k.Risk.Matrix;

namespace Iso27k.Risk.Tests.Matrix;

public class RiskMatrixTest
{
    private static readonly RiskScale Three = new("Likelihood", ["Low", "Mid", "High"]);
    private static readonly RiskScale ThreeC = new("Consequence", ["Minor", "Moderate", "Major"]);
    private static readonly string[] Levels = ["Low", "Medium", "High"];

    private static RiskMatrixDefinitionException Invalid(Func<RiskMatrix> create) => Assert.Throws<RiskMatrixDefinitionException>(create);

    [Fact]
    public void LooksUpANonMultiplicativeGrid()
    {
        var matrix = RiskMatrixPresets.Lookup3x3;
        Assert.Equal("Medium", matrix.Levels[matrix.Score(new MatrixRating(1, 3)).Level]);
        Assert.Equal("Medium", matrix.Levels[matrix.Score(new MatrixRating(3, 1)).Level]);
        Assert.Equal("High", matrix.Levels[matrix.Score(new MatrixRating(2, 3)).Level]);
    }

    [Theory]
    [InlineData(1, 1, 1, "Low")]
    [InlineData(2, 2, 4, "Low")]
    [InlineData(1, 5, 5, "Medium")]
    [InlineData(3, 3, 9, "Medium")]
    [InlineData(2, 5, 10, "High")]
    [InlineData(4, 4, 16, "High")]
    [InlineData(5, 4, 20, "Very high")]
    [InlineData(5, 5, 25, "Very high")]
    public void MultipliesAndBands(int l, int c, int value, string level)
    {
        var matrix = RiskMatrixPresets.Multiplicative5x5;
        var score = matrix.Score(new MatrixRating(l, c));
        Assert.Equal(value, score.Value);
        Assert.Equal(level, matrix.Levels[score.Level]);
    }

    [Fact]
    public void AddsAndBands()
    {
        var matrix = RiskMatrix.CreateAdditive(Three, ThreeC, Levels, [new RiskBand(2, 3, "Low"), new RiskBand(4, 4, "Medium"), new RiskBand(5, 6, "High")]);
        Assert.Equal(4, matrix.Score(new MatrixRating(1, 3)).Value);
        Assert.Equal(1, matrix.Score(new MatrixRating(1, 3)).Level);
        Assert.Equal(2, matrix.LevelOf(3, 2));
        Assert.Equal("likelihood 3 (High), consequence 2 (Moderate); 3 + 2 = 5; band 5-6 = High.", matrix.Explain(matrix.Score(new MatrixRating(3, 2))));
    }

    [Fact]
    public void PropagatesNotRated()
    {
        var matrix = RiskMatrixPresets.Lookup4x4;
        var score = matrix.Score(new MatrixRating(0, 4));
        Assert.Equal(MatrixScoreStatus.NotRated, score.Status);
        Assert.Equal(-1, score.Level);
        Assert.Equal(MatrixScoreStatus.NotRated, matrix.Score(MatrixRating.NotRated).Status);
        Assert.Contains("likelihood is not rated", matrix.Explain(score), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRatingsOffTheScale()
    {
        var matrix = RiskMatrixPresets.Lookup3x3;
        var score = matrix.Score(new MatrixRating(4, 1));
        Assert.Equal(MatrixScoreStatus.OutOfScale, score.Status);
        Assert.Contains("likelihood 4 is not on the 3-value scale", matrix.Explain(score), StringComparison.Ordinal);
        Assert.Equal(-1, matrix.LevelOf(-3, 1));
        Assert.False(matrix.Evaluate(RiskAssessment.FromMatrix(99, 1)).IsRated);
    }

    [Fact]
    public void PresetsHaveTheAdvertisedShapes()
    {
        Assert.Equal((3, 3, 3), (RiskMatrixPresets.Lookup3x3.Likelihood.Count, RiskMatrixPresets.Lookup3x3.Consequence.Count, RiskMatrixPresets.Lookup3x3.Levels.Length));
        Assert.Equal((4, 4, 4), (RiskMatrixPresets.Lookup4x4.Likelihood.Count, RiskMatrixPresets.Lookup4x4.Consequence.Count, RiskMatrixPresets.Lookup4x4.Levels.Length));
        Assert.Equal((5, 5, 4), (RiskMatrixPresets.Multiplicative5x5.Likelihood.Count, RiskMatrixPresets.Multiplicative5x5.Consequence.Count, RiskMatrixPresets.Multiplicative5x5.Levels.Length));
        Assert.Equal(MatrixMethod.Multiplicative, RiskMatrixPresets.Multiplicative5x5.Method);
    }

    [Fact]
    public void PresetsAreMonotone()
    {
        foreach (var matrix in new[] { RiskMatrixPresets.Lookup3x3, RiskMatrixPresets.Lookup4x4, RiskMatrixPresets.Multiplicative5x5 })
        {
            for (var l = 1; l <= matrix.Likelihood.Count; l++)
            {
                for (var c = 1; c <= matrix.Consequence.Count; c++)
                {
                    Assert.True(matrix.LevelOf(l, c) >= 0);
                    Assert.True(l == 1 || matrix.LevelOf(l, c) >= matrix.LevelOf(l - 1, c));
                    Assert.True(c == 1 || matrix.LevelOf(l, c) >= matrix.LevelOf(l, c - 1));
                }
            }
        }
    }

    [Fact]
    public void RejectsGridWithWrongRowCount()
    {
        var e = Invalid(() => RiskMatrix.CreateLookup(Three, ThreeC, Levels, [["Low", "Low", "Low"], ["Low", "Low", "Low"]]));
        Assert.Contains("grid: has 2 rows; expected 3", e.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsGridRowWithWrongCellCount()
    {
        var e = Invalid(() => RiskMatrix.CreateLookup(Three, ThreeC, Levels, [["Low", "Low", "Low"], ["Low", "Low"], ["Low", "Low", "Low"]]));
        Assert.Equal("grid[1] (likelihood 2 'Mid'): has 2 cells; expected 3, one per consequence value of 'Consequence', lowest first.", Assert.Single(e.Problems));
    }

    [Fact]
    public void RejectsCellWithUndefinedLevel()
    {
        var e = Invalid(() => RiskMatrix.CreateLookup(Three, ThreeC, Levels, [["Low", "Low", "Low"], ["Low", "Hgh", "Low"], ["Low", "Low", "Low"]]));
        Assert.Contains("grid[1][1] (likelihood 2 'Mid', consequence 2): level 'Hgh' is not defined", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsNonMonotoneGridUnlessAllowed()
    {
        string[][] grid = [["Low", "Medium", "High"], ["Low", "Low", "High"], ["Medium", "High", "High"]];
        var e = Invalid(() => RiskMatrix.CreateLookup(Three, ThreeC, Levels, grid));
        Assert.Contains(e.Problems, p => p.StartsWith("grid[1][1] (likelihood 2, consequence 2): 'Low' is lower than 'Medium' at likelihood 1", StringComparison.Ordinal));
        Assert.False(RiskMatrix.CreateLookup(Three, ThreeC, Levels, grid, requireMonotone: false).RequiresMonotone);
    }

    [Fact]
    public void RejectsBandGap()
    {
        var e = Invalid(() => RiskMatrix.CreateMultiplicative(Three, ThreeC, Levels, [new RiskBand(1, 2, "Low"), new RiskBand(4, 6, "Medium"), new RiskBand(7, 9, "High")]));
        Assert.Contains("values 3 to 3 fall in no band", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsBandOverlap()
    {
        var e = Invalid(() => RiskMatrix.CreateMultiplicative(Three, ThreeC, Levels, [new RiskBand(1, 4, "Low"), new RiskBand(3, 6, "Medium"), new RiskBand(7, 9, "High")]));
        Assert.Contains("bands[1]: (3-6) overlaps bands[0] (1-4) on values 3 to 4", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsBandsNotCoveringTheRange()
    {
        var e = Invalid(() => RiskMatrix.CreateMultiplicative(Three, ThreeC, Levels, [new RiskBand(2, 4, "Low"), new RiskBand(5, 8, "High")]));
        Assert.Equal(2, e.Problems.Length);
        Assert.Contains("values 1 to 1", e.Problems[0], StringComparison.Ordinal);
        Assert.Contains("values 9 to 9", e.Problems[1], StringComparison.Ordinal);
        var additive = Invalid(() => RiskMatrix.CreateAdditive(Three, ThreeC, Levels, [new RiskBand(1, 6, "Low")]));
        Assert.Contains("below the lowest value of likelihood + consequence, 2", additive.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsDecreasingBandLevels()
    {
        var e = Invalid(() => RiskMatrix.CreateMultiplicative(Three, ThreeC, Levels, [new RiskBand(1, 4, "Medium"), new RiskBand(5, 9, "Low")]));
        Assert.Contains("level 'Low' is lower than 'Medium'", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsBandWithUndefinedLevelOrInvertedBounds()
    {
        var e = Invalid(() => RiskMatrix.CreateMultiplicative(Three, ThreeC, Levels, [new RiskBand(1, 4, "Lo"), new RiskBand(9, 5, "High")]));
        Assert.Contains(e.Problems, p => p.Contains("level 'Lo' is not defined", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Contains("min 9 is above max 5", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsDuplicateOrTooFewLevels()
    {
        Assert.Contains("defined twice", Invalid(() => RiskMatrix.CreateLookup(Three, ThreeC, ["Low", "Low"], [])).Problems[0], StringComparison.Ordinal);
        Assert.Contains("at least 2 levels", Invalid(() => RiskMatrix.CreateLookup(Three, ThreeC, ["Low"], [])).Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsInvalidScales()
    {
        Assert.Contains("2 to 10", Assert.Throws<RiskMatrixDefinitionException>(() => new RiskScale("L", ["Only"])).Message, StringComparison.Ordinal);
        Assert.Contains("used twice", Assert.Throws<RiskMatrixDefinitionException>(() => new RiskScale("L", ["A", "A"])).Message, StringComparison.Ordinal);
        Assert.Contains("blank", Assert.Throws<RiskMatrixDefinitionException>(() => new RiskScale("L", ["A", " "])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoresWithoutAllocating()
    {
        var matrix = RiskMatrixPresets.Multiplicative5x5;
        var rating = new MatrixRating(3, 4);
        matrix.Score(rating);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0;
        for (var i = 0; i < 1000; i++)
        {
            sum += matrix.Score(rating).Level;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2000, sum);
    }
}
