using System.Collections.Immutable;

namespace Iso27k.Risk;

/// <summary>
/// Scores every risk of a register with the criteria's method, explaining each level, for reports and for the
/// <c>iso27k risk register score</c> command.
/// </summary>
public static class RiskRegisterScorer
{
    /// <summary>Scores a register.</summary>
    /// <param name="register">The register.</param>
    /// <param name="criteria">Criteria to use instead of the register's own, or <see langword="null"/> for the register's.</param>
    /// <returns>The evaluations; with no criteria at all, rows without evaluations and an RSK014 diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public static RiskRegisterScore Score(RiskRegister register, RiskCriteria? criteria = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        criteria ??= register.Criteria;
        var rows = ImmutableArray.CreateBuilder<RiskScoreRow>(register.Risks.Length);
        if (criteria is null)
        {
            foreach (var risk in register.Risks)
            {
                rows.Add(new RiskScoreRow(risk, null, null, null, null));
            }

            var missing = new RiskDiagnostic(
                RiskDiagnosticCodes.MissingCriteria,
                RiskDiagnosticSeverity.Error,
                null,
                "$.criteria",
                "No risk criteria: the register has none and none were given. Add \"criteria\" to the register or pass a criteria file.",
                "ISO/IEC 27001:2022 6.1.2 a)");
            return new RiskRegisterScore(null, rows.MoveToImmutable(), [missing]);
        }

        var method = criteria.Method;
        foreach (var risk in register.Risks)
        {
            var inherent = risk.Inherent is null ? null : method.Evaluate(risk.Inherent);
            var current = risk.Current is null ? null : method.Evaluate(risk.Current);
            var residual = risk.Residual is null ? null : method.Evaluate(risk.Residual);
            var judged = residual is { IsRated: true } ? residual : current is { IsRated: true } ? current : null;
            rows.Add(new RiskScoreRow(risk, inherent, current, residual, judged is null ? null : criteria.IsAcceptable(judged.Level)));
        }

        return new RiskRegisterScore(criteria, rows.MoveToImmutable(), []);
    }
}
