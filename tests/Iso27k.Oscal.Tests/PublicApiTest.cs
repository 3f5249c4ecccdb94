using Iso27k.Tests.Shared;

namespace Iso27k.Oscal.Tests;

public class PublicApiTest
{
    [Fact]
    public void PublicApiMatchesApprovedSnapshot() => PublicApiSnapshot.Verify(typeof(Iso27k.Oscal.OscalCatalog).Assembly);
}
