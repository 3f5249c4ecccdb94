using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class ApplicableWithoutReasonRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA006", SoaSeverity.Error, "Applicable control without inclusion reason", SoaRequirements.Soa, SoaRuleInfo.DocumentationUri + "#soa006");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Applicability == Applicability.Applicable && entry.InclusionReasons.IsEmpty && context.Catalog.Contains(entry.ControlId))
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.InclusionReasons),
                    $"Control {entry.ControlId} is applicable but gives no reason for inclusion. Add at least one: risk treatment (with the risk ids), legal, contractual or business.");
            }
        }
    }
}
