namespace Iso27k.Mapping;

/// <summary>
/// How the source control of a mapping entry relates to its target, in the set-theory vocabulary of NIST IR 8477
/// (also used by OSCAL mapping models). Each control is read as the set of requirements it states.
/// </summary>
/// <remarks>
/// The relationship is always stated from the source's point of view: <c>A.12.4.1 subset-of 8.15</c> means that
/// everything A.12.4.1 asks is also asked by 8.15. Inverting a mapping swaps <see cref="SubsetOf"/> and
/// <see cref="SupersetOf"/> and keeps the others (see <see cref="MappingVocabulary.Inverse(MappingRelationship)"/>).
/// </remarks>
public enum MappingRelationship
{
    /// <summary>
    /// The source and target state no common requirement. In a <see cref="ControlMapping"/> this value is reserved
    /// for the derived entries of controls without any counterpart (<see cref="MappingKind.New"/> and
    /// <see cref="MappingKind.Removed"/>). Token <c>no-relationship</c>.
    /// </summary>
    NoRelationship = 0,

    /// <summary>The source and target state the same requirements. Token <c>equal</c>.</summary>
    Equal = 1,

    /// <summary>Everything the source states, the target states too, and the target states more. Token <c>subset-of</c>.</summary>
    SubsetOf = 2,

    /// <summary>The source states everything the target states, and more. Token <c>superset-of</c>.</summary>
    SupersetOf = 3,

    /// <summary>The source and target share some requirements, and each states some the other does not. Token <c>intersects-with</c>.</summary>
    IntersectsWith = 4,
}
