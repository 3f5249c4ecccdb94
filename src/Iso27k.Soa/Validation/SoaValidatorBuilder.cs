using System.Collections.Frozen;
using Iso27k.Soa.Rules;
using NodaTime;

namespace Iso27k.Soa;

/// <summary>
/// Fluent configuration of a <see cref="SoaValidator"/>: clock, time zone, review period, unusual exclusions,
/// disabled rules, severity overrides and user rules.
/// </summary>
/// <example>
/// <code>
/// var validator = SoaValidator.CreateBuilder()
///     .WithClock(clock)
///     .WithReviewPeriod(Period.FromMonths(6))
///     .Disable("SOA014")
///     .AddRule(new MyOwnerFormatRule())
///     .Build();
/// </code>
/// </example>
public sealed class SoaValidatorBuilder
{
    private readonly List<ISoaRule> extraRules = [];
    private readonly HashSet<string> disabled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SoaSeverity> severities = new(StringComparer.Ordinal);
    private IClock clock = SystemClock.Instance;
    private DateTimeZone timeZone = DateTimeZone.Utc;
    private Period reviewPeriod = Period.FromMonths(12);
    private IEnumerable<ControlId> unusualExclusions = SoaValidatorSettings.DefaultUnusualExclusions;

    internal SoaValidatorBuilder()
    {
    }

    /// <summary>Sets the clock that gives today's date (the system clock by default).</summary>
    /// <param name="value">The clock.</param>
    /// <returns>This builder.</returns>
    public SoaValidatorBuilder WithClock(IClock value)
    {
        ArgumentNullException.ThrowIfNull(value);
        clock = value;
        return this;
    }

    /// <summary>Sets the time zone in which "today" is taken (UTC by default).</summary>
    /// <param name="value">The zone.</param>
    /// <returns>This builder.</returns>
    public SoaValidatorBuilder WithTimeZone(DateTimeZone value)
    {
        ArgumentNullException.ThrowIfNull(value);
        timeZone = value;
        return this;
    }

    /// <summary>Sets how long a review stays current (12 months by default).</summary>
    /// <param name="value">A positive period of whole days, weeks, months or years.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The period has a time part, or is zero or negative.</exception>
    public SoaValidatorBuilder WithReviewPeriod(Period value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.HasTimeComponent || !value.HasDateComponent || value.Years < 0 || value.Months < 0 || value.Weeks < 0 || value.Days < 0)
        {
            throw new ArgumentException($"The review period must be a positive date period such as P12M; got {value}.", nameof(value));
        }

        reviewPeriod = value;
        return this;
    }

    /// <summary>Replaces the controls whose exclusion is reported as unusual (SOA014).</summary>
    /// <param name="controls">The controls, of either edition.</param>
    /// <returns>This builder.</returns>
    public SoaValidatorBuilder WithUnusualExclusions(IEnumerable<ControlId> controls)
    {
        ArgumentNullException.ThrowIfNull(controls);
        unusualExclusions = [.. controls];
        return this;
    }

    /// <summary>Disables rules by code (built-in or added).</summary>
    /// <param name="codes">The codes, e.g. <c>SOA014</c>.</param>
    /// <returns>This builder.</returns>
    public SoaValidatorBuilder Disable(params IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        foreach (var code in codes)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(code, nameof(codes));
            disabled.Add(code);
        }

        return this;
    }

    /// <summary>Reports a rule's findings with another severity.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="severity">The severity to use.</param>
    /// <returns>This builder.</returns>
    public SoaValidatorBuilder WithSeverity(string code, SoaSeverity severity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Expected Info, Warning or Error.");
        }

        severities[code] = severity;
        return this;
    }

    /// <summary>Adds a rule of your own; it runs after the built-in rules, in the order added.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">Another rule already has the rule's code.</exception>
    public SoaValidatorBuilder AddRule(ISoaRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(rule.Info, nameof(rule));
        var code = rule.Info.Code;
        if (SoaBuiltInRules.All.Any(r => r.Info.Code == code) || extraRules.Any(r => r.Info.Code == code))
        {
            throw new ArgumentException($"A rule with code '{code}' is already registered; give your rule its own code.", nameof(rule));
        }

        extraRules.Add(rule);
        return this;
    }

    /// <summary>Builds the validator.</summary>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentException">A disabled or re-severitied code names no rule.</exception>
    public SoaValidator Build()
    {
        var all = SoaBuiltInRules.All.Concat(extraRules).ToList();
        foreach (var code in disabled.Concat(severities.Keys))
        {
            if (!all.Exists(r => r.Info.Code == code))
            {
                throw new ArgumentException($"No rule has code '{code}'. Known codes: {string.Join(", ", all.Select(r => r.Info.Code))}.");
            }
        }

        var settings = new SoaValidatorSettings(
            clock,
            timeZone,
            reviewPeriod,
            unusualExclusions.ToFrozenSet(),
            severities.ToFrozenDictionary(StringComparer.Ordinal));
        return new SoaValidator([.. all.Where(r => !disabled.Contains(r.Info.Code))], settings);
    }
}
