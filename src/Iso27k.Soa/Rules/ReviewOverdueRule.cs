using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class ReviewOverdueRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA010", SoaSeverity.Warning, "Entry not reviewed within the review period", SoaRequirements.ReviewAndApproval, SoaRuleInfo.DocumentationUri + "#soa010");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        var period = context.Settings.ReviewPeriod;

        // One subtraction per run instead of one addition per entry.
        var cutoff = context.Today.Minus(period);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Applicability == Applicability.Undecided || !context.Catalog.Contains(entry.ControlId))
            {
                continue;
            }

            if (entry.LastReviewed is not { } reviewed)
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.LastReviewed),
                    $"Control {entry.ControlId} has no review date. Review the entry and record the date (YYYY-MM-DD).");
            }
            else if (reviewed < cutoff)
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.LastReviewed),
                    $"Control {entry.ControlId} was last reviewed on {SoaText.Format(reviewed)}, more than {period} before {SoaText.Format(context.Today)}. Review the entry and update the date.");
            }
        }
    }
}
