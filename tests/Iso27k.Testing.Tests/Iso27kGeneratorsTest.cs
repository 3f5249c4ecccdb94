using Iso27k.Risk;
using Iso27k.Risk.Cvss;
using Iso27k.Risk.Owasp;

namespace Iso27k.Testing.Tests;

// The valid generators really are valid: each value is accepted and round-trips, so hostile tests built on them
// start from good input.
public class Iso27kGeneratorsTest
{
    [Fact]
    public void ControlIdTextParsesAndFormatsBackToTheSameId()
    {
        Prop.ForAll(Iso27kArbitraries.ControlIdText(), text =>
            ControlId.TryParse(text, out var id) && ControlId.Parse(id.ToString()) == id)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ControlIdsBelongToTheirEditionsCatalog()
    {
        Prop.ForAll(Iso27kArbitraries.ControlId(), id => IsoCatalogs.ForEdition(id.Edition).Contains(id)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CvssVectorsParseToTheirCanonicalForm()
    {
        Prop.ForAll(Iso27kArbitraries.CvssV31(), v => CvssV31Vector.Parse(v.Text).ToString() == v.Canonical).QuickCheckThrowOnFailure();
        Prop.ForAll(Iso27kArbitraries.CvssV40(), v => CvssV40Vector.Parse(v.Text).ToString() == v.Canonical).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void OwaspVectorTextParses()
    {
        Prop.ForAll(Iso27kArbitraries.OwaspVectorText(), text => OwaspVector.TryParse(text, out _)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void RiskRegistersReadBackEqualAndValidateWithoutStructuralErrors()
    {
        Prop.ForAll(Iso27kArbitraries.RiskRegister(), register =>
            {
                var json = RiskRegisterJson.ToJson(register);
                var read = RiskRegisterJson.Parse(json);
                return (read.Succeeded && read.Value!.Equals(register) && RiskRegisterJson.ToJson(read.Value) == json)
                    .Label(string.Join("; ", read.Diagnostics));
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void MutatedDocumentsDifferFromTheOriginal()
    {
        var original = "{\n  \"a\": 1,\n  \"b\": \"x\"\n}\n"u8.ToArray();
        var samples = Iso27kGenerators.MutatedDocument(original).Sample(200);
        Assert.True(samples.Count(s => !s.AsSpan().SequenceEqual(original)) > 150);
    }

    [Fact]
    public void DeeplyNestedJsonHasTheRequestedDepth()
    {
        Assert.Equal("[[[]]]", Iso27kGenerators.DeeplyNestedJson(3));
        Assert.Equal(20_000, Iso27kGenerators.DeeplyNestedJson(10_000).Length);
    }
}
