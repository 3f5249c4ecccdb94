namespace Iso27k.Soa.Tests;

public sealed class StatementOfApplicabilityTest
{
    [Fact]
    public void CreatesTemplateWithEveryControlUndecided()
    {
        var template = StatementOfApplicability.CreateTemplate(Edition.Iso2022);
        Assert.Equal(93, template.Entries.Length);
        Assert.All(template.Entries, e => Assert.Equal(Applicability.Undecided, e.Applicability));
        Assert.Equal(114, StatementOfApplicability.CreateTemplate(Edition.Iso2013).Entries.Length);
    }

    [Fact]
    public void WithMethodsReturnChangedCopiesAndLeaveOriginal()
    {
        var soa = SoaFixtures.Complete();
        var changed = soa.WithOrganization("Other").WithEntry(SoaFixtures.GoodExclusion(SoaFixtures.C5_23));
        Assert.Equal("Example SaaS GmbH", soa.Organization);
        Assert.Equal(Applicability.Applicable, soa.FindEntry(SoaFixtures.C5_23)!.Applicability);
        Assert.Equal(Applicability.Excluded, changed.FindEntry(SoaFixtures.C5_23)!.Applicability);
        Assert.Equal(93, changed.Entries.Length);
        Assert.NotEqual(soa, changed);
        Assert.Equal(soa, soa.ToBuilder().ToStatement());
    }

    [Fact]
    public void BuilderSetReplacesEveryDuplicateKeepingFirstPosition()
    {
        var builder = StatementOfApplicability.CreateBuilder(Edition.Iso2022);
        builder.Add(new SoaEntry(SoaFixtures.C7_4)).Add(new SoaEntry(SoaFixtures.C5_23)).Add(new SoaEntry(SoaFixtures.C7_4));
        builder.Update(SoaFixtures.C7_4, e => e.WithNotes("kept"));
        var soa = builder.ToStatement();
        Assert.Equal([SoaFixtures.C7_4, SoaFixtures.C5_23], soa.Entries.Select(e => e.ControlId));
        Assert.Equal("kept", soa.Entries[0].Notes);
    }

    [Fact]
    public void StoresEmptyStringsAsNull()
    {
        var entry = new SoaEntry(SoaFixtures.C5_23).WithOwner(string.Empty).WithNotes(string.Empty);
        Assert.Null(entry.Owner);
        Assert.Null(entry.Notes);
    }

    [Fact]
    public void ThrowsAtOnceOnApiMisuse()
    {
        Assert.Throws<ArgumentException>(() => new SoaEntry(default));
        Assert.Throws<ArgumentException>(() => InclusionReason.RiskTreatment());
        Assert.Throws<ArgumentException>(() => InclusionReason.RiskTreatment("R-1;R-2"));
        Assert.Throws<ArgumentOutOfRangeException>(() => InclusionReason.Of(InclusionReasonKind.RiskTreatment));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatementOfApplicability((Edition)2017, []));
        Assert.Throws<ArgumentException>(() => new SoaUnknownProperty("x", "{not json"));
    }

    [Fact]
    public void FormatsReasonsInCsvWords()
    {
        Assert.Equal("risk:R-1;risk:R-2", InclusionReason.RiskTreatment("R-1", "R-2").ToString());
        Assert.Equal("contractual", InclusionReason.Contractual.ToString());
        Assert.Equal("5.23 applicable (partial)", SoaEntry.Applicable(SoaFixtures.C5_23, InclusionReason.Legal).WithImplementationStatus(ImplementationStatus.PartiallyImplemented).ToString());
    }
}
