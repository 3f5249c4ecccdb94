using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class ImplementedWithoutEvidenceRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA009", SoaSeverity.Warning, "Implemented control without evidence", SoaRequirements.Evidence, SoaRuleInfo.DocumentationUri + "#soa009");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.ImplementationStatus == ImplementationStatus.Implemented && entry.Applicability != Applicability.Excluded
                && !HasEvidence(entry) && context.Catalog.Contains(entry.ControlId))
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.Evidence),
                    $"Control {entry.ControlId} is marked implemented but cites no evidence. Add references an auditor can check (policy id, ticket, report, configuration export).");
            }
        }
    }

    private static bool HasEvidence(SoaEntry entry)
    {
        foreach (var item in entry.Evidence)
        {
            if (!string.IsNullOrWhiteSpace(item))
            {
                return true;
            }
        }

        return false;
    }
}
