using System.Collections.Immutable;

namespace Iso27k.Soa.Rules;

internal static class SoaBuiltInRules
{
    public static readonly ImmutableArray<ISoaRule> All =
    [
        new MissingControlRule(),
        new DuplicateEntryRule(),
        new ForeignControlIdRule(),
        new ExclusionWithoutJustificationRule(),
        new BoilerplateJustificationRule(),
        new ApplicableWithoutReasonRule(),
        new UnknownRiskRule(),
        new RiskSelectedButExcludedRule(),
        new ImplementedWithoutEvidenceRule(),
        new ReviewOverdueRule(),
        new NotApprovedRule(),
        new ApprovalBeforeChangeRule(),
        new StatusOnExcludedRule(),
        new UnusualExclusionRule(),
        new UndecidedRule(),
        new MissingStatusRule(),
    ];
}
