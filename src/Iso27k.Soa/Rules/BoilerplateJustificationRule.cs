using System.Collections.Frozen;

namespace Iso27k.Soa.Rules;

internal sealed class BoilerplateJustificationRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA005", SoaSeverity.Error, "Boilerplate exclusion justification", SoaRequirements.Soa, SoaRuleInfo.DocumentationUri + "#soa005");

    // Phrases that restate the decision instead of justifying it.
    private static readonly FrozenSet<string> Boilerplate = FrozenSet.ToFrozenSet(
        [
            "n/a", "na", "n.a", "n a", "not applicable", "non applicable", "not relevant", "irrelevant", "none", "nothing",
            "no", "tbd", "todo", "to do", "tba", "x", "excluded", "exclude", "out of scope", "not in scope", "not needed",
            "not required", "same as above", "see above", "as above", "nil", "null", "ok", "other", "unknown",
        ],
        StringComparer.Ordinal);

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Applicability == Applicability.Excluded && IsBoilerplate(entry.ExclusionJustification) && context.Catalog.Contains(entry.ControlId))
            {
                context.Report(
                    RuleInfo,
                    entry.ControlId,
                    context.Locate(i, SoaField.ExclusionJustification),
                    $"Control {entry.ControlId} is excluded with the boilerplate justification '{entry.ExclusionJustification!.Trim()}'. Say why the control is not needed in this scope (e.g. \"no on-premises data centre: all hosting is with AWS\").");
            }
        }
    }

    // Blank text is SOA004's finding, not this rule's.
    internal static bool IsBoilerplate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        if (letters < 3)
        {
            return true;
        }

        var normalized = string.Join(' ', text.Trim().TrimEnd('.', '!', ' ').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Boilerplate.Contains(normalized);
    }
}
