namespace Iso27k.Isms;

/// <summary>Where a corrective action stands.</summary>
public enum CorrectiveActionStatus
{
    /// <summary>Decided but not started.</summary>
    Planned = 0,

    /// <summary>Being carried out.</summary>
    InProgress = 1,

    /// <summary>Carried out.</summary>
    Done = 2,
}
