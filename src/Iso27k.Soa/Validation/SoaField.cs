namespace Iso27k.Soa;

/// <summary>A field of an SoA entry, used to point a diagnostic at the exact JSON property or CSV column.</summary>
public enum SoaField
{
    /// <summary>The entry as a whole.</summary>
    Entry = 0,

    /// <summary><c>controlId</c> / <c>control_id</c>.</summary>
    ControlId,

    /// <summary><c>applicability</c> / <c>applicable</c>.</summary>
    Applicability,

    /// <summary><c>inclusionReasons</c> / <c>inclusion_reasons</c>.</summary>
    InclusionReasons,

    /// <summary><c>exclusionJustification</c> / <c>exclusion_justification</c>.</summary>
    ExclusionJustification,

    /// <summary><c>implementationStatus</c> / <c>implementation_status</c>.</summary>
    ImplementationStatus,

    /// <summary><c>owner</c>.</summary>
    Owner,

    /// <summary><c>evidence</c>.</summary>
    Evidence,

    /// <summary><c>lastReviewed</c> / <c>last_reviewed</c>.</summary>
    LastReviewed,

    /// <summary><c>notes</c>.</summary>
    Notes,
}
