namespace Iso27k.Risk;

/// <summary>
/// A problem found in a risk register by <see cref="RiskRegisterValidator"/> or by the reader: a stable code, what is
/// wrong and how to fix it, where, and which requirement it enforces.
/// </summary>
public sealed class RiskDiagnostic : IEquatable<RiskDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, such as <c>RSK001</c>; see <see cref="RiskDiagnosticCodes"/>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="riskId">The risk concerned, if any.</param>
    /// <param name="path">The JSON path of the value concerned (<c>$.risks[3].owner</c>), if any.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="requirement">The requirement enforced, such as "ISO/IEC 27001:2022 6.1.3 f)".</param>
    public RiskDiagnostic(string code, RiskDiagnosticSeverity severity, string? riskId, string? path, string message, string requirement)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(requirement);
        Code = code;
        Severity = severity;
        RiskId = riskId;
        Path = path;
        Message = message;
        Requirement = requirement;
    }

    /// <summary>The stable code, such as <c>RSK001</c>.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public RiskDiagnosticSeverity Severity { get; }

    /// <summary>The id of the risk concerned, or <see langword="null"/>.</summary>
    public string? RiskId { get; }

    /// <summary>The JSON path of the value concerned in the register format, or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>The requirement the check enforces.</summary>
    public string Requirement { get; }

    /// <inheritdoc/>
    public bool Equals(RiskDiagnostic? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && RiskId == other.RiskId &&
        Path == other.Path && Message == other.Message && Requirement == other.Requirement;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RiskDiagnostic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, RiskId, Path);

    /// <inheritdoc/>
    public override string ToString()
    {
        var severity = Severity switch
        {
            RiskDiagnosticSeverity.Error => "error",
            RiskDiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Path ?? RiskId;
        return where is null
            ? $"{Code} {severity}: {Message} [{Requirement}]"
            : $"{Code} {severity} {where}: {Message} [{Requirement}]";
    }
}
