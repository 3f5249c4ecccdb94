namespace Iso27k;

/// <summary>A completeness problem that <see cref="Catalog.Validate"/> found in a catalog.</summary>
public sealed class CatalogProblem
{
    internal CatalogProblem(ControlId? controlId, string message)
    {
        ControlId = controlId;
        Message = message;
    }

    /// <summary>The control concerned, if the problem concerns one.</summary>
    public ControlId? ControlId { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => ControlId is { } id ? $"{id}: {Message}" : Message;
}
