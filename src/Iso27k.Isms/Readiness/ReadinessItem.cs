using System.Collections.Immutable;

namespace Iso27k.Isms;

/// <summary>
/// One piece of evidence the assessor looks for: a documented-information requirement from the clause catalogue
/// (<see cref="Source"/>), or an item this library adds (7.5.1 b) and the recommended context, roles and change records).
/// </summary>
public sealed class ReadinessItem
{
    internal ReadinessItem(string id, string clauseId, string description, bool required, DocumentedInformation? source, ReadinessItemState state, string reason, ImmutableArray<IsmsDiagnostic> diagnostics)
    {
        Id = id;
        ClauseId = clauseId;
        Description = description;
        Required = required;
        Source = source;
        State = state;
        Reason = reason;
        Diagnostics = diagnostics;
    }

    /// <summary>A stable id, e.g. <c>9.2.2/audit-programme</c>.</summary>
    public string Id { get; }

    /// <summary>The clause, e.g. <c>9.2.2</c>.</summary>
    public string ClauseId { get; }

    /// <summary>What is looked for.</summary>
    public string Description { get; }

    /// <summary>Whether the item counts towards the readiness figure (required), or only makes a clause partial (recommended).</summary>
    public bool Required { get; }

    /// <summary>The clause catalogue's documented-information entry this item checks, or <see langword="null"/> for an item of this library.</summary>
    public DocumentedInformation? Source { get; }

    /// <summary>Whether it is there.</summary>
    public ReadinessItemState State { get; }

    /// <summary>One line saying why the item has its state.</summary>
    public string Reason { get; }

    /// <summary>The findings about this item.</summary>
    public ImmutableArray<IsmsDiagnostic> Diagnostics { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {State} ({Reason})";
}
