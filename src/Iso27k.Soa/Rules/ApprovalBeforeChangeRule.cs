using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class ApprovalBeforeChangeRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA012", SoaSeverity.Warning, "Approval older than the last change", SoaRequirements.ReviewAndApproval, SoaRuleInfo.DocumentationUri + "#soa012");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        if (context.Statement.Approval is not { } approval)
        {
            return;
        }

        var lastChange = context.Statement.LastModified;
        if (lastChange is null)
        {
            foreach (var entry in context.Statement.Entries)
            {
                if (entry.LastReviewed is { } reviewed && (lastChange is null || reviewed > lastChange))
                {
                    lastChange = reviewed;
                }
            }
        }

        if (lastChange is { } changed && approval.Date < changed)
        {
            context.Report(
                RuleInfo,
                null,
                context.SourceMap.LocateDocument("approval"),
                $"The SoA was approved on {SoaText.Format(approval.Date)} but changed on {SoaText.Format(changed)}. Have the current version approved again and record the new date.");
        }
    }
}
