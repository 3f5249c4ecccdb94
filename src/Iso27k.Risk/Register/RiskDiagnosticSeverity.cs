namespace Iso27k.Risk;

/// <summary>How serious a <see cref="RiskDiagnostic"/> is.</summary>
public enum RiskDiagnosticSeverity
{
    /// <summary>The register does not meet a requirement, or cannot be read.</summary>
    Error = 0,

    /// <summary>Likely a problem, or one that will become one (an expiry, an overdue review).</summary>
    Warning = 1,

    /// <summary>Worth knowing; no action needed.</summary>
    Info = 2,
}
