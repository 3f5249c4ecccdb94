namespace Iso27k.Soa;

/// <summary>
/// One finding about a Statement of Applicability: a stable code, a severity, the control and place it concerns,
/// a message saying what is wrong and how to fix it, and the requirement it enforces.
/// </summary>
public sealed class SoaDiagnostic : IEquatable<SoaDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, e.g. <c>SOA004</c>.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="controlId">The control concerned, if any.</param>
    /// <param name="location">Where in the document.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="requirement">The requirement enforced, e.g. <c>ISO/IEC 27001:2022 6.1.3 d)</c>.</param>
    /// <exception cref="ArgumentException">The code, message or requirement is blank.</exception>
    public SoaDiagnostic(string code, SoaSeverity severity, ControlId? controlId, SoaLocation location, string message, string requirement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(requirement);
        Code = code;
        Severity = severity;
        ControlId = controlId is { IsDefault: true } ? null : controlId;
        Location = location;
        Message = message;
        Requirement = requirement;
    }

    /// <summary>The stable code, e.g. <c>SOA004</c>.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public SoaSeverity Severity { get; }

    /// <summary>The control concerned, if any.</summary>
    public ControlId? ControlId { get; }

    /// <summary>Where in the document.</summary>
    public SoaLocation Location { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>The requirement enforced.</summary>
    public string Requirement { get; }

    /// <inheritdoc/>
    public bool Equals(SoaDiagnostic? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && Severity == other.Severity
        && ControlId == other.ControlId
        && Location == other.Location
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && string.Equals(Requirement, other.Requirement, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SoaDiagnostic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), Severity, ControlId, Location);

    /// <summary>Returns a one-line form: <c>SOA004 error 5.23 at $.entries[22]: message [requirement]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Location.IsNone ? string.Empty : $" at {Location}";
        var control = ControlId is { } id ? $" {id}" : string.Empty;
        return $"{Code} {SoaDiagnosticFormat.Level(Severity)}{control}{where}: {Message} [{Requirement}]";
    }
}
