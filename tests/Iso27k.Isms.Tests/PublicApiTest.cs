using Iso27k.Tests.Shared;

namespace Iso27k.Isms.Tests;

public class PublicApiTest
{
    [Fact]
    public void PublicApiMatchesApprovedSnapshot() => PublicApiSnapshot.Verify(typeof(Iso27k.Isms.IsmsRecord).Assembly);
}
