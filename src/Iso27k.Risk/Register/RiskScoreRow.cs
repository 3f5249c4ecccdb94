namespace Iso27k.Risk;

/// <summary>The evaluations of one risk under a register's criteria.</summary>
public sealed class RiskScoreRow
{
    internal RiskScoreRow(Risk risk, RiskEvaluation? inherent, RiskEvaluation? current, RiskEvaluation? residual, bool? residualAcceptable)
    {
        Risk = risk;
        Inherent = inherent;
        Current = current;
        Residual = residual;
        IsResidualAcceptable = residualAcceptable;
    }

    /// <summary>The risk.</summary>
    public Risk Risk { get; }

    /// <summary>The inherent evaluation, or <see langword="null"/> when there is no inherent assessment.</summary>
    public RiskEvaluation? Inherent { get; }

    /// <summary>The current evaluation, or <see langword="null"/> when there is no current assessment.</summary>
    public RiskEvaluation? Current { get; }

    /// <summary>The residual evaluation, or <see langword="null"/> when there is no residual assessment.</summary>
    public RiskEvaluation? Residual { get; }

    /// <summary>
    /// Whether the residual level (or the current one, when no residual is assessed) meets the acceptance level;
    /// <see langword="null"/> when neither is rated.
    /// </summary>
    public bool? IsResidualAcceptable { get; }
}
