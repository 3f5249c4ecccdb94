using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class UnknownRiskRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA007", SoaSeverity.Error, "Inclusion reason names an unknown risk", SoaRequirements.RiskTreatment, SoaRuleInfo.DocumentationUri + "#soa007");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        if (context.Risks is not { } risks)
        {
            return;
        }

        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            foreach (var reason in entry.InclusionReasons)
            {
                foreach (var riskId in reason.RiskIds)
                {
                    if (!risks.ContainsRisk(riskId))
                    {
                        context.Report(
                            RuleInfo,
                            entry.ControlId,
                            context.Locate(i, SoaField.InclusionReasons),
                            $"Control {entry.ControlId} is included to treat risk '{riskId}', which is not in the risk register. Correct the risk id, or add the risk to the register.");
                    }
                }
            }
        }
    }
}
