namespace Iso27k.Isms;

/// <summary>
/// One finding about an ISMS record, from the reader (ISMS1xx, or the embedded SoA's and register's own codes) or from
/// <see cref="ReadinessAssessor"/> (ISMS001 to ISMS0xx): a stable code, a severity, the clause and JSON path it
/// concerns, and a message saying what is wrong and how to fix it.
/// </summary>
public sealed class IsmsDiagnostic : IEquatable<IsmsDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, e.g. <c>ISMS010</c>; see <see cref="IsmsDiagnosticCodes"/>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="clauseId">The ISO/IEC 27001:2022 clause concerned, e.g. <c>9.2.2</c>, if any.</param>
    /// <param name="path">The JSON path in the record format (<c>$.internalAudit.audits[1].heldOn</c>), if any.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="file">The referenced file the finding comes from (an SoA or register file), if not the record itself.</param>
    /// <exception cref="ArgumentException">The code or message is blank.</exception>
    public IsmsDiagnostic(string code, IsmsSeverity severity, string? clauseId, string? path, string message, string? file = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Severity = severity;
        ClauseId = clauseId;
        Path = path;
        Message = message;
        File = file;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public IsmsSeverity Severity { get; }

    /// <summary>The clause concerned, or <see langword="null"/>.</summary>
    public string? ClauseId { get; }

    /// <summary>The JSON path, or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>The referenced file the finding comes from, or <see langword="null"/> for the record itself.</summary>
    public string? File { get; }

    /// <inheritdoc/>
    public bool Equals(IsmsDiagnostic? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && ClauseId == other.ClauseId && Path == other.Path
        && Message == other.Message && File == other.File;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IsmsDiagnostic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, ClauseId, Path);

    /// <summary>Returns a one-line form: <c>ISMS010 error 9.2.2 at $.internalAudit.audits[0]: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var clause = ClauseId is null ? string.Empty : " " + ClauseId;
        var where = (File, Path) switch
        {
            (null, null) => string.Empty,
            (null, var p) => $" at {p}",
            (var f, null) => $" in {f}",
            (var f, var p) => $" in {f} at {p}",
        };
        return $"{Code} {IsmsText.Level(Severity)}{clause}{where}: {Message}";
    }
}
