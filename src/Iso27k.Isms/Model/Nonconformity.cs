using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>A nonconformity with its correction, cause, corrective actions and their result (ISO/IEC 27001:2022 10.2).</summary>
public sealed class Nonconformity : IEquatable<Nonconformity>
{
    /// <summary>Creates a nonconformity.</summary>
    /// <param name="id">The id, e.g. <c>NC-2026-01</c>.</param>
    /// <param name="raisedOn">When it was raised.</param>
    /// <param name="description">Its nature (10.2 f)).</param>
    /// <exception cref="ArgumentException">The id or description is blank.</exception>
    public Nonconformity(string id, LocalDate raisedOn, string description)
    {
        Id = IsmsEquality.Required(id, nameof(id));
        RaisedOn = raisedOn;
        Description = IsmsEquality.Required(description, nameof(description));
        Actions = [];
        Extensions = IsmsEquality.NoExtensions;
    }

    private Nonconformity(Nonconformity other)
    {
        Id = other.Id;
        RaisedOn = other.RaisedOn;
        Description = other.Description;
        Source = other.Source;
        Correction = other.Correction;
        RootCause = other.RootCause;
        Actions = other.Actions;
        ClosedOn = other.ClosedOn;
        Result = other.Result;
        Extensions = other.Extensions;
    }

    /// <summary>The id.</summary>
    public string Id { get; private init; }

    /// <summary>When it was raised.</summary>
    public LocalDate RaisedOn { get; private init; }

    /// <summary>Its nature.</summary>
    public string Description { get; private init; }

    /// <summary>Where it came from (an audit id, an incident), if recorded.</summary>
    public string? Source { get; private init; }

    /// <summary>The immediate correction (10.2 a)), if any.</summary>
    public string? Correction { get; private init; }

    /// <summary>The cause found (10.2 b) 2)), if analysed.</summary>
    public string? RootCause { get; private init; }

    /// <summary>The corrective actions.</summary>
    public ImmutableArray<CorrectiveAction> Actions { get; private init; }

    /// <summary>When it was closed, or <see langword="null"/> while open.</summary>
    public LocalDate? ClosedOn { get; private init; }

    /// <summary>The result of the corrective action, including the review of its effectiveness (10.2 d), g)).</summary>
    public string? Result { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Whether it is closed.</summary>
    public bool IsClosed => ClosedOn is not null;

    /// <summary>Returns a copy with this source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The copy.</returns>
    public Nonconformity WithSource(string? source) => new(this) { Source = source };

    /// <summary>Returns a copy with this correction.</summary>
    /// <param name="correction">The correction.</param>
    /// <returns>The copy.</returns>
    public Nonconformity WithCorrection(string? correction) => new(this) { Correction = correction };

    /// <summary>Returns a copy with this root cause.</summary>
    /// <param name="rootCause">The cause.</param>
    /// <returns>The copy.</returns>
    public Nonconformity WithRootCause(string? rootCause) => new(this) { RootCause = rootCause };

    /// <summary>Returns a copy with these corrective actions.</summary>
    /// <param name="actions">The actions.</param>
    /// <returns>The copy.</returns>
    public Nonconformity WithActions(params IEnumerable<CorrectiveAction> actions) => new(this) { Actions = IsmsEquality.Items(actions, nameof(actions)) };

    /// <summary>Returns a copy closed on a date with its result, or reopened when <paramref name="closedOn"/> is null.</summary>
    /// <param name="closedOn">When it was closed.</param>
    /// <param name="result">The result of the corrective action and its effectiveness review.</param>
    /// <returns>The copy.</returns>
    public Nonconformity WithClosure(LocalDate? closedOn, string? result) => new(this) { ClosedOn = closedOn, Result = result };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public Nonconformity WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(Nonconformity? other) =>
        other is not null && Id == other.Id && RaisedOn == other.RaisedOn && Description == other.Description && Source == other.Source
        && Correction == other.Correction && RootCause == other.RootCause && IsmsEquality.Same(Actions, other.Actions)
        && ClosedOn == other.ClosedOn && Result == other.Result && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Nonconformity);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, RaisedOn);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Description}";
}
