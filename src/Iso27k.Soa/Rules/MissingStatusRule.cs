using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class MissingStatusRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA016", SoaSeverity.Warning, "Applicable control without implementation status", SoaRequirements.Soa, SoaRuleInfo.DocumentationUri + "#soa016");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Applicability == Applicability.Applicable && entry.ImplementationStatus is null && context.Catalog.Contains(entry.ControlId))
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.ImplementationStatus),
                    $"Control {entry.ControlId} is applicable but its implementation status is not stated. Set not-started, planned, partial or implemented.");
            }
        }
    }
}
