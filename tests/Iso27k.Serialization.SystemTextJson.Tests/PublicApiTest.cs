using Iso27k.Tests.Shared;

namespace Iso27k.Serialization.SystemTextJson.Tests;

public class PublicApiTest
{
    [Fact]
    public void PublicApiMatchesApprovedSnapshot() => PublicApiSnapshot.Verify(typeof(Iso27k.Serialization.SystemTextJson.Iso27kJsonContext).Assembly);
}
