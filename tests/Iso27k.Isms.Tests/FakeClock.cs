using NodaTime;

namespace Iso27k.Isms.Tests;

// A settable clock: NodaTime.Testing is not available here.
internal sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public static FakeClock At(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 12, 0));

    public Instant GetCurrentInstant() => Now;
}
