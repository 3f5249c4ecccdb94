using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class MissingControlRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA001", SoaSeverity.Error, "Annex A control missing", SoaRequirements.CompareWithAnnexA, SoaRuleInfo.DocumentationUri + "#soa001");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        foreach (var control in context.Catalog.Controls)
        {
            if (context.IndexOf(control.Id) < 0)
            {
                context.Report(
                    RuleInfo,
                    control.Id,
                    SoaLocation.AtJsonPath("$.entries"),
                    $"Control {control.Id} ({control.Title}) has no entry. Every Annex A control needs one: add it as applicable with its inclusion reasons, or as excluded with a justification.");
            }
        }
    }
}
