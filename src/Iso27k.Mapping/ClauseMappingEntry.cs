namespace Iso27k.Mapping;

/// <summary>One pair of the ISO/IEC 27001 management-system clause correspondence, e.g. 2013 <c>10.1</c> to 2022 <c>10.2</c>.</summary>
public sealed class ClauseMappingEntry : IEquatable<ClauseMappingEntry>
{
    internal ClauseMappingEntry(string source, string target, MappingRelationship relationship)
    {
        Source = source;
        Target = target;
        Relationship = relationship;
    }

    /// <summary>The source clause number, e.g. <c>9.2</c>.</summary>
    public string Source { get; }

    /// <summary>The target clause number, e.g. <c>9.2.1</c>.</summary>
    public string Target { get; }

    /// <summary>
    /// <see cref="MappingRelationship.Equal"/> when the source clause has this one target;
    /// <see cref="MappingRelationship.SupersetOf"/> when its content was split over several sub-clauses (9.2 and 9.3).
    /// </summary>
    public MappingRelationship Relationship { get; }

    /// <summary>Whether the clause changed its number (10.1 and 10.2 swapped places in 2022).</summary>
    public bool IsRenumbered => Relationship == MappingRelationship.Equal && !string.Equals(Source, Target, StringComparison.Ordinal);

    /// <inheritdoc/>
    public bool Equals(ClauseMappingEntry? other) =>
        other is not null && Source == other.Source && Target == other.Target && Relationship == other.Relationship;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClauseMappingEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Target, Relationship);

    /// <summary>Returns e.g. <c>9.2 superset-of 9.2.1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Source} {Relationship.ToToken()} {Target}";
}
