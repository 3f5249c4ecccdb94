namespace Iso27k.Isms;

/// <summary>How serious an ISMS diagnostic is.</summary>
public enum IsmsSeverity
{
    /// <summary>For information; does not change readiness.</summary>
    Info = 0,

    /// <summary>A weakness an auditor is likely to raise; the clause is partial.</summary>
    Warning = 1,

    /// <summary>A requirement is not met.</summary>
    Error = 2,
}
