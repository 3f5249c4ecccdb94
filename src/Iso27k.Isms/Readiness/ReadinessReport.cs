using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>
/// The outcome of <see cref="ReadinessAssessor.Assess(IsmsRecord)"/>: readiness per clause with reasons and
/// diagnostics, the explained readiness figure, the certification path and the certificate's transition status.
/// </summary>
public sealed class ReadinessReport
{
    internal ReadinessReport(LocalDate assessedOn, string? organization, ImmutableArray<ClauseReadiness> clauses, ImmutableArray<ReadinessItem> items, ImmutableArray<CertificationStep> plan, TransitionAssessment transition, ImmutableArray<IsmsDiagnostic> readDiagnostics)
    {
        AssessedOn = assessedOn;
        Organization = organization;
        Clauses = clauses;
        Items = items;
        Plan = plan;
        Transition = transition;
        ReadDiagnostics = readDiagnostics;
        Diagnostics = [.. items.SelectMany(i => i.Diagnostics)];
        var required = items.Where(i => i.Required).ToList();
        Score = new ReadinessScore(
            required.Count(i => i.State == ReadinessItemState.Satisfied),
            required.Count(i => i.State == ReadinessItemState.Deficient),
            required.Count(i => i.State == ReadinessItemState.Missing));
    }

    /// <summary>The date the record was assessed on (today by the assessor's clock).</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The organization named in the record.</summary>
    public string? Organization { get; }

    /// <summary>Every clause and sub-clause of ISO/IEC 27001:2022 4 to 10, in document order.</summary>
    public ImmutableArray<ClauseReadiness> Clauses { get; }

    /// <summary>Every item checked, in clause order.</summary>
    public ImmutableArray<ReadinessItem> Items { get; }

    /// <summary>Every readiness finding, in clause order.</summary>
    public ImmutableArray<IsmsDiagnostic> Diagnostics { get; }

    /// <summary>The problems found while reading the record file, when assessed from a document.</summary>
    public ImmutableArray<IsmsDiagnostic> ReadDiagnostics { get; }

    /// <summary>The readiness figure and its formula.</summary>
    public ReadinessScore Score { get; }

    /// <summary>The certification path, in order.</summary>
    public ImmutableArray<CertificationStep> Plan { get; }

    /// <summary>The certificate's standing and the 2013 to 2022 transition.</summary>
    public TransitionAssessment Transition { get; }

    /// <summary>Whether any required item is missing (the CLI exits with 1).</summary>
    public bool HasMissingRequirements => Score.Missing > 0;

    /// <summary>
    /// The overall status: <see cref="ReadinessStatus.Missing"/> when a required item is missing,
    /// <see cref="ReadinessStatus.Partial"/> when any item is deficient or a recommended item missing, otherwise
    /// <see cref="ReadinessStatus.Ready"/>.
    /// </summary>
    public ReadinessStatus Status =>
        HasMissingRequirements ? ReadinessStatus.Missing
        : Items.Any(i => i.State != ReadinessItemState.Satisfied) ? ReadinessStatus.Partial
        : ReadinessStatus.Ready;

    /// <summary>The readiness of one clause.</summary>
    /// <param name="clauseId">The clause, e.g. <c>9.2.2</c>.</param>
    /// <returns>The clause's readiness.</returns>
    /// <exception cref="KeyNotFoundException">No such clause.</exception>
    public ClauseReadiness this[string clauseId] =>
        Clauses.FirstOrDefault(c => c.Clause.Id == clauseId) ?? throw new KeyNotFoundException($"No clause '{clauseId}' in ISO/IEC 27001:2022.");

    /// <inheritdoc/>
    public override string ToString() => $"{Status}: {Score.Formula}";
}
