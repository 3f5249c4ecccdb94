using System.Collections.Immutable;

namespace Iso27k.Soa;

/// <summary>The migration report's line for one 2022 control: sources, rule applied, result, conflicts and decisions.</summary>
public sealed class SoaMigrationItem
{
    internal SoaMigrationItem(
        ControlId controlId,
        ImmutableArray<SoaMigrationSource> sources,
        SoaMigrationRule rule,
        Applicability result,
        ImmutableArray<string> conflicts,
        ImmutableArray<string> decisions)
    {
        ControlId = controlId;
        Sources = sources;
        Rule = rule;
        Result = result;
        Conflicts = conflicts;
        Decisions = decisions;
    }

    /// <summary>The 2022 control.</summary>
    public ControlId ControlId { get; }

    /// <summary>The 2013 controls mapped to it, in id order (empty for a new control).</summary>
    public ImmutableArray<SoaMigrationSource> Sources { get; }

    /// <summary>The rule applied.</summary>
    public SoaMigrationRule Rule { get; }

    /// <summary>The applicability of the draft entry.</summary>
    public Applicability Result { get; }

    /// <summary>Disagreements between the sources that the rules settled (as "applicable").</summary>
    public ImmutableArray<string> Conflicts { get; }

    /// <summary>What a person must decide or check before the draft can be approved.</summary>
    public ImmutableArray<string> Decisions { get; }
}
