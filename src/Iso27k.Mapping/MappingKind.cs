namespace Iso27k.Mapping;

/// <summary>
/// The structural kind of a mapping entry, derived by <see cref="ControlMapping"/> from all its pairs; it is never
/// stated by hand.
/// </summary>
/// <remarks>
/// For a pair the rule is: <see cref="Split"/> when the source has several targets, otherwise <see cref="Merged"/>
/// when the target has several sources, otherwise <see cref="OneToOne"/>. A pair that is both (A.18.2.3 to 5.36)
/// is reported as <see cref="Split"/>, the rarer and more telling fact.
/// </remarks>
public enum MappingKind
{
    /// <summary>The source has this one target and the target has this one source. Token <c>one-to-one</c>.</summary>
    OneToOne = 0,

    /// <summary>The target has several sources (for example 8.15 from A.12.4.1, A.12.4.2, A.12.4.3). Token <c>merged</c>.</summary>
    Merged = 1,

    /// <summary>The source has several targets (A.18.2.3 to 5.36 and 8.8). Token <c>split</c>.</summary>
    Split = 2,

    /// <summary>A target control that no source reaches, such as 5.7 Threat intelligence. Token <c>new</c>.</summary>
    New = 3,

    /// <summary>A source control that reaches no target. Token <c>removed</c>.</summary>
    Removed = 4,
}
