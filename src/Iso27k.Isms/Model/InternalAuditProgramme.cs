using System.Collections.Immutable;

namespace Iso27k.Isms;

/// <summary>The internal audit programme (ISO/IEC 27001:2022 9.2.2) and the audits held under it.</summary>
public sealed class InternalAuditProgramme : IEquatable<InternalAuditProgramme>
{
    /// <summary>Creates a programme.</summary>
    /// <param name="reference">Where the programme document lives (frequency, methods, responsibilities), or <see langword="null"/>.</param>
    /// <param name="audits">The audits held.</param>
    public InternalAuditProgramme(string? reference, params IEnumerable<InternalAudit> audits)
    {
        Reference = reference;
        Audits = IsmsEquality.Items(audits, nameof(audits));
        Extensions = IsmsEquality.NoExtensions;
    }

    private InternalAuditProgramme(InternalAuditProgramme other)
    {
        Reference = other.Reference;
        Audits = other.Audits;
        Extensions = other.Extensions;
    }

    /// <summary>Where the programme document lives, if recorded.</summary>
    public string? Reference { get; private init; }

    /// <summary>The audits held, in the order given.</summary>
    public ImmutableArray<InternalAudit> Audits { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this reference.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The copy.</returns>
    public InternalAuditProgramme WithReference(string? reference) => new(this) { Reference = reference };

    /// <summary>Returns a copy with these audits.</summary>
    /// <param name="audits">The audits.</param>
    /// <returns>The copy.</returns>
    public InternalAuditProgramme WithAudits(params IEnumerable<InternalAudit> audits) => new(this) { Audits = IsmsEquality.Items(audits, nameof(audits)) };

    /// <summary>Returns a copy with an audit replaced (same id) or added.</summary>
    /// <param name="audit">The audit.</param>
    /// <returns>The copy.</returns>
    public InternalAuditProgramme WithAudit(InternalAudit audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return new(this) { Audits = IsmsEquality.Upsert(Audits, audit, a => a.Id == audit.Id) };
    }

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public InternalAuditProgramme WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(InternalAuditProgramme? other) =>
        other is not null && Reference == other.Reference && IsmsEquality.Same(Audits, other.Audits) && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InternalAuditProgramme);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Reference, Audits.Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Reference ?? "audit programme"} ({Audits.Length} audit(s))";
}
