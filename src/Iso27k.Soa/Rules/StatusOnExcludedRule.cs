using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class StatusOnExcludedRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA013", SoaSeverity.Warning, "Implementation status on an excluded control", SoaRequirements.Soa, SoaRuleInfo.DocumentationUri + "#soa013");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Applicability == Applicability.Excluded && entry.ImplementationStatus is { } status && context.Catalog.Contains(entry.ControlId))
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.ImplementationStatus),
                    $"Control {entry.ControlId} is excluded but has implementation status '{SoaText.Format(status)}'. Remove the status, or make the control applicable if it is in fact implemented.");
            }
        }
    }
}
