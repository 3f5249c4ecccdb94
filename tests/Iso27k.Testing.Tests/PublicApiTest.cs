using Iso27k.Tests.Shared;

namespace Iso27k.Testing.Tests;

public class PublicApiTest
{
    [Fact]
    public void PublicApiMatchesApprovedSnapshot() => PublicApiSnapshot.Verify(typeof(FakeClock).Assembly);
}
