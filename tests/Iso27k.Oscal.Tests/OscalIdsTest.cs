using Iso27k.Oscal.Internal;

namespace Iso27k.Oscal.Tests;

public class OscalIdsTest
{
    [Theory]
    [InlineData("5.23", "iso27002-2022-5.23")]
    [InlineData("A.12.4.1", "iso27001-2013-a.12.4.1")]
    public void ControlIdsBecomeTokens(string id, string token) => Assert.Equal(token, OscalIds.ForControl(ControlId.Parse(id)));

    [Theory]
    [InlineData("iso27002-2022-5.23", "5.23")]
    [InlineData("iso27001-2013-a.12.4.1", "A.12.4.1")]
    [InlineData("a.12.4.1", "A.12.4.1")]
    [InlineData("A.5.1", "5.1")]
    [InlineData("iso27001_a.5.1.1", "A.5.1.1")]
    public void TokensParseBack(string token, string id)
    {
        Assert.True(OscalIds.TryParseControl(token, out var parsed));
        Assert.Equal(ControlId.Parse(id), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ac-1")]
    [InlineData("iso27002-2022-theme-5")]
    public void OtherTokensAreNotControls(string? token) => Assert.False(OscalIds.TryParseControl(token, out _));

    [Fact]
    public void GroupsBecomeTokens()
    {
        Assert.Equal("iso27002-2022-theme-5", OscalIds.ForGroup(Edition.Iso2022, "5"));
        Assert.Equal("iso27001-2013-a.12.4", OscalIds.ForGroup(Edition.Iso2013, "A.12.4"));
    }

    [Fact]
    public void Version5UuidsMatchTheRfcExample()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "www.example.com")
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", OscalUuid.Create(dns, "www.example.com"));
    }

    [Fact]
    public void OscalVersionsParseAndFormat()
    {
        Assert.Equal("1.1.3", OscalVersion.V113.ToVersionString());
        Assert.True(OscalVersionExtensions.TryParseOscalVersion("v1.2.2", out var v));
        Assert.Equal(OscalVersion.V122, v);
        Assert.False(OscalVersionExtensions.TryParseOscalVersion("1.0.0", out _));
    }
}
