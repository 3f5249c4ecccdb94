using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>An action to remove the cause of a nonconformity (ISO/IEC 27001:2022 10.2 b) and c)).</summary>
public sealed class CorrectiveAction : IEquatable<CorrectiveAction>
{
    /// <summary>Creates an action.</summary>
    /// <param name="description">What is to be done.</param>
    /// <param name="status">Where it stands.</param>
    /// <exception cref="ArgumentException">The description is blank or the status undefined.</exception>
    public CorrectiveAction(string description, CorrectiveActionStatus status = CorrectiveActionStatus.Planned)
    {
        Description = IsmsEquality.Required(description, nameof(description));
        Status = Checked(status);
        Extensions = IsmsEquality.NoExtensions;
    }

    private CorrectiveAction(CorrectiveAction other)
    {
        Description = other.Description;
        Owner = other.Owner;
        Due = other.Due;
        Status = other.Status;
        CompletedOn = other.CompletedOn;
        Extensions = other.Extensions;
    }

    /// <summary>What is to be done.</summary>
    public string Description { get; private init; }

    /// <summary>Who does it, if named.</summary>
    public string? Owner { get; private init; }

    /// <summary>When it is due, if planned.</summary>
    public LocalDate? Due { get; private init; }

    /// <summary>Where it stands.</summary>
    public CorrectiveActionStatus Status { get; private init; }

    /// <summary>When it was completed, if done.</summary>
    public LocalDate? CompletedOn { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>The copy.</returns>
    public CorrectiveAction WithOwner(string? owner) => new(this) { Owner = owner };

    /// <summary>Returns a copy with this due date.</summary>
    /// <param name="due">The date.</param>
    /// <returns>The copy.</returns>
    public CorrectiveAction WithDue(LocalDate? due) => new(this) { Due = due };

    /// <summary>Returns a copy with this status.</summary>
    /// <param name="status">The status.</param>
    /// <param name="completedOn">When it was completed (for <see cref="CorrectiveActionStatus.Done"/>).</param>
    /// <returns>The copy.</returns>
    public CorrectiveAction WithStatus(CorrectiveActionStatus status, LocalDate? completedOn = null) => new(this) { Status = Checked(status), CompletedOn = completedOn };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public CorrectiveAction WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    private static CorrectiveActionStatus Checked(CorrectiveActionStatus status) =>
        Enum.IsDefined(status) ? status : throw new ArgumentException($"{status} is not a corrective action status.", nameof(status));

    /// <inheritdoc/>
    public bool Equals(CorrectiveAction? other) =>
        other is not null && Description == other.Description && Owner == other.Owner && Due == other.Due && Status == other.Status
        && CompletedOn == other.CompletedOn && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CorrectiveAction);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Description, Status);

    /// <inheritdoc/>
    public override string ToString() => $"{Description} ({Status})";
}
