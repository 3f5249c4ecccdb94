using Iso27k.Risk.Cvss;
using Iso27k.Risk.Owasp;

namespace Iso27k.Testing.Tests;

// Hostile input for every parser and reader: the only exception is the documented one, every failure names the
// position and what was expected, and valid input round-trips exactly.
public sealed partial class HostileInputTest
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void ControlIdFailsWithAMessageQuotingTheTextAndTheExpectation()
    {
        Prop.ForAll(Iso27kArbitraries.HostileControlIdText(), text =>
            {
                if (ControlId.TryParse(text.AsSpan(), out var id, out var error))
                {
                    return (ControlId.Parse(id.ToString()) == id && ControlId.Parse(text) == id).ToProperty();
                }

                var thrown = Assert.Throws<FormatException>(() => ControlId.Parse(text));
                return (thrown.Message == error && error.Contains("expected", StringComparison.Ordinal)
                        && error.StartsWith('\'' + (text.Length > 64 ? text[..64] : text), StringComparison.Ordinal))
                    .Label(error);
            })
            .Check(Cases);
    }

    [Fact]
    public void CvssVectorsFailWithThePositionAndTheExpectation()
    {
        Prop.ForAll(Iso27kArbitraries.HostileCvssVector(), text =>
            {
                var v3 = CvssV31Vector.TryParse(text, out var vector3, out var e3);
                var v4 = CvssV40Vector.TryParse(text, out var vector4, out var e4);
                var any = CvssCalculator.TryScore(text, out var result, out var e);
                if (v3)
                {
                    Assert.Equal(vector3, CvssV31Vector.Parse(vector3.ToString()));
                }
                else
                {
                    Assert.Throws<FormatException>(() => CvssV31Vector.Parse(text));
                }

                if (v4)
                {
                    Assert.Equal(vector4, CvssV40Vector.Parse(vector4.ToString()));
                }
                else
                {
                    Assert.Throws<FormatException>(() => CvssV40Vector.Parse(text));
                }

                return ((v3 || Names(e3, text)) && (v4 || Names(e4, text)) && (any ? result.Score is >= 0 and <= 10 : Names(e, text)))
                    .Label($"{e3.Message} | {e4.Message} | {e.Message}");
            })
            .Check(Cases);

        static bool Names(CvssParseError error, string text) =>
            error.IsError && error.Position >= 0 && error.Position <= text.Length
            && (error.Message.Contains("position", StringComparison.Ordinal) || error.Message.Contains("does not start with '", StringComparison.Ordinal)
                || error.Message.Contains(" is missing;", StringComparison.Ordinal) || error.Message.Contains("expected", StringComparison.Ordinal))
            && error.Message.Length > 30;
    }

    [Fact]
    public void OwaspVectorsFailWithThePositionAndTheExpectation()
    {
        Prop.ForAll(Iso27kArbitraries.HostileOwaspVector(), text =>
            {
                if (OwaspVector.TryParse(text.AsSpan(), out var vector, out var error))
                {
                    return (OwaspVector.Parse(vector.ToString()) == vector).ToProperty();
                }

                Assert.Throws<FormatException>(() => OwaspVector.Parse(text));
                return (error.Position >= 0 && error.Position <= text.Length
                        && error.Message.Contains("at position", StringComparison.Ordinal)
                        && error.Message.Length > 40)
                    .Label(error.Message);
            })
            .Check(Cases);
    }

    [Fact]
    public void ValidOwaspVectorsRoundTripExactly()
    {
        Prop.ForAll(Iso27kGenerators.OwaspVector.ToArbitrary(), vector =>
                OwaspVector.Parse(vector.ToString()) == vector && OwaspVector.Parse("(" + vector + ")").ToString() == vector.ToString())
            .Check(Cases);
    }
}
