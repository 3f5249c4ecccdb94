using System.Diagnostics.CodeAnalysis;

namespace Iso27k.Mapping;

/// <summary>
/// One stated correspondence between a source control and a target control: the input from which a
/// <see cref="ControlMapping"/> derives its <see cref="MappingEntry"/> values.
/// </summary>
/// <remarks>
/// <c>default(MappingPair)</c> has default ids and is rejected by <see cref="ControlMapping"/>.
/// </remarks>
public readonly struct MappingPair : IEquatable<MappingPair>
{
    /// <summary>Creates a pair.</summary>
    /// <param name="source">The source control's id.</param>
    /// <param name="target">The target control's id.</param>
    /// <param name="relationship">How the source relates to the target; not <see cref="MappingRelationship.NoRelationship"/>.</param>
    /// <param name="rationale">Why the relationship was assigned.</param>
    /// <exception cref="ArgumentException">An id is default, or the relationship is <see cref="MappingRelationship.NoRelationship"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The relationship or rationale is not defined.</exception>
    public MappingPair(ControlId source, ControlId target, MappingRelationship relationship, MappingRationale rationale)
    {
        if (source.IsDefault || target.IsDefault)
        {
            throw new ArgumentException("A pair needs a source and a target id; controls without a counterpart are derived by the mapping.", source.IsDefault ? nameof(source) : nameof(target));
        }

        _ = relationship.ToToken();
        _ = rationale.ToToken();
        if (relationship == MappingRelationship.NoRelationship)
        {
            throw new ArgumentException($"{source} to {target}: a pair states a relationship; leave out controls that have none.", nameof(relationship));
        }

        Source = source;
        Target = target;
        Relationship = relationship;
        Rationale = rationale;
    }

    /// <summary>The source control's id.</summary>
    public ControlId Source { get; }

    /// <summary>The target control's id.</summary>
    public ControlId Target { get; }

    /// <summary>How the source relates to the target.</summary>
    public MappingRelationship Relationship { get; }

    /// <summary>Why the relationship was assigned.</summary>
    public MappingRationale Rationale { get; }

    /// <summary>The same pair read from the target's side: ids swapped, relationship inverted, rationale kept.</summary>
    /// <returns>The inverse pair.</returns>
    public MappingPair Invert() => new(Target, Source, Relationship.Inverse(), Rationale);

    /// <inheritdoc/>
    public bool Equals(MappingPair other) =>
        Source == other.Source && Target == other.Target && Relationship == other.Relationship && Rationale == other.Rationale;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MappingPair other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Target, Relationship, Rationale);

    /// <summary>Whether two pairs are equal.</summary>
    /// <param name="left">The first pair.</param>
    /// <param name="right">The second pair.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MappingPair left, MappingPair right) => left.Equals(right);

    /// <summary>Whether two pairs differ.</summary>
    /// <param name="left">The first pair.</param>
    /// <param name="right">The second pair.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(MappingPair left, MappingPair right) => !left.Equals(right);

    /// <summary>Returns e.g. <c>A.12.4.1 subset-of 8.15 (semantic)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Source} {Relationship.ToToken()} {Target} ({Rationale.ToToken()})";
}
