using NodaTime;

namespace Iso27k.Testing;

/// <summary>
/// A clock for tests: it reads a settable instant, and may advance by a fixed step each time it is read.
/// </summary>
/// <remarks>
/// Give it to anything that takes a NodaTime <see cref="IClock"/> (<c>SoaValidator.CreateBuilder().WithClock(...)</c>,
/// <c>new RiskRegisterValidator(clock)</c>) so that date-dependent rules are deterministic. Safe to share between
/// threads: every read and change is atomic.
/// </remarks>
public sealed class FakeClock : IClock
{
    private readonly object gate = new();
    private Instant now;

    /// <summary>Creates a clock at an instant.</summary>
    /// <param name="initial">The instant the clock reads first.</param>
    /// <param name="autoAdvance">How far the clock moves after each read; zero (the default) keeps it still.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="autoAdvance"/> is negative.</exception>
    public FakeClock(Instant initial, Duration autoAdvance = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(autoAdvance, Duration.Zero);
        now = initial;
        AutoAdvance = autoAdvance;
    }

    /// <summary>How far the clock moves after each <see cref="GetCurrentInstant"/>.</summary>
    public Duration AutoAdvance { get; }

    /// <summary>The instant the next read returns, without advancing the clock.</summary>
    public Instant Now
    {
        get
        {
            lock (gate)
            {
                return now;
            }
        }
    }

    /// <summary>A still clock at midnight UTC at the start of a day.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The clock.</returns>
    public static FakeClock FromUtc(int year, int month, int day) => new(Instant.FromUtc(year, month, day, 0, 0));

    /// <summary>A still clock at a UTC date and time.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="hour">The hour, 0 to 23.</param>
    /// <param name="minute">The minute, 0 to 59.</param>
    /// <returns>The clock.</returns>
    public static FakeClock FromUtc(int year, int month, int day, int hour, int minute) =>
        new(Instant.FromUtc(year, month, day, hour, minute));

    /// <summary>Returns the current instant, then moves the clock by <see cref="AutoAdvance"/>.</summary>
    /// <returns>The instant before advancing.</returns>
    public Instant GetCurrentInstant()
    {
        lock (gate)
        {
            var result = now;
            now += AutoAdvance;
            return result;
        }
    }

    /// <summary>Moves the clock (backwards when negative).</summary>
    /// <param name="duration">How far.</param>
    public void Advance(Duration duration)
    {
        lock (gate)
        {
            now += duration;
        }
    }

    /// <summary>Moves the clock by whole days of 24 hours.</summary>
    /// <param name="days">How many days (backwards when negative).</param>
    public void AdvanceDays(int days) => Advance(Duration.FromDays(days));

    /// <summary>Sets the clock to an instant.</summary>
    /// <param name="instant">The new reading.</param>
    public void Reset(Instant instant)
    {
        lock (gate)
        {
            now = instant;
        }
    }

    /// <summary>Sets the clock to midnight UTC at the start of a day.</summary>
    /// <param name="date">The day.</param>
    public void Reset(LocalDate date) => Reset(date.AtMidnight().InUtc().ToInstant());
}
