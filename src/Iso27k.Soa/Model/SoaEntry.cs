using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Soa;

/// <summary>
/// The Statement of Applicability's record for one Annex A control: applicability, typed inclusion reasons or an
/// exclusion justification, implementation status, owner, evidence, last review and notes.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: every <c>WithX</c> method returns a changed copy. The entry does not judge its own content (an excluded
/// control without a justification is a valid <see cref="SoaEntry"/>); <see cref="SoaValidator"/> reports such
/// problems as diagnostics, because they are facts about a user's document.
/// </para>
/// <para>Empty strings are stored as <see langword="null"/>, so "absent" and "empty" read the same in every format.</para>
/// </remarks>
public sealed class SoaEntry : IEquatable<SoaEntry>
{
    internal SoaEntry(
        ControlId controlId,
        Applicability applicability,
        ImmutableArray<InclusionReason> inclusionReasons,
        string? exclusionJustification,
        ImplementationStatus? implementationStatus,
        string? owner,
        ImmutableArray<string> evidence,
        LocalDate? lastReviewed,
        string? notes,
        ImmutableArray<SoaUnknownProperty> unknownProperties)
    {
        ControlId = controlId;
        Applicability = applicability;
        InclusionReasons = inclusionReasons;
        ExclusionJustification = EmptyToNull(exclusionJustification);
        ImplementationStatus = implementationStatus;
        Owner = EmptyToNull(owner);
        Evidence = evidence;
        LastReviewed = lastReviewed;
        Notes = EmptyToNull(notes);
        UnknownProperties = unknownProperties;
    }

    /// <summary>Creates an undecided entry for a control.</summary>
    /// <param name="controlId">The control's id (of any edition: the validator reports ids foreign to the SoA).</param>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public SoaEntry(ControlId controlId)
        : this(CheckId(controlId), Applicability.Undecided, [], null, null, null, [], null, null, [])
    {
    }

    /// <summary>The control's id.</summary>
    public ControlId ControlId { get; }

    /// <summary>Applicable, excluded, or not yet decided.</summary>
    public Applicability Applicability { get; }

    /// <summary>Why the control is included (meaningful when applicable).</summary>
    public ImmutableArray<InclusionReason> InclusionReasons { get; }

    /// <summary>Why the control is excluded (meaningful when excluded).</summary>
    public string? ExclusionJustification { get; }

    /// <summary>The implementation status, or <see langword="null"/> when not stated.</summary>
    public ImplementationStatus? ImplementationStatus { get; }

    /// <summary>The person or role responsible for the control.</summary>
    public string? Owner { get; }

    /// <summary>References to evidence of implementation (document ids, ticket links, file paths).</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>When the entry was last reviewed.</summary>
    public LocalDate? LastReviewed { get; }

    /// <summary>Free-text notes.</summary>
    public string? Notes { get; }

    /// <summary>Properties of the source document that this library does not understand, kept for writing back.</summary>
    public ImmutableArray<SoaUnknownProperty> UnknownProperties { get; }

    /// <summary>The risk ids named by all risk-treatment reasons, in order.</summary>
    public IEnumerable<string> RiskIds
    {
        get
        {
            foreach (var reason in InclusionReasons)
            {
                foreach (var id in reason.RiskIds)
                {
                    yield return id;
                }
            }
        }
    }

    /// <summary>Creates an applicable entry with its inclusion reasons.</summary>
    /// <param name="controlId">The control's id.</param>
    /// <param name="reasons">Why the control is included.</param>
    /// <returns>The entry.</returns>
    public static SoaEntry Applicable(ControlId controlId, params IEnumerable<InclusionReason> reasons) =>
        new SoaEntry(controlId).WithApplicability(Applicability.Applicable).WithInclusionReasons(reasons);

    /// <summary>Creates an excluded entry with its justification.</summary>
    /// <param name="controlId">The control's id.</param>
    /// <param name="justification">Why the control is excluded.</param>
    /// <returns>The entry.</returns>
    public static SoaEntry Excluded(ControlId controlId, string justification) =>
        new SoaEntry(controlId).WithApplicability(Applicability.Excluded).WithExclusionJustification(justification);

    /// <summary>Returns a copy for another control id.</summary>
    /// <param name="controlId">The id.</param>
    /// <returns>The changed entry.</returns>
    public SoaEntry WithControlId(ControlId controlId) =>
        new(CheckId(controlId), Applicability, InclusionReasons, ExclusionJustification, ImplementationStatus, Owner, Evidence, LastReviewed, Notes, UnknownProperties);

    /// <summary>Returns a copy with another applicability; reasons and justification are kept as they are.</summary>
    /// <param name="applicability">The applicability.</param>
    /// <returns>The changed entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public SoaEntry WithApplicability(Applicability applicability)
    {
        if (!Enum.IsDefined(applicability))
        {
            throw new ArgumentOutOfRangeException(nameof(applicability), applicability, "Expected Undecided, Applicable or Excluded.");
        }

        return new(ControlId, applicability, InclusionReasons, ExclusionJustification, ImplementationStatus, Owner, Evidence, LastReviewed, Notes, UnknownProperties);
    }

    /// <summary>Returns a copy with other inclusion reasons.</summary>
    /// <param name="reasons">The reasons.</param>
    /// <returns>The changed entry.</returns>
    public SoaEntry WithInclusionReasons(IEnumerable<InclusionReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        var array = reasons.ToImmutableArray();
        foreach (var reason in array)
        {
            ArgumentNullException.ThrowIfNull(reason, nameof(reasons));
        }

        return new(ControlId, Applicability, array, ExclusionJustification, ImplementationStatus, Owner, Evidence, LastReviewed, Notes, UnknownProperties);
    }

    /// <summary>Returns a copy with another exclusion justification.</summary>
    /// <param name="justification">The justification, or <see langword="null"/>.</param>
    /// <returns>The changed entry.</returns>
    public SoaEntry WithExclusionJustification(string? justification) =>
        new(ControlId, Applicability, InclusionReasons, justification, ImplementationStatus, Owner, Evidence, LastReviewed, Notes, UnknownProperties);

    /// <summary>Returns a copy with another implementation status.</summary>
    /// <param name="status">The status, or <see langword="null"/> for none.</param>
    /// <returns>The changed entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public SoaEntry WithImplementationStatus(ImplementationStatus? status)
    {
        if (status is { } s && !Enum.IsDefined(s))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Expected a defined ImplementationStatus or null.");
        }

        return new(ControlId, Applicability, InclusionReasons, ExclusionJustification, status, Owner, Evidence, LastReviewed, Notes, UnknownProperties);
    }

    /// <summary>Returns a copy with another owner.</summary>
    /// <param name="owner">The owner, or <see langword="null"/>.</param>
    /// <returns>The changed entry.</returns>
    public SoaEntry WithOwner(string? owner) =>
        new(ControlId, Applicability, InclusionReasons, ExclusionJustification, ImplementationStatus, owner, Evidence, LastReviewed, Notes, UnknownProperties);

    /// <summary>Returns a copy with other evidence references.</summary>
    /// <param name="evidence">The references; none may be null.</param>
    /// <returns>The changed entry.</returns>
    public SoaEntry WithEvidence(params IEnumerable<string> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var array = evidence.ToImmutableArray();
        foreach (var item in array)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(evidence));
        }

        return new(ControlId, Applicability, InclusionReasons, ExclusionJustification, ImplementationStatus, Owner, array, LastReviewed, Notes, UnknownProperties);
    }

    /// <summary>Returns a copy with another last review date.</summary>
    /// <param name="lastReviewed">The date, or <see langword="null"/>.</param>
    /// <returns>The changed entry.</returns>
    public SoaEntry WithLastReviewed(LocalDate? lastReviewed) =>
        new(ControlId, Applicability, InclusionReasons, ExclusionJustification, ImplementationStatus, Owner, Evidence, lastReviewed, Notes, UnknownProperties);

    /// <summary>Returns a copy with other notes.</summary>
    /// <param name="notes">The notes, or <see langword="null"/>.</param>
    /// <returns>The changed entry.</returns>
    public SoaEntry WithNotes(string? notes) =>
        new(ControlId, Applicability, InclusionReasons, ExclusionJustification, ImplementationStatus, Owner, Evidence, LastReviewed, notes, UnknownProperties);

    /// <summary>Returns a copy with other unknown properties.</summary>
    /// <param name="properties">The properties.</param>
    /// <returns>The changed entry.</returns>
    public SoaEntry WithUnknownProperties(IEnumerable<SoaUnknownProperty> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return new(ControlId, Applicability, InclusionReasons, ExclusionJustification, ImplementationStatus, Owner, Evidence, LastReviewed, Notes, [.. properties]);
    }

    /// <inheritdoc/>
    public bool Equals(SoaEntry? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (ControlId == other.ControlId
                && Applicability == other.Applicability
                && InclusionReasons.SequenceEqual(other.InclusionReasons)
                && string.Equals(ExclusionJustification, other.ExclusionJustification, StringComparison.Ordinal)
                && ImplementationStatus == other.ImplementationStatus
                && string.Equals(Owner, other.Owner, StringComparison.Ordinal)
                && Evidence.SequenceEqual(other.Evidence, StringComparer.Ordinal)
                && LastReviewed == other.LastReviewed
                && string.Equals(Notes, other.Notes, StringComparison.Ordinal)
                && UnknownProperties.SequenceEqual(other.UnknownProperties)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SoaEntry);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ControlId, Applicability, ImplementationStatus, LastReviewed);

    /// <summary>Returns the control id and the decision, e.g. <c>5.23 applicable (implemented)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        ImplementationStatus is { } status
            ? $"{ControlId} {SoaText.Format(Applicability)} ({SoaText.Format(status)})"
            : $"{ControlId} {SoaText.Format(Applicability)}";

    private static ControlId CheckId(ControlId id) =>
        id.IsDefault ? throw new ArgumentException("An SoA entry needs a control id.", nameof(id)) : id;

    private static string? EmptyToNull(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
