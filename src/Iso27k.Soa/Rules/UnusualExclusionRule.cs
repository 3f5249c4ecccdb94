using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class UnusualExclusionRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA014", SoaSeverity.Info, "Unusual exclusion", SoaRequirements.CompareWithAnnexA, SoaRuleInfo.DocumentationUri + "#soa014");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        var unusual = context.Settings.UnusualExclusions;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Applicability == Applicability.Excluded && unusual.Contains(entry.ControlId) && context.Catalog.TryGetControl(entry.ControlId, out var control))
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.Applicability),
                    $"Control {entry.ControlId} ({control.Title}) is excluded; almost every ISMS needs it. Check that the justification will convince an auditor.");
            }
        }
    }
}
