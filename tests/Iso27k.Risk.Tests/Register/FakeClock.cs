using NodaTime;

namespace Iso27k.Risk.Tests;

// NodaTime.Testing is not available here; this is the small part of its FakeClock the tests need.
internal sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public static FakeClock On(int year, int month, int day) =>
        new(new LocalDate(year, month, day).AtMidnight().InUtc().ToInstant());

    public Instant GetCurrentInstant() => Now;
}
