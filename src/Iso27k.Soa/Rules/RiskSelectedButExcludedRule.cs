using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class RiskSelectedButExcludedRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA008", SoaSeverity.Error, "Control selected by risk treatment but excluded", SoaRequirements.RiskTreatment, SoaRuleInfo.DocumentationUri + "#soa008");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        if (context.Risks is not { } risks)
        {
            return;
        }

        var entries = context.Statement.Entries;
        foreach (var controlId in risks.SelectedControls)
        {
            var index = context.IndexOf(controlId);
            if (index >= 0 && entries[index].Applicability == Applicability.Excluded)
            {
                context.Report(
                    RuleInfo,
                    controlId,
                    context.Locate(index, SoaField.Applicability),
                    $"Control {controlId} is excluded, but the risk treatment plan selects it for {string.Join(", ", risks.RisksSelecting(controlId))}. Make it applicable with those risks as reasons, or change the treatment plan.");
            }
        }
    }
}
