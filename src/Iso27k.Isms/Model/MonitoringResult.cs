using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>A monitoring or measurement result (ISO/IEC 27001:2022 9.1).</summary>
public sealed class MonitoringResult : IEquatable<MonitoringResult>
{
    /// <summary>Creates a result.</summary>
    /// <param name="metric">What was measured, e.g. "critical vulnerabilities open longer than 14 days".</param>
    /// <param name="measuredOn">When.</param>
    /// <param name="result">The value or finding, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The metric is blank.</exception>
    public MonitoringResult(string metric, LocalDate measuredOn, string? result = null)
    {
        Metric = IsmsEquality.Required(metric, nameof(metric));
        MeasuredOn = measuredOn;
        Result = result;
        Extensions = IsmsEquality.NoExtensions;
    }

    private MonitoringResult(MonitoringResult other)
    {
        Metric = other.Metric;
        MeasuredOn = other.MeasuredOn;
        Result = other.Result;
        ObjectiveId = other.ObjectiveId;
        Extensions = other.Extensions;
    }

    /// <summary>What was measured.</summary>
    public string Metric { get; private init; }

    /// <summary>When.</summary>
    public LocalDate MeasuredOn { get; private init; }

    /// <summary>The value or finding.</summary>
    public string? Result { get; private init; }

    /// <summary>The objective this measures, if any.</summary>
    public string? ObjectiveId { get; private init; }

    /// <summary>Properties of the JSON format this library does not know, written back unchanged.</summary>
    public ImmutableSortedDictionary<string, string> Extensions { get; private init; }

    /// <summary>Returns a copy with this objective id.</summary>
    /// <param name="objectiveId">The objective.</param>
    /// <returns>The copy.</returns>
    public MonitoringResult WithObjective(string? objectiveId) => new(this) { ObjectiveId = objectiveId };

    /// <summary>Returns a copy with these unknown properties.</summary>
    /// <param name="extensions">Name to compact JSON text.</param>
    /// <returns>The copy.</returns>
    public MonitoringResult WithExtensions(IEnumerable<KeyValuePair<string, string>>? extensions) => new(this) { Extensions = IsmsEquality.Extensions(extensions) };

    /// <inheritdoc/>
    public bool Equals(MonitoringResult? other) =>
        other is not null && Metric == other.Metric && MeasuredOn == other.MeasuredOn && Result == other.Result
        && ObjectiveId == other.ObjectiveId && IsmsEquality.Same(Extensions, other.Extensions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MonitoringResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, MeasuredOn);

    /// <inheritdoc/>
    public override string ToString() => $"{MeasuredOn:uuuu-MM-dd} {Metric}: {Result}";
}
