using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>The result of <see cref="RiskRegisterScorer.Score(RiskRegister, RiskCriteria?)"/>.</summary>
public sealed class RiskRegisterScore
{
    internal RiskRegisterScore(RiskCriteria? criteria, ImmutableArray<RiskScoreRow> rows, ImmutableArray<RiskDiagnostic> diagnostics)
    {
        Criteria = criteria;
        Rows = rows;
        Diagnostics = diagnostics;
    }

    /// <summary>The criteria used, or <see langword="null"/> when none was available.</summary>
    public RiskCriteria? Criteria { get; }

    /// <summary>One row per risk, in register order.</summary>
    public ImmutableArray<RiskScoreRow> Rows { get; }

    /// <summary>Why scoring was not possible (RSK014 when there are no criteria); empty otherwise.</summary>
    public ImmutableArray<RiskDiagnostic> Diagnostics { get; }
}
