using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class UndecidedRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA015", SoaSeverity.Error, "Applicability not decided", SoaRequirements.Soa, SoaRuleInfo.DocumentationUri + "#soa015");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Applicability == Applicability.Undecided && context.Catalog.Contains(entry.ControlId))
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.Applicability),
                    $"Control {entry.ControlId} is undecided (decision required). Decide whether it is applicable (with inclusion reasons) or excluded (with a justification).");
            }
        }
    }
}
