using System.Collections.Frozen;
using NodaTime;

namespace Iso27k.Soa;

/// <summary>The read-only settings a <see cref="SoaValidator"/> was built with, visible to rules.</summary>
public sealed class SoaValidatorSettings
{
    internal SoaValidatorSettings(
        IClock clock,
        DateTimeZone timeZone,
        Period reviewPeriod,
        FrozenSet<ControlId> unusualExclusions,
        FrozenDictionary<string, SoaSeverity> severityOverrides)
    {
        Clock = clock;
        TimeZone = timeZone;
        ReviewPeriod = reviewPeriod;
        UnusualExclusions = unusualExclusions;
        SeverityOverrides = severityOverrides;
    }

    /// <summary>The clock that gives today's date.</summary>
    public IClock Clock { get; }

    /// <summary>The time zone in which "today" is taken (UTC by default).</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>How long a review stays current (12 months by default).</summary>
    public Period ReviewPeriod { get; }

    /// <summary>Controls whose exclusion is unusual enough to report as information (both editions).</summary>
    public IReadOnlySet<ControlId> UnusualExclusions { get; }

    internal FrozenDictionary<string, SoaSeverity> SeverityOverrides { get; }

    /// <summary>The default unusual exclusions: controls almost every ISMS needs.</summary>
    public static IReadOnlyList<ControlId> DefaultUnusualExclusions { get; } =
    [
        ControlId.Create2022(5, 1), ControlId.Create2022(5, 2), ControlId.Create2022(5, 15), ControlId.Create2022(5, 24),
        ControlId.Create2022(5, 31), ControlId.Create2022(5, 36), ControlId.Create2022(8, 7), ControlId.Create2022(8, 8),
        ControlId.Create2022(8, 13),
        ControlId.Create2013(5, 1, 1), ControlId.Create2013(9, 1, 1), ControlId.Create2013(12, 2, 1), ControlId.Create2013(12, 3, 1),
        ControlId.Create2013(12, 6, 1), ControlId.Create2013(16, 1, 1), ControlId.Create2013(18, 1, 1), ControlId.Create2013(18, 2, 2),
    ];
}
