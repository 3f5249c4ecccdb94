using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Risk;

/// <summary>
/// One risk of a register: who owns it, what it concerns, how it was assessed before, now and after treatment,
/// how it is treated, and the owner's acceptance. Immutable: change it with the <c>WithX</c> methods.
/// </summary>
/// <remarks>
/// The model accepts incomplete risks (no owner, unrated assessments) because registers are built over time;
/// <see cref="RiskRegisterValidator"/> reports what is missing.
/// </remarks>
public sealed class Risk : IEquatable<Risk>
{
    /// <summary>Creates a risk with an id and a title; set the rest with the <c>WithX</c> methods.</summary>
    /// <param name="id">The risk's id, unique in its register.</param>
    /// <param name="title">A short statement of the risk.</param>
    public Risk(string id, string title)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        Id = id;
        Title = title;
        AssetIds = [];
        TreatmentControls = [];
        Extensions = Equality.Extensions(null);
    }

    private Risk(Risk other)
    {
        Id = other.Id;
        Title = other.Title;
        Description = other.Description;
        Owner = other.Owner;
        AssetIds = other.AssetIds;
        ThreatId = other.ThreatId;
        VulnerabilityId = other.VulnerabilityId;
        Inherent = other.Inherent;
        Current = other.Current;
        Residual = other.Residual;
        Treatment = other.Treatment;
        TreatmentControls = other.TreatmentControls;
        Acceptance = other.Acceptance;
        NextReview = other.NextReview;
        Extensions = other.Extensions;
    }

    /// <summary>The risk's id, unique in its register.</summary>
    public string Id { get; private init; }

    /// <summary>A short statement of the risk.</summary>
    public string Title { get; private init; }

    /// <summary>A longer description, if any.</summary>
    public string? Description { get; private init; }

    /// <summary>The risk owner (ISO/IEC 27001:2022 6.1.2 c) 2)), or <see langword="null"/> when not yet assigned.</summary>
    public string? Owner { get; private init; }

    /// <summary>The ids of the assets concerned.</summary>
    public ImmutableArray<string> AssetIds { get; private init; }

    /// <summary>The id of the threat, if recorded.</summary>
    public string? ThreatId { get; private init; }

    /// <summary>The id of the vulnerability, if recorded.</summary>
    public string? VulnerabilityId { get; private init; }

    /// <summary>The assessment with no controls in place, if recorded.</summary>
    public RiskAssessment? Inherent { get; private init; }

    /// <summary>The assessment with the controls now in place.</summary>
    public RiskAssessment? Current { get; private init; }

    /// <summary>The assessment expected once the treatment is implemented.</summary>
    public RiskAssessment? Residual { get; private init; }

    /// <summary>The treatment option chosen, or <see langword="null"/> when not yet decided.</summary>
    public TreatmentOption? Treatment { get; private init; }

    /// <summary>The ISO/IEC 27001:2022 Annex A controls the treatment selects (6.1.3 b) and c)).</summary>
    public ImmutableArray<ControlId> TreatmentControls { get; private init; }

    /// <summary>The owner's acceptance of the residual risk, if given.</summary>
    public RiskAcceptance? Acceptance { get; private init; }

    /// <summary>When the risk is next to be reviewed, if planned.</summary>
    public LocalDate? NextReview { get; private init; }

    /// <summary>Properties this library does not know, by name, each as compact JSON text, kept so a document round-trips.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with another id, e.g. when risks from several registers are renumbered into one.</summary>
    /// <param name="id">The new id.</param>
    /// <returns>The updated risk.</returns>
    public Risk WithId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new(this) { Id = id };
    }

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The new risk.</returns>
    public Risk WithTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new(this) { Title = title };
    }

    /// <summary>Returns a copy with another description.</summary>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithDescription(string? description) => new(this) { Description = description };

    /// <summary>Returns a copy with another owner.</summary>
    /// <param name="owner">The owner, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithOwner(string? owner) => new(this) { Owner = owner };

    /// <summary>Returns a copy concerning other assets.</summary>
    /// <param name="assetIds">The asset ids.</param>
    /// <returns>The new risk.</returns>
    public Risk WithAssets(IEnumerable<string> assetIds)
    {
        ArgumentNullException.ThrowIfNull(assetIds);
        return new(this) { AssetIds = [.. assetIds] };
    }

    /// <summary>Returns a copy with another threat.</summary>
    /// <param name="threatId">The threat id, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithThreat(string? threatId) => new(this) { ThreatId = threatId };

    /// <summary>Returns a copy with another vulnerability.</summary>
    /// <param name="vulnerabilityId">The vulnerability id, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithVulnerability(string? vulnerabilityId) => new(this) { VulnerabilityId = vulnerabilityId };

    /// <summary>Returns a copy with another inherent assessment.</summary>
    /// <param name="assessment">The assessment, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithInherent(RiskAssessment? assessment) => new(this) { Inherent = assessment };

    /// <summary>Returns a copy with another current assessment.</summary>
    /// <param name="assessment">The assessment, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithCurrent(RiskAssessment? assessment) => new(this) { Current = assessment };

    /// <summary>Returns a copy with another residual assessment.</summary>
    /// <param name="assessment">The assessment, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithResidual(RiskAssessment? assessment) => new(this) { Residual = assessment };

    /// <summary>Returns a copy with another treatment option and controls.</summary>
    /// <param name="option">The option, or <see langword="null"/> when not decided.</param>
    /// <param name="controls">The controls selected; <see langword="null"/> keeps the current ones.</param>
    /// <returns>The new risk.</returns>
    public Risk WithTreatment(TreatmentOption? option, IEnumerable<ControlId>? controls = null) =>
        new(this) { Treatment = option, TreatmentControls = controls is null ? TreatmentControls : [.. controls] };

    /// <summary>Returns a copy with other treatment controls.</summary>
    /// <param name="controls">The controls selected.</param>
    /// <returns>The new risk.</returns>
    public Risk WithTreatmentControls(IEnumerable<ControlId> controls)
    {
        ArgumentNullException.ThrowIfNull(controls);
        return new(this) { TreatmentControls = [.. controls] };
    }

    /// <summary>Returns a copy with another acceptance.</summary>
    /// <param name="acceptance">The acceptance, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithAcceptance(RiskAcceptance? acceptance) => new(this) { Acceptance = acceptance };

    /// <summary>Returns a copy with another review date.</summary>
    /// <param name="nextReview">The date, or <see langword="null"/>.</param>
    /// <returns>The new risk.</returns>
    public Risk WithNextReview(LocalDate? nextReview) => new(this) { NextReview = nextReview };

    /// <summary>Returns a copy with other unknown properties.</summary>
    /// <param name="extensions">The properties, each as compact JSON text.</param>
    /// <returns>The new risk.</returns>
    public Risk WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = Equality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(Risk? other) =>
        other is not null && Id == other.Id && Title == other.Title && Description == other.Description && Owner == other.Owner &&
        Equality.Same(AssetIds, other.AssetIds) && ThreatId == other.ThreatId && VulnerabilityId == other.VulnerabilityId &&
        Equals(Inherent, other.Inherent) && Equals(Current, other.Current) && Equals(Residual, other.Residual) &&
        Treatment == other.Treatment && Equality.Same(TreatmentControls, other.TreatmentControls) &&
        Equals(Acceptance, other.Acceptance) && NextReview == other.NextReview && Equality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Risk);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Owner);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}
