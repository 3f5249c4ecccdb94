namespace Iso27k.Isms;

/// <summary>One step of the path to certification, with its completion derived from the record.</summary>
public sealed class CertificationStep
{
    internal CertificationStep(int order, string title, string clauses, CertificationStepStatus status, string detail)
    {
        Order = order;
        Title = title;
        Clauses = clauses;
        Status = status;
        Detail = detail;
    }

    /// <summary>The position, from 1.</summary>
    public int Order { get; }

    /// <summary>The step, e.g. "Internal audit and management review".</summary>
    public string Title { get; }

    /// <summary>The clauses the step concerns, e.g. <c>9.2, 9.3</c>.</summary>
    public string Clauses { get; }

    /// <summary>Where it stands.</summary>
    public CertificationStepStatus Status { get; }

    /// <summary>Why: what the record shows and what is left.</summary>
    public string Detail { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Order}. {Title}: {Status} ({Detail})";
}
