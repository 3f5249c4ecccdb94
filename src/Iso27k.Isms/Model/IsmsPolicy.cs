using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>The information security policy (ISO/IEC 27001:2022 5.2): its title, approval by top management and review.</summary>
public sealed class IsmsPolicy : IEquatable<IsmsPolicy>
{
    /// <summary>Creates a policy record.</summary>
    /// <param name="title">The policy's title.</param>
    /// <exception cref="ArgumentException">The title is blank.</exception>
    public IsmsPolicy(string title)
    {
        Title = IsmsEquality.Required(title, nameof(title));
        Extensions = IsmsEquality.NoExtensions;
    }

    private IsmsPolicy(IsmsPolicy other)
    {
        Title = other.Title;
        Reference = other.Reference;
        ApprovedBy = other.ApprovedBy;
        ApprovedOn = other.ApprovedOn;
        NextReview = other.NextReview;
        Extensions = other.Extensions;
    }

    /// <summary>The policy's title.</summary>
    public string Title { get; private init; }

    /// <summary>Where the policy lives (document id, file or URL), if recorded.</summary>
    public string? Reference { get; private init; }

    /// <summary>Who approved it (top management), if recorded.</summary>
    public string? ApprovedBy { get; private init; }

    /// <summary>When it was approved, if recorded.</summary>
    public LocalDate? ApprovedOn { get; private init; }

    /// <summary>When it is next due for review, if planned.</summary>
    public LocalDate? NextReview { get; private init; }

    /// <summary>Properties of the JSON format this library does not know (name to compact JSON), written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Whether an approver and an approval date are both recorded.</summary>
    public bool IsApproved => !string.IsNullOrWhiteSpace(ApprovedBy) && ApprovedOn is not null;

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>The copy.</returns>
    public IsmsPolicy WithTitle(string title) => new(this) { Title = IsmsEquality.Required(title, nameof(title)) };

    /// <summary>Returns a copy with this reference.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The copy.</returns>
    public IsmsPolicy WithReference(string? reference) => new(this) { Reference = reference };

    /// <summary>Returns a copy with this approval.</summary>
    /// <param name="approvedBy">Who approved it.</param>
    /// <param name="approvedOn">When.</param>
    /// <returns>The copy.</returns>
    public IsmsPolicy WithApproval(string? approvedBy, LocalDate? approvedOn) => new(this) { ApprovedBy = approvedBy, ApprovedOn = approvedOn };

    /// <summary>Returns a copy with this next review date.</summary>
    /// <param name="nextReview">The date.</param>
    /// <returns>The copy.</returns>
    public IsmsPolicy WithNextReview(LocalDate? nextReview) => new(this) { NextReview = nextReview };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public IsmsPolicy WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(IsmsPolicy? other) =>
        other is not null && Title == other.Title && Reference == other.Reference && ApprovedBy == other.ApprovedBy
        && ApprovedOn == other.ApprovedOn && NextReview == other.NextReview && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as IsmsPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, ApprovedOn);

    /// <inheritdoc/>
    public override string ToString() => Title;
}
