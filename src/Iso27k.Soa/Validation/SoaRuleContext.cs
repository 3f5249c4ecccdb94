using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Soa;

/// <summary>
/// What a rule sees during one validation: the SoA, its edition's catalog, the optional risk context, today's date,
/// the configured settings, a lookup of entries by control, and the sink for findings.
/// </summary>
/// <remarks>Created by <see cref="SoaValidator"/> for one run; not thread-safe, not to be kept after the run.</remarks>
public sealed class SoaRuleContext
{
    private readonly ImmutableArray<SoaDiagnostic>.Builder sink;
    private readonly FrozenDictionary<string, SoaSeverity> severities;
    private readonly Dictionary<ControlId, int> firstIndex;

    internal SoaRuleContext(
        StatementOfApplicability statement,
        SoaRiskContext? risks,
        SoaSourceMap sourceMap,
        SoaValidatorSettings settings,
        LocalDate today,
        ImmutableArray<SoaDiagnostic>.Builder sink)
    {
        Statement = statement;
        Catalog = IsoCatalogs.ForEdition(statement.Edition);
        Risks = risks;
        SourceMap = sourceMap;
        Settings = settings;
        Today = today;
        this.sink = sink;
        severities = settings.SeverityOverrides;
        firstIndex = new Dictionary<ControlId, int>(statement.Entries.Length);
        var entries = statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            firstIndex.TryAdd(entries[i].ControlId, i);
        }
    }

    /// <summary>The SoA being validated.</summary>
    public StatementOfApplicability Statement { get; }

    /// <summary>The Annex A catalog of the SoA's edition.</summary>
    public Catalog Catalog { get; }

    /// <summary>The risk register's facts, or <see langword="null"/> when none was supplied (risk rules then stay silent).</summary>
    public SoaRiskContext? Risks { get; }

    /// <summary>Where entries stood in the source document.</summary>
    public SoaSourceMap SourceMap { get; }

    /// <summary>The validator's settings (review period, unusual exclusions, ...).</summary>
    public SoaValidatorSettings Settings { get; }

    /// <summary>Today's date according to the validator's clock and time zone.</summary>
    public LocalDate Today { get; }

    /// <summary>The index of the first entry for a control, or -1.</summary>
    /// <param name="controlId">The control.</param>
    /// <returns>The index into <see cref="StatementOfApplicability.Entries"/>.</returns>
    public int IndexOf(ControlId controlId) => firstIndex.TryGetValue(controlId, out var index) ? index : -1;

    /// <summary>The location of an entry's field in the source document.</summary>
    /// <param name="entryIndex">The entry's index.</param>
    /// <param name="field">The field.</param>
    /// <returns>The location.</returns>
    public SoaLocation Locate(int entryIndex, SoaField field = SoaField.Entry) => SourceMap.Locate(entryIndex, field);

    /// <summary>Reports a finding with the rule's (possibly reconfigured) severity and requirement.</summary>
    /// <param name="rule">The rule reporting.</param>
    /// <param name="controlId">The control concerned, if any.</param>
    /// <param name="location">Where.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public void Report(SoaRuleInfo rule, ControlId? controlId, SoaLocation location, string message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var severity = severities.TryGetValue(rule.Code, out var configured) ? configured : rule.Severity;
        sink.Add(new SoaDiagnostic(rule.Code, severity, controlId, location, message, rule.Requirement));
    }
}
