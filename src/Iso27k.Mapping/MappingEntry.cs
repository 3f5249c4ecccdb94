namespace Iso27k.Mapping;

/// <summary>
/// One row of a <see cref="ControlMapping"/>: a pair with its derived <see cref="MappingKind"/>, or a control that has
/// no counterpart on the other side (kind <see cref="MappingKind.New"/> or <see cref="MappingKind.Removed"/>).
/// </summary>
/// <remarks>
/// Entries are created only by a <see cref="ControlMapping"/>, which derives their kind from all its pairs; build a
/// mapping from <see cref="MappingPair"/> values. Immutable; equality compares every field.
/// </remarks>
public sealed class MappingEntry : IEquatable<MappingEntry>
{
    internal MappingEntry(ControlId source, ControlId target, MappingRelationship relationship, MappingRationale? rationale, MappingKind kind)
    {
        Source = source;
        Target = target;
        Relationship = relationship;
        Rationale = rationale;
        Kind = kind;
    }

    /// <summary>The source control's id; <c>default</c> for a <see cref="MappingKind.New"/> entry.</summary>
    public ControlId Source { get; }

    /// <summary>The target control's id; <c>default</c> for a <see cref="MappingKind.Removed"/> entry.</summary>
    public ControlId Target { get; }

    /// <summary>
    /// How the source relates to the target; <see cref="MappingRelationship.NoRelationship"/> for new and removed entries.
    /// </summary>
    public MappingRelationship Relationship { get; }

    /// <summary>Why the relationship was assigned; <see langword="null"/> for new and removed entries.</summary>
    public MappingRationale? Rationale { get; }

    /// <summary>The derived structural kind.</summary>
    public MappingKind Kind { get; }

    /// <summary>Whether the entry relates two controls (it is neither new nor removed).</summary>
    public bool IsPair => !Source.IsDefault && !Target.IsDefault;

    /// <summary>The entry as a pair.</summary>
    /// <returns>The pair.</returns>
    /// <exception cref="InvalidOperationException">The entry is new or removed and has no pair.</exception>
    public MappingPair ToPair() => IsPair
        ? new MappingPair(Source, Target, Relationship, Rationale!.Value)
        : throw new InvalidOperationException($"A {Kind.ToToken()} entry relates no two controls.");

    /// <inheritdoc/>
    public bool Equals(MappingEntry? other) =>
        other is not null
        && Source == other.Source && Target == other.Target && Relationship == other.Relationship
        && Rationale == other.Rationale && Kind == other.Kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MappingEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Target, Relationship, Rationale, Kind);

    /// <summary>Returns e.g. <c>A.12.4.1 subset-of 8.15 (semantic, merged)</c> or <c>new 5.7</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        MappingKind.New => $"new {Target}",
        MappingKind.Removed => $"removed {Source}",
        _ => $"{Source} {Relationship.ToToken()} {Target} ({Rationale?.ToToken()}, {Kind.ToToken()})",
    };
}
