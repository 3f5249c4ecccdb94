using Iso27k.Tests.Shared;

namespace Iso27k.Risk.Tests;

public class PublicApiTest
{
    [Fact]
    public void PublicApiMatchesApprovedSnapshot() => PublicApiSnapshot.Verify(typeof(Iso27k.Risk.RiskRegister).Assembly);
}
