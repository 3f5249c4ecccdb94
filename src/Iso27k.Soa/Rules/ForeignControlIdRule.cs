namespace Iso27k.Soa.Rules;

internal sealed class ForeignControlIdRule : ISoaRule
{
    public static readonly SoaRuleInfo RuleInfo = new("SOA003", SoaSeverity.Error, "Control id not in the edition", SoaRequirements.Soa, SoaRuleInfo.DocumentationUri + "#soa003");

    public SoaRuleInfo Info => RuleInfo;

    public void Evaluate(SoaRuleContext context)
    {
        var entries = context.Statement.Entries;
        var edition = context.Statement.Edition;
        for (var i = 0; i < entries.Length; i++)
        {
            var id = entries[i].ControlId;
            if (context.Catalog.Contains(id))
            {
                continue;
            }

            context.Report(RuleInfo, id, context.Locate(i, SoaField.ControlId), Describe(id, edition));
        }
    }

    private static string Describe(ControlId id, Edition edition)
    {
        var year = edition.ToYearString();
        if (id.Edition == edition)
        {
            var range = edition == Edition.Iso2022 ? "5.1 to 8.34" : "A.5.1.1 to A.18.2.3";
            return $"{id} is not a control of ISO/IEC 27001:{year} Annex A ({range}). Correct the id or delete the entry.";
        }

        if (id.Edition == Edition.Iso2013)
        {
            var suggestions = SoaControlSuggestions.Successors(id);
            var hint = suggestions.IsEmpty
                ? "Replace it with the 2022 control(s) that cover it (see the 2013 to 2022 mapping), or migrate the whole SoA with SoaMigrator."
                : $"It maps to {string.Join(", ", suggestions)} in 2022: move the decision there and delete this entry.";
            return $"{id} is an ISO/IEC 27001:2013 control id, but this SoA is written against the 2022 edition. {hint}";
        }

        return $"{id} is an ISO/IEC 27001:2022 control id, but this SoA is written against the 2013 edition. Use the 2013 id, or migrate the SoA to 2022.";
    }
}
