namespace Iso27k.Tests;

public class GoldenCountsTest
{
    [Fact]
    public void Catalog2022Has93Controls()
    {
        Assert.Equal(93, IsoCatalogs.Iso27002_2022.Count);
    }
}
