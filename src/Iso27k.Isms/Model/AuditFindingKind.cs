namespace Iso27k.Isms;

/// <summary>How an internal audit classified a finding.</summary>
public enum AuditFindingKind
{
    /// <summary>A major nonconformity: a requirement is not met at all, or the ISMS cannot achieve its results.</summary>
    MajorNonconformity = 0,

    /// <summary>A minor nonconformity: an isolated lapse against a requirement.</summary>
    MinorNonconformity = 1,

    /// <summary>An observation: no requirement is broken yet, but it may be.</summary>
    Observation = 2,

    /// <summary>An opportunity for improvement.</summary>
    OpportunityForImprovement = 3,
}
