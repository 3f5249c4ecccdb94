using System.Collections.Immutable;

namespace Iso27k.Risk.Fair;

/// <summary>The results of several scenarios simulated together, and their total: the per-iteration sum.</summary>
/// <remarks>
/// Scenario i uses stream index i, so its result equals a stand-alone run of that scenario with the same options
/// only for i = 0; summing per iteration keeps the dependence of a shared year (each iteration is one year for all
/// scenarios).
/// </remarks>
public sealed class FairPortfolioResult
{
    internal FairPortfolioResult(ImmutableArray<FairResult> scenarios, FairResult total)
    {
        Scenarios = scenarios;
        Total = total;
    }

    /// <summary>Each scenario's result, in input order.</summary>
    public ImmutableArray<FairResult> Scenarios { get; }

    /// <summary>The total annual loss: per iteration, the sum over scenarios.</summary>
    public FairResult Total { get; }
}
