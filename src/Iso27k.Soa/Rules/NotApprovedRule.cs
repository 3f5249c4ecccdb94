using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class NotApprovedRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA011", SoaSeverity.Warning, "SoA not approved", SoaRequirements.ReviewAndApproval, SoaRuleInfo.DocumentationUri + "#soa011");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        if (context.Statement.Approval is null)
        {
            context.Report(
                RuleInfo,
                null,
                context.SourceMap.LocateDocument("approval"),
                "The SoA records no approval. Have it approved by top management or the ISMS owner and record the approver and date.");
        }
    }
}
