using FsCheck;
using FsCheck.Fluent;
using Iso27k.Risk.Cvss;

namespace Iso27k.Risk.Tests.Cvss;

public class CvssPropertyTest
{
    [Fact]
    public void RandomV3VectorsParseFormatCanonicallyAndScoreWithinRange()
    {
        var arb = Iso27kArbitraries.CvssV31();

        Prop.ForAll(arb, generated =>
        {
            var (text, canonical) = (generated.Text, generated.Canonical);
            if (!CvssV31Vector.TryParse(text, out var vector, out var error))
            {
                return false.Label(error.Message);
            }

            var scores = vector.Score();
            return (vector.ToString() == canonical
                    && CvssV31Vector.Parse(canonical) == vector
                    && InRange(scores.BaseScore) && InRange(scores.TemporalScore) && InRange(scores.EnvironmentalScore)
                    && scores.TemporalScore <= scores.BaseScore)
                .Label(text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RandomV4VectorsParseFormatCanonicallyAndScoreWithinRange()
    {
        var arb = Iso27kArbitraries.CvssV40();

        Prop.ForAll(arb, generated =>
        {
            var (text, canonical) = (generated.Text, generated.Canonical);
            if (!CvssV40Vector.TryParse(text, out var vector, out var error))
            {
                return false.Label(error.Message);
            }

            var score = vector.Score();
            return (vector.ToString() == canonical
                    && CvssV40Vector.Parse(canonical) == vector
                    && InRange(score.Score)
                    && score.Score == vector.Explain().Score)
                .Label(text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RandomStringsNeverThrowFromTryParse()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var v3 = CvssV31Vector.TryParse(text, out _, out var e3);
            var v4 = CvssV40Vector.TryParse(text, out _, out var e4);
            var any = CvssCalculator.TryScore(text, out _, out var e);
            return (v3 || (e3.IsError && e3.Position >= 0 && e3.Position <= (text?.Length ?? 0)))
                && (v4 || e4.IsError) && (any || e.IsError);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void MutatedVectorsNeverThrowAndReportAPositionInsideTheText()
    {
        const string V3 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:F/RL:O/RC:C/CR:H/MAV:L/MS:U/MA:N";
        const string V4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/CR:H/MAV:L/MSI:S/U:Amber";
        var gen =
            from source in Gen.Elements(V3, V4)
            from index in Gen.Choose(0, source.Length - 1)
            from replacement in Gen.Elements('/', ':', 'X', 'S', 'H', 'N', 'Z', ' ', 'a', '\0')
            from delete in Gen.Elements(true, false)
            select delete ? source.Remove(index, 1) : source[..index] + replacement + source[(index + 1)..];

        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var ok = CvssCalculator.TryScore(text, out var result, out var error);
            return ok
                ? result.Score is >= 0 and <= 10
                : error.Position >= 0 && error.Position <= text.Length && error.Message.Length > 0;
        }).QuickCheckThrowOnFailure();
    }

    private static bool InRange(double score) => score is >= 0.0 and <= 10.0 && Math.Abs((score * 10) - Math.Round(score * 10)) < 1e-9;
}
