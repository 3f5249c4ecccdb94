using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>Evidence that a person is competent for an ISMS role (ISO/IEC 27001:2022 7.2 d)).</summary>
public sealed class CompetenceRecord : IEquatable<CompetenceRecord>
{
    /// <summary>Creates a competence record.</summary>
    /// <param name="person">Who.</param>
    /// <param name="competence">The competence shown, e.g. "ISO/IEC 27001 internal auditor training".</param>
    /// <param name="evidence">Where the evidence is (certificate, training log), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The person or competence is blank.</exception>
    public CompetenceRecord(string person, string competence, string? evidence = null)
    {
        Person = IsmsEquality.Required(person, nameof(person));
        Competence = IsmsEquality.Required(competence, nameof(competence));
        Evidence = evidence;
        Extensions = IsmsEquality.NoExtensions;
    }

    private CompetenceRecord(CompetenceRecord other)
    {
        Person = other.Person;
        Role = other.Role;
        Competence = other.Competence;
        Evidence = other.Evidence;
        Date = other.Date;
        Extensions = other.Extensions;
    }

    /// <summary>Who.</summary>
    public string Person { get; private init; }

    /// <summary>The role it qualifies the person for, if recorded.</summary>
    public string? Role { get; private init; }

    /// <summary>The competence shown.</summary>
    public string Competence { get; private init; }

    /// <summary>Where the evidence is, if recorded.</summary>
    public string? Evidence { get; private init; }

    /// <summary>When it was obtained, if recorded.</summary>
    public LocalDate? Date { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The copy.</returns>
    public CompetenceRecord WithRole(string? role) => new(this) { Role = role };

    /// <summary>Returns a copy with this evidence.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The copy.</returns>
    public CompetenceRecord WithEvidence(string? evidence) => new(this) { Evidence = evidence };

    /// <summary>Returns a copy with this date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The copy.</returns>
    public CompetenceRecord WithDate(LocalDate? date) => new(this) { Date = date };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public CompetenceRecord WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(CompetenceRecord? other) =>
        other is not null && Person == other.Person && Role == other.Role && Competence == other.Competence
        && Evidence == other.Evidence && Date == other.Date && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CompetenceRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Person, Competence);

    /// <inheritdoc/>
    public override string ToString() => $"{Person}: {Competence}";
}
