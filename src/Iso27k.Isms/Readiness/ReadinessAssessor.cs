using System.Collections.Immutable;
using NodaTime;

namespace Iso27k.Isms;

/// <summary>
/// Assesses an <see cref="IsmsRecord"/> against ISO/IEC 27001:2022 clauses 4 to 10: per clause ready, partial or
/// missing with reasons and stable diagnostic codes (<see cref="IsmsDiagnosticCodes"/>), an explained readiness
/// figure, the certification path and the transition status. Never throws on a record's content.
/// </summary>
/// <remarks>
/// "Today" comes from the <see cref="IClock"/> in <see cref="Zone"/>, so tests and reports can fix the day. The SoA and
/// risk register are checked with their own validators (<c>SoaValidator</c>, <c>RiskRegisterValidator</c>) on the same
/// day; their errors make the matching items deficient. Immutable and thread-safe.
/// </remarks>
public sealed class ReadinessAssessor
{
    /// <summary>Creates an assessor.</summary>
    /// <param name="clock">Gives today's date.</param>
    /// <param name="zone">The time zone in which "today" is taken; UTC when <see langword="null"/>.</param>
    /// <param name="auditInterval">The longest accepted time since the latest internal audit; 12 months when <see langword="null"/>.</param>
    /// <param name="reviewInterval">
    /// The longest accepted time since the latest management review, the policy's approval (when no review date is
    /// planned) and the latest monitoring result; 12 months when <see langword="null"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ReadinessAssessor(IClock clock, DateTimeZone? zone = null, Period? auditInterval = null, Period? reviewInterval = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
        Zone = zone ?? DateTimeZone.Utc;
        AuditInterval = auditInterval ?? Period.FromMonths(12);
        ReviewInterval = reviewInterval ?? Period.FromMonths(12);
    }

    /// <summary>The clock.</summary>
    public IClock Clock { get; }

    /// <summary>The time zone in which "today" is taken.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The longest accepted time since the latest internal audit.</summary>
    public Period AuditInterval { get; }

    /// <summary>The longest accepted time since the latest management review, policy approval and monitoring result.</summary>
    public Period ReviewInterval { get; }

    /// <summary>Today by the clock, in the zone.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Zone).Date;

    /// <summary>Assesses a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The report.</returns>
    public ReadinessReport Assess(IsmsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ReadinessRules(this, record, Today).Run([]);
    }

    /// <summary>Assesses a record read from a file; a document that could not be read is assessed as an empty record.</summary>
    /// <param name="document">The document from <see cref="IsmsRecordDocument.Load(string)"/>.</param>
    /// <returns>The report, carrying the document's read diagnostics.</returns>
    public ReadinessReport Assess(IsmsRecordDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ReadinessRules(this, document.Record ?? new IsmsRecord(), Today).Run(document.Diagnostics);
    }

    /// <summary>The items the assessor looks for, without assessing anything (for documentation).</summary>
    /// <returns>Clause id, item id, description and whether it is required, in clause order.</returns>
    public static ImmutableArray<(string ClauseId, string ItemId, string Description, bool Required)> ItemCatalog() =>
        [.. ReadinessRules.Definitions.Select(d => (d.ClauseId, d.Id, d.Description, d.Required))];
}
