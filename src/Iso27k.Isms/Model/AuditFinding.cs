using System.Collections.Immutable;

namespace Iso27k.Isms;

/// <summary>A finding of an internal audit; a nonconformity must be traced to the nonconformity log (10.2).</summary>
public sealed class AuditFinding : IEquatable<AuditFinding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="id">The finding's id.</param>
    /// <param name="kind">Its classification.</param>
    /// <param name="description">What was found.</param>
    /// <exception cref="ArgumentException">The id or description is blank, or the kind is undefined.</exception>
    public AuditFinding(string id, AuditFindingKind kind, string description)
    {
        Id = IsmsEquality.Required(id, nameof(id));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"{kind} is not a finding kind.", nameof(kind));
        }

        Kind = kind;
        Description = IsmsEquality.Required(description, nameof(description));
        Extensions = IsmsEquality.NoExtensions;
    }

    private AuditFinding(AuditFinding other)
    {
        Id = other.Id;
        Kind = other.Kind;
        Description = other.Description;
        NonconformityId = other.NonconformityId;
        Extensions = other.Extensions;
    }

    /// <summary>The id.</summary>
    public string Id { get; private init; }

    /// <summary>The classification.</summary>
    public AuditFindingKind Kind { get; private init; }

    /// <summary>Whether the finding is a (major or minor) nonconformity.</summary>
    public bool IsNonconformity => Kind is AuditFindingKind.MajorNonconformity or AuditFindingKind.MinorNonconformity;

    /// <summary>What was found.</summary>
    public string Description { get; private init; }

    /// <summary>The id of the nonconformity raised for it, if any.</summary>
    public string? NonconformityId { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy traced to a nonconformity.</summary>
    /// <param name="nonconformityId">The nonconformity's id.</param>
    /// <returns>The copy.</returns>
    public AuditFinding WithNonconformity(string? nonconformityId) => new(this) { NonconformityId = nonconformityId };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public AuditFinding WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(AuditFinding? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Description == other.Description
        && NonconformityId == other.NonconformityId && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AuditFinding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Kind);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Kind}) {Description}";
}
