using FsCheck;
using FsCheck.Fluent;
using Iso27k.Risk.Owasp;

namespace Iso27k.Risk.Tests.Owasp;

public class OwaspVectorTest
{
    private const string Example = "SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5";

    [Fact]
    public void ParsesEveryFactor()
    {
        var vector = OwaspVector.Parse(Example);
        Assert.Equal(5, vector[OwaspFactor.SkillLevel]);
        Assert.Equal(2, vector[OwaspFactor.IntrusionDetection]);
        Assert.Equal(5, vector[OwaspFactor.LossOfAvailability]);
        Assert.Equal(8, vector[OwaspFactor.LossOfAccountability]);
        Assert.Equal(5, vector[OwaspFactor.PrivacyViolation]);
        Assert.Equal(Example, vector.ToString());
    }

    [Fact]
    public void ParsesTheCalculatorsParenthesisedForm()
    {
        Assert.Equal(OwaspVector.Parse(Example), OwaspVector.Parse("(" + Example + ")"));
    }

    [Fact]
    public void ParsesFactorsInAnyOrder()
    {
        var reordered = string.Join('/', Example.Split('/').Reverse());
        Assert.Equal(OwaspVector.Parse(Example), OwaspVector.Parse(reordered));
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("(SL:5", 5, "does not end with ')'")]
    [InlineData("SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1", 72, "missing PV")]
    [InlineData("SL:5/SL:2", 5, "SL is given twice")]
    [InlineData("SL:5/XX:2", 5, "'XX' is not a factor")]
    [InlineData("SL:10", 4, "expected '/' or the end after the rating of SL")]
    [InlineData("SL:x", 3, "expected a rating 0-9 for SL")]
    [InlineData("SL=5", 2, "expected ':' after SL")]
    [InlineData("SL:5/", 5, "expected a factor abbreviation")]
    [InlineData("sl:5", 0, "expected a factor abbreviation")]
    public void ReportsPositionAndExpectation(string text, int position, string expected)
    {
        Assert.False(OwaspVector.TryParse(text, out _, out var error));
        Assert.Equal(position, error.Position);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<FormatException>(() => OwaspVector.Parse(text));
        Assert.Equal(error.Message, thrown.Message);
    }

    [Fact]
    public void RoundTripsThroughText()
    {
        var ratings = Gen.Choose(0, 9).ArrayOf(16).ToArbitrary();
        Prop.ForAll(ratings, r =>
        {
            var vector = OwaspVector.Create(r);
            return OwaspVector.Parse(vector.ToString()) == vector && Enumerable.Range(0, 16).All(i => vector[(OwaspFactor)i] == r[i]);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void NeverThrowsOnRandomText()
    {
        var pieces = Gen.Elements("SL", "M", "O", "PV", "LAV", ":", "/", "(", ")", "5", "9", "10", "x", " ", "");
        var texts = pieces.ArrayOf().Select(p => string.Concat(p)).ToArbitrary();
        Prop.ForAll(texts, t =>
        {
            var ok = OwaspVector.TryParse(t, out _, out var error);
            return ok || (error!.Position >= 0 && error.Position <= t.Length);
        }).QuickCheckThrowOnFailure();
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), t => t is null || OwaspVector.TryParse(t, out _) || true).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RejectsMisuseOfCreate()
    {
        Assert.Throws<ArgumentException>(() => OwaspVector.Create([1, 2, 3]));
        Assert.Throws<ArgumentException>(() => OwaspVector.Create([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => default(OwaspVector).WithFactor(OwaspFactor.Motive, -1));
    }
}
