using Iso27k.Tests.Shared;

namespace Iso27k.Tests;

public class PublicApiTest
{
    [Fact]
    public void PublicApiMatchesApprovedSnapshot() => PublicApiSnapshot.Verify(typeof(Iso27k.Catalog).Assembly);
}
