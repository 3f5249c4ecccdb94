using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>The ISMS scope (ISO/IEC 27001:2022 4.3): what the ISMS covers, its interfaces and dependencies, and its approval.</summary>
public sealed class IsmsScope : IEquatable<IsmsScope>
{
    /// <summary>Creates a scope.</summary>
    /// <param name="statement">The scope statement (what the ISMS covers).</param>
    /// <exception cref="ArgumentException">The statement is blank.</exception>
    public IsmsScope(string statement)
    {
        Statement = IsmsEquality.Required(statement, nameof(statement));
        Interfaces = [];
        Exclusions = [];
        Extensions = IsmsEquality.NoExtensions;
    }

    private IsmsScope(IsmsScope other)
    {
        Statement = other.Statement;
        Interfaces = other.Interfaces;
        Exclusions = other.Exclusions;
        ApprovedBy = other.ApprovedBy;
        ApprovedOn = other.ApprovedOn;
        Reference = other.Reference;
        Extensions = other.Extensions;
    }

    /// <summary>The scope statement.</summary>
    public string Statement { get; private init; }

    /// <summary>Interfaces and dependencies with activities of others (4.3 c)), such as cloud providers.</summary>
    public ImmutableArray<string> Interfaces { get; private init; }

    /// <summary>What is deliberately outside the scope, each with its reason.</summary>
    public ImmutableArray<string> Exclusions { get; private init; }

    /// <summary>Who approved the scope, if recorded.</summary>
    public string? ApprovedBy { get; private init; }

    /// <summary>When the scope was approved, if recorded.</summary>
    public LocalDate? ApprovedOn { get; private init; }

    /// <summary>Where the scope document lives (document id, file or URL), if recorded.</summary>
    public string? Reference { get; private init; }

    /// <summary>Properties of the JSON format this library does not know (name to compact JSON), written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with another statement.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The copy.</returns>
    public IsmsScope WithStatement(string statement) => new(this) { Statement = IsmsEquality.Required(statement, nameof(statement)) };

    /// <summary>Returns a copy with these interfaces and dependencies.</summary>
    /// <param name="interfaces">The interfaces.</param>
    /// <returns>The copy.</returns>
    public IsmsScope WithInterfaces(params IEnumerable<string> interfaces) => new(this) { Interfaces = IsmsEquality.Texts(interfaces, nameof(interfaces)) };

    /// <summary>Returns a copy with these exclusions.</summary>
    /// <param name="exclusions">The exclusions.</param>
    /// <returns>The copy.</returns>
    public IsmsScope WithExclusions(params IEnumerable<string> exclusions) => new(this) { Exclusions = IsmsEquality.Texts(exclusions, nameof(exclusions)) };

    /// <summary>Returns a copy with this approval.</summary>
    /// <param name="approvedBy">Who approved it.</param>
    /// <param name="approvedOn">When.</param>
    /// <returns>The copy.</returns>
    public IsmsScope WithApproval(string? approvedBy, LocalDate? approvedOn) => new(this) { ApprovedBy = approvedBy, ApprovedOn = approvedOn };

    /// <summary>Returns a copy with this document reference.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The copy.</returns>
    public IsmsScope WithReference(string? reference) => new(this) { Reference = reference };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public IsmsScope WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(IsmsScope? other) =>
        other is not null && Statement == other.Statement && IsmsEquality.Same(Interfaces, other.Interfaces)
        && IsmsEquality.Same(Exclusions, other.Exclusions) && ApprovedBy == other.ApprovedBy && ApprovedOn == other.ApprovedOn
        && Reference == other.Reference && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IsmsScope);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Statement, ApprovedOn);

    /// <inheritdoc/>
    public override string ToString() => Statement;
}
