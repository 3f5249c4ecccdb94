using System.Diagnostics.CodeAnalysis;

namespace Iso27k.Mapping;

/// <summary>
/// The lower-case tokens of the mapping vocabulary (<c>subset-of</c>, <c>semantic</c>, <c>merged</c>) as data files,
/// CSV and JSON exports write them, and the inverse of a relationship or kind.
/// </summary>
public static class MappingVocabulary
{
    /// <summary>Returns the token: <c>equal</c>, <c>subset-of</c>, <c>superset-of</c>, <c>intersects-with</c> or <c>no-relationship</c>.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToToken(this MappingRelationship relationship) => relationship switch
    {
        MappingRelationship.Equal => "equal",
        MappingRelationship.SubsetOf => "subset-of",
        MappingRelationship.SupersetOf => "superset-of",
        MappingRelationship.IntersectsWith => "intersects-with",
        MappingRelationship.NoRelationship => "no-relationship",
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "Not a defined relationship."),
    };

    /// <summary>Returns the token: <c>syntactic</c>, <c>semantic</c> or <c>functional</c>.</summary>
    /// <param name="rationale">The rationale.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToToken(this MappingRationale rationale) => rationale switch
    {
        MappingRationale.Syntactic => "syntactic",
        MappingRationale.Semantic => "semantic",
        MappingRationale.Functional => "functional",
        _ => throw new ArgumentOutOfRangeException(nameof(rationale), rationale, "Not a defined rationale."),
    };

    /// <summary>Returns the token: <c>one-to-one</c>, <c>merged</c>, <c>split</c>, <c>new</c> or <c>removed</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToToken(this MappingKind kind) => kind switch
    {
        MappingKind.OneToOne => "one-to-one",
        MappingKind.Merged => "merged",
        MappingKind.Split => "split",
        MappingKind.New => "new",
        MappingKind.Removed => "removed",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined kind."),
    };

    /// <summary>Parses a relationship token (exact, lower-case; <c>equal-to</c> is accepted for <c>equal</c>).</summary>
    /// <param name="token">The token.</param>
    /// <param name="relationship">The relationship, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the token is known.</returns>
    public static bool TryParseRelationship([NotNullWhen(true)] string? token, out MappingRelationship relationship)
    {
        relationship = token switch
        {
            "equal" or "equal-to" => MappingRelationship.Equal,
            "subset-of" => MappingRelationship.SubsetOf,
            "superset-of" => MappingRelationship.SupersetOf,
            "intersects-with" => MappingRelationship.IntersectsWith,
            "no-relationship" => MappingRelationship.NoRelationship,
            _ => (MappingRelationship)(-1),
        };
        return (int)relationship >= 0;
    }

    /// <summary>Parses a rationale token (exact, lower-case).</summary>
    /// <param name="token">The token.</param>
    /// <param name="rationale">The rationale, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the token is known.</returns>
    public static bool TryParseRationale([NotNullWhen(true)] string? token, out MappingRationale rationale)
    {
        rationale = token switch
        {
            "syntactic" => MappingRationale.Syntactic,
            "semantic" => MappingRationale.Semantic,
            "functional" => MappingRationale.Functional,
            _ => 0,
        };
        return rationale != 0;
    }

    /// <summary>Parses a kind token (exact, lower-case).</summary>
    /// <param name="token">The token.</param>
    /// <param name="kind">The kind, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the token is known.</returns>
    public static bool TryParseKind([NotNullWhen(true)] string? token, out MappingKind kind)
    {
        kind = token switch
        {
            "one-to-one" => MappingKind.OneToOne,
            "merged" => MappingKind.Merged,
            "split" => MappingKind.Split,
            "new" => MappingKind.New,
            "removed" => MappingKind.Removed,
            _ => (MappingKind)(-1),
        };
        return (int)kind >= 0;
    }

    /// <summary>
    /// The relationship read from the target's side: <see cref="MappingRelationship.SubsetOf"/> and
    /// <see cref="MappingRelationship.SupersetOf"/> swap; the others are symmetric.
    /// </summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>The inverse.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static MappingRelationship Inverse(this MappingRelationship relationship) => relationship switch
    {
        MappingRelationship.SubsetOf => MappingRelationship.SupersetOf,
        MappingRelationship.SupersetOf => MappingRelationship.SubsetOf,
        MappingRelationship.Equal or MappingRelationship.IntersectsWith or MappingRelationship.NoRelationship => relationship,
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "Not a defined relationship."),
    };

    /// <summary>
    /// Whether a relationship means the target covers all of the source: <see cref="MappingRelationship.Equal"/>
    /// or <see cref="MappingRelationship.SubsetOf"/>.
    /// </summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns><see langword="true"/> when the source is wholly contained in the target.</returns>
    public static bool IsContainedInTarget(this MappingRelationship relationship) =>
        relationship is MappingRelationship.Equal or MappingRelationship.SubsetOf;
}
