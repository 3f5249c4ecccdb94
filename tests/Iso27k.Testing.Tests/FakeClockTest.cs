using NodaTime;

namespace Iso27k.Testing.Tests;

public class FakeClockTest
{
    [Fact]
    public void ReadsTheSameInstantUntilMoved()
    {
        var clock = FakeClock.FromUtc(2026, 3, 15);
        Assert.Equal(Instant.FromUtc(2026, 3, 15, 0, 0), clock.GetCurrentInstant());
        Assert.Equal(Instant.FromUtc(2026, 3, 15, 0, 0), clock.GetCurrentInstant());
        clock.AdvanceDays(2);
        Assert.Equal(Instant.FromUtc(2026, 3, 17, 0, 0), clock.Now);
        clock.Reset(new LocalDate(2027, 1, 1));
        Assert.Equal(Instant.FromUtc(2027, 1, 1, 0, 0), clock.GetCurrentInstant());
    }

    [Fact]
    public void AdvancesAfterEachReadGivenAutoAdvance()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 12, 0), Duration.FromMinutes(5));
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 12, 0), clock.GetCurrentInstant());
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 12, 5), clock.GetCurrentInstant());
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 12, 10), clock.Now);
    }

    [Fact]
    public void CountsEveryReadGivenReadsFromManyThreads()
    {
        var clock = new FakeClock(Instant.FromUnixTimeTicks(0), Duration.FromTicks(1));
        Parallel.For(0, 64, _ =>
        {
            for (var i = 0; i < 1000; i++)
            {
                clock.GetCurrentInstant();
            }
        });
        Assert.Equal(Instant.FromUnixTimeTicks(64_000), clock.Now);
    }

    [Fact]
    public void ThrowsGivenNegativeAutoAdvance() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0), Duration.FromSeconds(-1)));
}
