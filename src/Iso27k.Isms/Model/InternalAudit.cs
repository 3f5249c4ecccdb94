using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>An internal audit held (ISO/IEC 27001:2022 9.2), with its auditor and findings.</summary>
public sealed class InternalAudit : IEquatable<InternalAudit>
{
    /// <summary>Creates an audit record.</summary>
    /// <param name="id">The audit's id.</param>
    /// <param name="heldOn">When it was held (its last day).</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public InternalAudit(string id, LocalDate heldOn)
    {
        Id = IsmsEquality.Required(id, nameof(id));
        HeldOn = heldOn;
        Findings = [];
        Extensions = IsmsEquality.NoExtensions;
    }

    private InternalAudit(InternalAudit other)
    {
        Id = other.Id;
        HeldOn = other.HeldOn;
        Auditor = other.Auditor;
        Scope = other.Scope;
        ReportReference = other.ReportReference;
        Findings = other.Findings;
        Extensions = other.Extensions;
    }

    /// <summary>The id.</summary>
    public string Id { get; private init; }

    /// <summary>When it was held.</summary>
    public LocalDate HeldOn { get; private init; }

    /// <summary>Who audited (chosen for objectivity and impartiality, 9.2.2 c)), if named.</summary>
    public string? Auditor { get; private init; }

    /// <summary>What the audit covered (clauses, processes, controls), if recorded.</summary>
    public string? Scope { get; private init; }

    /// <summary>Where the audit report lives, if recorded.</summary>
    public string? ReportReference { get; private init; }

    /// <summary>The findings.</summary>
    public ImmutableArray<AuditFinding> Findings { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this auditor.</summary>
    /// <param name="auditor">The auditor.</param>
    /// <returns>The copy.</returns>
    public InternalAudit WithAuditor(string? auditor) => new(this) { Auditor = auditor };

    /// <summary>Returns a copy with this scope.</summary>
    /// <param name="scope">What the audit covered.</param>
    /// <returns>The copy.</returns>
    public InternalAudit WithScope(string? scope) => new(this) { Scope = scope };

    /// <summary>Returns a copy with this report reference.</summary>
    /// <param name="reportReference">The reference.</param>
    /// <returns>The copy.</returns>
    public InternalAudit WithReportReference(string? reportReference) => new(this) { ReportReference = reportReference };

    /// <summary>Returns a copy with these findings.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>The copy.</returns>
    public InternalAudit WithFindings(params IEnumerable<AuditFinding> findings) => new(this) { Findings = IsmsEquality.Items(findings, nameof(findings)) };

    /// <summary>Returns a copy held on another date.</summary>
    /// <param name="heldOn">The date.</param>
    /// <returns>The copy.</returns>
    public InternalAudit WithHeldOn(LocalDate heldOn) => new(this) { HeldOn = heldOn };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public InternalAudit WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(InternalAudit? other) =>
        other is not null && Id == other.Id && HeldOn == other.HeldOn && Auditor == other.Auditor && Scope == other.Scope
        && ReportReference == other.ReportReference && IsmsEquality.Same(Findings, other.Findings) && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InternalAudit);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, HeldOn);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({HeldOn:uuuu-MM-dd}, {Findings.Length} finding(s))";
}
