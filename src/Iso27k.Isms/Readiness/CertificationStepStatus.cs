namespace Iso27k.Isms;

/// <summary>Where a step of the certification path stands.</summary>
public enum CertificationStepStatus
{
    /// <summary>Nothing in the record shows it has started.</summary>
    NotStarted = 0,

    /// <summary>Started but not complete (or an audit is scheduled but not yet held).</summary>
    InProgress = 1,

    /// <summary>Complete according to the record.</summary>
    Done = 2,
}
