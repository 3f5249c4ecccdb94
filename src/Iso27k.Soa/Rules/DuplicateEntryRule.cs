using System.Globalization;

namespace Iso27k.Soa.Rules;

internal sealed class DuplicateEntryRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA002", SoaSeverity.Error, "Control listed more than once", SoaRequirements.Soa, SoaRuleInfo.DocumentationUri + "#soa002");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var first = context.IndexOf(entries[i].ControlId);
            if (first != i)
            {
                var firstLocation = context.Locate(first);
                context.Report(
                    RuleInfo,
                    entries[i].ControlId,
                    context.Locate(i, SoaField.ControlId),
                    string.Create(CultureInfo.InvariantCulture, $"Control {entries[i].ControlId} is listed again (first at {firstLocation}). Keep one entry per control: merge the two and delete this one."));
            }
        }
    }
}
