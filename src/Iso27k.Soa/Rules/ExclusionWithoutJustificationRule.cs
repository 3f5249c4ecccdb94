using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class ExclusionWithoutJustificationRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA004", SoaSeverity.Error, "Excluded control without justification", SoaRequirements.Soa, SoaRuleInfo.DocumentationUri + "#soa004");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Applicability == Applicability.Excluded && string.IsNullOrWhiteSpace(entry.ExclusionJustification)
                && context.Catalog.Contains(entry.ControlId))
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.ExclusionJustification),
                    $"Control {entry.ControlId} is excluded without a justification. Say why the control is not needed (e.g. which activity or asset does not exist in the scope), or make it applicable.");
            }
        }
    }
}
