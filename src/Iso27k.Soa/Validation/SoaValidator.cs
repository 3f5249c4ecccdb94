using System.Collections.Immutable;
using Iso27k.Soa.Rules;
using NodaTime;

namespace Iso27k.Soa;

/// <summary>
/// Checks a Statement of Applicability against a catalogue of rules and returns every finding.
/// </summary>
/// <remarks>
/// <para>
/// The validator never throws for the content of an SoA: each problem becomes a <see cref="SoaDiagnostic"/>.
/// It is immutable and thread-safe; build one with <see cref="CreateBuilder"/> (to set the clock, the review period,
/// disabled rules, severities and your own <see cref="ISoaRule"/> types) and reuse it.
/// </para>
/// <para>
/// Diagnostics come in rule order (SOA001, SOA002, ...), then user rules in the order added; within a rule, in entry
/// order.
/// </para>
/// </remarks>
public sealed class SoaValidator
{
    private readonly ImmutableArray<ISoaRule> rules;

    internal SoaValidator(ImmutableArray<ISoaRule> rules, SoaValidatorSettings settings)
    {
        this.rules = rules;
        Settings = settings;
        Rules = [.. rules.Select(r => r.Info)];
    }

    /// <summary>A validator with every built-in rule, the system clock, UTC and a 12-month review period.</summary>
    public static SoaValidator Default { get; } = CreateBuilder().Build();

    /// <summary>The built-in rules, in code order, for documentation.</summary>
    public static ImmutableArray<SoaRuleInfo> BuiltInRules { get; } = [.. SoaBuiltInRules.All.Select(r => r.Info)];

    /// <summary>The diagnostics that readers (<see cref="SoaDocument"/>) report, for documentation and SARIF.</summary>
    public static ImmutableArray<SoaRuleInfo> ReadRules => SoaReadRules.All;

    /// <summary>The rules this validator runs, in order.</summary>
    public ImmutableArray<SoaRuleInfo> Rules { get; }

    /// <summary>The settings.</summary>
    public SoaValidatorSettings Settings { get; }

    /// <summary>Starts configuring a validator.</summary>
    /// <returns>A builder with every built-in rule enabled.</returns>
    public static SoaValidatorBuilder CreateBuilder() => new();

    /// <summary>Validates an SoA.</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="risks">The risk register's facts; without them, the risk rules (SOA007, SOA008) stay silent.</param>
    /// <param name="sourceMap">Where entries stood in the source; by default, JSON paths.</param>
    /// <returns>Every finding; empty when there is none.</returns>
    public ImmutableArray<SoaDiagnostic> Validate(StatementOfApplicability statement, SoaRiskContext? risks = null, SoaSourceMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var sink = ImmutableArray.CreateBuilder<SoaDiagnostic>();
        var today = Settings.Clock.GetCurrentInstant().InZone(Settings.TimeZone).Date;
        var context = new SoaRuleContext(statement, risks, sourceMap ?? SoaSourceMap.Json, Settings, today, sink);
        foreach (var rule in rules)
        {
            rule.Evaluate(context);
        }

        return sink.DrainToImmutable();
    }

    /// <summary>
    /// Validates a loaded document: its read diagnostics first, then the rules' findings located in the source.
    /// </summary>
    /// <param name="document">The document from <see cref="SoaDocument.Load(string, SoaFormat?, Edition?)"/>.</param>
    /// <param name="risks">The risk register's facts, if any.</param>
    /// <returns>Every finding. A document that could not be read yields only its read diagnostics.</returns>
    public ImmutableArray<SoaDiagnostic> Validate(SoaDocument document, SoaRiskContext? risks = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Statement is not { } statement)
        {
            return document.Diagnostics;
        }

        return document.Diagnostics.AddRange(Validate(statement, risks, document.SourceMap));
    }
}
