using Iso27k.Risk.Fair;

namespace Iso27k.Risk.Tests.Fair;

public class FairDistributionSpecTest
{
    [Theory]
    [InlineData("pert:0.1,0.5,2", FairDistributionKind.Pert, new[] { 0.1, 0.5, 2 })]
    [InlineData("PERT: 50000 , 200000, 2e6", FairDistributionKind.Pert, new[] { 50_000.0, 200_000, 2_000_000 })]
    [InlineData("lognormal90:10000,500000", FairDistributionKind.LogNormal, new[] { 10_000.0, 500_000 })]
    [InlineData("const:3", FairDistributionKind.Constant, new[] { 3.0 })]
    [InlineData("normal:-5,2.5", FairDistributionKind.NormalClippedAtZero, new[] { -5, 2.5 })]
    public void ParsesEveryFormCultureInvariantly(string text, FairDistributionKind kind, double[] values)
    {
        Assert.True(FairDistributionSpec.TryParse(text, out var spec, out var error), error);
        Assert.Equal(kind, spec.Kind);
        Assert.Equal(values, spec.Values);
        Assert.Equal(kind, spec.ToDistribution().Kind);
    }

    [Theory]
    [InlineData("pert:1,5,4", "pert needs min <= mode <= max")]
    [InlineData("pert:2,2,2", "pert needs min < max")]
    [InlineData("pert:1,2", "pert needs 3 values (pert:MIN,MODE,MAX)")]
    [InlineData("pert:1,x,3", "expected a finite number")]
    [InlineData("pert:0,5;5,10", "expected a finite number")]
    [InlineData("lognormal90:0,10", "lognormal90 needs 0 < low < high")]
    [InlineData("normal:1,0", "normal needs sd > 0")]
    [InlineData("beta:1,2", "unknown distribution 'beta'")]
    [InlineData("0.5", "has no ':'")]
    [InlineData("", "empty distribution")]
    [InlineData("const:NaN", "expected a finite number")]
    public void ExplainsWhatWasExpected(string text, string message)
    {
        Assert.False(FairDistributionSpec.TryParse(text, out var spec, out var error));
        Assert.Null(spec);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => FairDistributionSpec.Parse(text));
    }

    [Fact]
    public void RejectsCommaDecimalSeparator()
    {
        // "0,5" is two values, so a European-formatted const fails instead of silently becoming 5.
        Assert.False(FairDistributionSpec.TryParse("const:0,5", out _, out var error));
        Assert.Contains("const needs 1 value", error, StringComparison.Ordinal);
    }

    [Fact]
    public void PertVariantIsChosenWhenBuilding()
    {
        var spec = FairDistributionSpec.Parse("pert:1,2,4");
        Assert.Equal("pert-classic", spec.ToDistribution().Name);
        Assert.True(FairDistributionSpec.TryParsePertVariant("pyfair", out var variant, out _));
        Assert.Equal("pert-moment-matched", spec.ToDistribution(variant).Name);
        Assert.True(FairDistributionSpec.TryParsePertVariant("Classic", out variant, out _));
        Assert.Equal(PertVariant.Classic, variant);
        Assert.False(FairDistributionSpec.TryParsePertVariant("beta", out _, out var error));
        Assert.Contains("expected 'classic' or 'pyfair'", error, StringComparison.Ordinal);
    }
}
