using System.Collections.Immutable;

namespace Iso27k.Isms;

/// <summary>The readiness of one clause or sub-clause, with the items checked under it and its sub-clauses.</summary>
public sealed class ClauseReadiness
{
    internal ClauseReadiness(Clause clause, ReadinessStatus status, ImmutableArray<ReadinessItem> items)
    {
        Clause = clause;
        Status = status;
        Items = items;
        Diagnostics = [.. items.SelectMany(i => i.Diagnostics)];
    }

    /// <summary>The clause, from <see cref="IsoCatalogs.Iso27001_2022Clauses"/> (title, summary, requirement, documented information).</summary>
    public Clause Clause { get; }

    /// <summary>The clause's status, from its own items and those of its sub-clauses.</summary>
    public ReadinessStatus Status { get; }

    /// <summary>The items checked under this clause and its sub-clauses.</summary>
    public ImmutableArray<ReadinessItem> Items { get; }

    /// <summary>The findings about those items.</summary>
    public ImmutableArray<IsmsDiagnostic> Diagnostics { get; }

    /// <summary>The reasons for the status: one line per item not satisfied.</summary>
    public ImmutableArray<string> Reasons => [.. Items.Where(i => i.State != ReadinessItemState.Satisfied).Select(i => $"{i.Description}: {i.Reason}")];

    /// <inheritdoc/>
    public override string ToString() => $"{Clause.Id} {Status}";
}
