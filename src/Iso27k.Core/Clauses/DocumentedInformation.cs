namespace Iso27k;

/// <summary>One piece of documented information a management-system clause explicitly requires.</summary>
public sealed class DocumentedInformation : IEquatable<DocumentedInformation>
{
    /// <summary>Creates a requirement.</summary>
    /// <param name="kind">Maintained or retained.</param>
    /// <param name="description">What it is, in this project's words (e.g. "ISMS scope").</param>
    /// <param name="note">Why it is listed, where the clause's wording leaves room for doubt.</param>
    public DocumentedInformation(DocumentedInformationKind kind, string description, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Kind = kind;
        Description = description;
        Note = note;
    }

    /// <summary>Maintained or retained.</summary>
    public DocumentedInformationKind Kind { get; }

    /// <summary>What it is, in this project's words.</summary>
    public string Description { get; }

    /// <summary>Why it is listed, where the clause's wording leaves room for doubt; otherwise <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <inheritdoc/>
    public bool Equals(DocumentedInformation? other) =>
        other is not null && Kind == other.Kind && Description == other.Description && Note == other.Note;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentedInformation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Description);

    /// <inheritdoc/>
    public override string ToString() => $"{Description} ({Kind.ToString().ToUpperInvariant()})";
}
