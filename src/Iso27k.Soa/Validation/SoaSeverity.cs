namespace Iso27k.Soa;

/// <summary>How serious a finding is.</summary>
public enum SoaSeverity
{
    /// <summary>Worth a second look; not a defect (SARIF level <c>note</c>).</summary>
    Info = 0,

    /// <summary>Likely to be questioned by an auditor (SARIF level <c>warning</c>).</summary>
    Warning = 1,

    /// <summary>The SoA does not meet the requirement (SARIF level <c>error</c>).</summary>
    Error = 2,
}
