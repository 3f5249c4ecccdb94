using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>A management review held (ISO/IEC 27001:2022 9.3): the inputs considered and the decisions taken.</summary>
public sealed class ManagementReview : IEquatable<ManagementReview>
{
    /// <summary>Creates a review record.</summary>
    /// <param name="id">The review's id.</param>
    /// <param name="heldOn">When it was held.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    public ManagementReview(string id, LocalDate heldOn)
    {
        Id = IsmsEquality.Required(id, nameof(id));
        HeldOn = heldOn;
        Inputs = [];
        Decisions = [];
        Extensions = IsmsEquality.NoExtensions;
    }

    private ManagementReview(ManagementReview other)
    {
        Id = other.Id;
        HeldOn = other.HeldOn;
        Chair = other.Chair;
        Inputs = other.Inputs;
        Decisions = other.Decisions;
        MinutesReference = other.MinutesReference;
        Extensions = other.Extensions;
    }

    /// <summary>Every 9.3.2 input, in order; <see cref="ManagementReviewInput.PreviousActions"/> first.</summary>
    public static ImmutableArray<ManagementReviewInput> AllInputs { get; } = [.. Enum.GetValues<ManagementReviewInput>()];

    /// <summary>The id.</summary>
    public string Id { get; private init; }

    /// <summary>When it was held.</summary>
    public LocalDate HeldOn { get; private init; }

    /// <summary>Who chaired it (top management), if recorded.</summary>
    public string? Chair { get; private init; }

    /// <summary>The 9.3.2 inputs considered, in enum order without duplicates.</summary>
    public ImmutableArray<ManagementReviewInput> Inputs { get; private init; }

    /// <summary>The decisions on improvement opportunities and needed changes (9.3.3).</summary>
    public ImmutableArray<string> Decisions { get; private init; }

    /// <summary>Where the minutes live, if recorded.</summary>
    public string? MinutesReference { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this chair.</summary>
    /// <param name="chair">The chair.</param>
    /// <returns>The copy.</returns>
    public ManagementReview WithChair(string? chair) => new(this) { Chair = chair };

    /// <summary>Returns a copy with these inputs (sorted, duplicates removed).</summary>
    /// <param name="inputs">The inputs considered.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">An input is undefined.</exception>
    public ManagementReview WithInputs(params IEnumerable<ManagementReviewInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var list = inputs.Distinct().Order().ToImmutableArray();
        if (list.Any(i => !Enum.IsDefined(i)))
        {
            throw new ArgumentException("An input is not a defined management review input.", nameof(inputs));
        }

        return new(this) { Inputs = list };
    }

    /// <summary>Returns a copy with these decisions.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <returns>The copy.</returns>
    public ManagementReview WithDecisions(params IEnumerable<string> decisions) => new(this) { Decisions = IsmsEquality.Texts(decisions, nameof(decisions)) };

    /// <summary>Returns a copy with this minutes reference.</summary>
    /// <param name="minutesReference">The reference.</param>
    /// <returns>The copy.</returns>
    public ManagementReview WithMinutesReference(string? minutesReference) => new(this) { MinutesReference = minutesReference };

    /// <summary>Returns a copy held on another date.</summary>
    /// <param name="heldOn">The date.</param>
    /// <returns>The copy.</returns>
    public ManagementReview WithHeldOn(LocalDate heldOn) => new(this) { HeldOn = heldOn };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public ManagementReview WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(ManagementReview? other) =>
        other is not null && Id == other.Id && HeldOn == other.HeldOn && Chair == other.Chair && IsmsEquality.Same(Inputs, other.Inputs)
        && IsmsEquality.Same(Decisions, other.Decisions) && MinutesReference == other.MinutesReference && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ManagementReview);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, HeldOn);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({HeldOn:uuuu-MM-dd})";
}
