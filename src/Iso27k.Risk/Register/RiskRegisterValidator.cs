using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Iso27k.Risk;

/// <summary>
/// Checks a <see cref="RiskRegister"/> against ISO/IEC 27001:2022 6.1.2, 6.1.3 and 8.2 and returns diagnostics with
/// stable codes (<see cref="RiskDiagnosticCodes"/>). It never throws on a register's content.
/// </summary>
/// <remarks>
/// Dates (expiry, review) are judged against today in <see cref="Zone"/> as given by the <see cref="IClock"/>, so
/// tests can fix the day. The pass over the risks allocates only for problems found: a path or message is built
/// when a diagnostic is reported, never for a valid risk.
/// </remarks>
public sealed class RiskRegisterValidator
{
    private const string Iso = "ISO/IEC 27001:2022 ";

    private readonly IClock clock;

    /// <summary>Creates a validator.</summary>
    /// <param name="clock">Gives today's date for expiry and review checks.</param>
    /// <param name="zone">The time zone in which "today" is taken; UTC when <see langword="null"/>.</param>
    public RiskRegisterValidator(IClock clock, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.clock = clock;
        Zone = zone ?? DateTimeZone.Utc;
    }

    /// <summary>The time zone in which "today" is taken.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Validates a register against its own criteria.</summary>
    /// <param name="register">The register.</param>
    /// <returns>The diagnostics, in register order; empty when the register is valid.</returns>
    public ImmutableArray<RiskDiagnostic> Validate(RiskRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return Validate(register, register.Criteria);
    }

    /// <summary>Validates a register against given criteria (for example a newer version than the one it holds).</summary>
    /// <param name="register">The register.</param>
    /// <param name="criteria">The criteria, or <see langword="null"/> to check only what needs no criteria.</param>
    /// <returns>The diagnostics, in register order; empty when the register is valid.</returns>
    public ImmutableArray<RiskDiagnostic> Validate(RiskRegister register, RiskCriteria? criteria)
    {
        ArgumentNullException.ThrowIfNull(register);
        var today = clock.GetCurrentInstant().InZone(Zone).Date;
        var found = new List<RiskDiagnostic>();
        if (criteria is null)
        {
            found.Add(new RiskDiagnostic(
                RiskDiagnosticCodes.MissingCriteria,
                RiskDiagnosticSeverity.Warning,
                null,
                "$.criteria",
                "The register has no risk criteria, so no risk level can be computed or compared with an acceptance level. Add a \"criteria\" object (method, scales, acceptance level) or score it with a separate criteria file.",
                Iso + "6.1.2 a)"));
        }

        var catalog = IsoCatalogs.Iso27002_2022;
        var assets = IdSet(register.Assets, a => a.Id);
        var threats = IdSet(register.Threats, t => t.Id);
        var vulnerabilities = IdSet(register.Vulnerabilities, v => v.Id);
        var seen = new HashSet<string>(register.Risks.Length, StringComparer.Ordinal);
        var risks = register.Risks;
        for (var i = 0; i < risks.Length; i++)
        {
            var risk = risks[i];
            CheckIdentity(risk, i, seen, found);
            CheckReferences(risk, i, assets, threats, vulnerabilities, found);
            if (string.IsNullOrWhiteSpace(risk.Owner))
            {
                Report(found, RiskDiagnosticCodes.MissingOwner, RiskDiagnosticSeverity.Error, risk, i, "owner",
                    "The risk has no owner. Name the person accountable for managing it in \"owner\".", "6.1.2 c) 2)");
            }

            var levels = criteria is null ? default : CheckLevels(risk, i, criteria, found);
            CheckTreatment(risk, i, levels, criteria, catalog, found);
            CheckDates(risk, i, today, found);
        }

        return [.. found];
    }

    private static FrozenSet<string> IdSet<T>(ImmutableArray<T> items, Func<T, string> id)
    {
        var set = new HashSet<string>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
        {
            set.Add(id(item));
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void CheckIdentity(Risk risk, int index, HashSet<string> seen, List<RiskDiagnostic> found)
    {
        if (string.IsNullOrWhiteSpace(risk.Id))
        {
            Report(found, RiskDiagnosticCodes.DuplicateRiskId, RiskDiagnosticSeverity.Error, risk, index, "id",
                "The risk id is blank. Give every risk a unique id such as \"R-001\".", "6.1.2 c) 1)");
        }
        else if (!seen.Add(risk.Id))
        {
            Report(found, RiskDiagnosticCodes.DuplicateRiskId, RiskDiagnosticSeverity.Error, risk, index, "id",
                $"The id '{risk.Id}' is used by an earlier risk. Give every risk a unique id.", "6.1.2 c) 1)");
        }
    }

    private static void CheckReferences(Risk risk, int index, FrozenSet<string> assets, FrozenSet<string> threats, FrozenSet<string> vulnerabilities, List<RiskDiagnostic> found)
    {
        var ids = risk.AssetIds;
        for (var j = 0; j < ids.Length; j++)
        {
            if (!assets.Contains(ids[j]))
            {
                Report(found, RiskDiagnosticCodes.UnknownReference, RiskDiagnosticSeverity.Error, risk, index, $"assets[{j}]",
                    $"The asset '{ids[j]}' is not defined in the register's \"assets\". Add it there or correct the id.", "6.1.2 c) 1)");
            }
        }

        if (risk.ThreatId is { } threat && !threats.Contains(threat))
        {
            Report(found, RiskDiagnosticCodes.UnknownReference, RiskDiagnosticSeverity.Error, risk, index, "threat",
                $"The threat '{threat}' is not defined in the register's \"threats\". Add it there or correct the id.", "6.1.2 c) 1)");
        }

        if (risk.VulnerabilityId is { } vulnerability && !vulnerabilities.Contains(vulnerability))
        {
            Report(found, RiskDiagnosticCodes.UnknownReference, RiskDiagnosticSeverity.Error, risk, index, "vulnerability",
                $"The vulnerability '{vulnerability}' is not defined in the register's \"vulnerabilities\". Add it there or correct the id.", "6.1.2 c) 1)");
        }
    }

    // Levels of (inherent, current, residual); -1 when unrated, -2 when absent.
    private static (int Inherent, int Current, int Residual) CheckLevels(Risk risk, int index, RiskCriteria criteria, List<RiskDiagnostic> found)
    {
        var method = criteria.Method;
        var inherent = LevelOrReport(risk.Inherent, "inherent", false);
        var current = LevelOrReport(risk.Current, "current", true);
        var residual = LevelOrReport(risk.Residual, "residual", false);
        if (current >= 0 && residual >= 0 && residual > current)
        {
            Report(found, RiskDiagnosticCodes.ResidualAboveCurrent, RiskDiagnosticSeverity.Error, risk, index, "residual",
                $"The residual level '{method.Levels[residual]}' is higher than the current level '{method.Levels[current]}'; treatment cannot raise a risk. Re-assess the residual risk or the current one.", "6.1.3");
        }

        return (inherent, current, residual);

        int LevelOrReport(RiskAssessment? assessment, string name, bool required)
        {
            if (assessment is null)
            {
                if (required)
                {
                    Report(found, RiskDiagnosticCodes.NotRated, RiskDiagnosticSeverity.Warning, risk, index, name,
                        $"The risk has no {name} assessment, so its level is not computed. Add \"{name}\" with the inputs of the '{method.Name}' method.", "6.1.2 d)");
                }

                return -2;
            }

            var level = method.LevelOf(assessment);
            if (level < 0)
            {
                var evaluation = method.Evaluate(assessment);
                Report(found, RiskDiagnosticCodes.NotRated, RiskDiagnosticSeverity.Warning, risk, index, name,
                    $"The {name} level is not computed. {evaluation.Trace} Rate every input of the '{method.Name}' method.", "6.1.2 d)");
            }

            return level;
        }
    }

    private static void CheckTreatment(Risk risk, int index, (int Inherent, int Current, int Residual) levels, RiskCriteria? criteria, Catalog catalog, List<RiskDiagnostic> found)
    {
        var controls = risk.TreatmentControls;
        for (var j = 0; j < controls.Length; j++)
        {
            var control = controls[j];
            if (control.IsDefault || control.Edition != Edition.Iso2022)
            {
                Report(found, RiskDiagnosticCodes.UnknownControl, RiskDiagnosticSeverity.Error, risk, index, $"controls[{j}]",
                    $"'{control}' is not an ISO/IEC 27001:2022 Annex A control id. Use a 2022 id such as '5.23'; map 2013 ids to their 2022 successors.", "6.1.3 c)");
            }
            else if (!catalog.Contains(control))
            {
                Report(found, RiskDiagnosticCodes.UnknownControl, RiskDiagnosticSeverity.Error, risk, index, $"controls[{j}]",
                    $"'{control}' is not in the ISO/IEC 27001:2022 Annex A catalog ({catalog.Count} controls, 5.1 to 8.34). Correct the id.", "6.1.3 c)");
            }
        }

        switch (risk.Treatment)
        {
            case TreatmentOption.Modify when controls.IsEmpty:
                Report(found, RiskDiagnosticCodes.ModifyWithoutControls, RiskDiagnosticSeverity.Error, risk, index, "controls",
                    "The treatment is 'modify' but no control is listed. List the Annex A controls that modify the risk in \"controls\".", "6.1.3 b)");
                break;
            case TreatmentOption.Retain when risk.Acceptance is null:
                Report(found, RiskDiagnosticCodes.RetainWithoutAcceptance, RiskDiagnosticSeverity.Error, risk, index, "acceptance",
                    "The risk is retained but the owner's acceptance is not recorded. Add \"acceptance\" with who accepted and when.", "6.1.3 f)");
                break;
        }

        if (risk.Acceptance is { } acceptance && risk.Owner is { } owner && !string.IsNullOrWhiteSpace(owner) &&
            !string.Equals(acceptance.AcceptedBy, owner, StringComparison.Ordinal))
        {
            Report(found, RiskDiagnosticCodes.AcceptedByNonOwner, RiskDiagnosticSeverity.Warning, risk, index, "acceptance.acceptedBy",
                $"The acceptance is recorded by '{acceptance.AcceptedBy}', not by the risk owner '{owner}'. Residual risk is accepted by its owner: record the owner's acceptance or change the owner.", "6.1.3 f)");
        }

        if (criteria is null)
        {
            return;
        }

        if (levels.Current >= 0 && levels.Residual >= 0 && levels.Residual < levels.Current && controls.IsEmpty)
        {
            Report(found, RiskDiagnosticCodes.ResidualLoweredWithoutControl, RiskDiagnosticSeverity.Warning, risk, index, "residual",
                $"The residual level '{criteria.Levels[levels.Residual]}' is lower than the current level '{criteria.Levels[levels.Current]}', but no treatment control is listed. List the controls that lower it in \"controls\", or re-assess the residual risk.", "6.1.3 b)");
        }

        var assessed = levels.Current >= 0 ? levels.Current : levels.Inherent;
        if (risk.Treatment is null && assessed > criteria.AcceptanceLevel)
        {
            Report(found, RiskDiagnosticCodes.UntreatedAboveAcceptance, RiskDiagnosticSeverity.Warning, risk, index, "treatment",
                $"The level '{criteria.Levels[assessed]}' is above the acceptance level '{criteria.AcceptanceLevelLabel}' but no treatment option is chosen. Choose \"modify\", \"retain\", \"avoid\" or \"share\".", "6.1.3 a)");
        }
    }

    private static void CheckDates(Risk risk, int index, LocalDate today, List<RiskDiagnostic> found)
    {
        if (risk.Acceptance is { ExpiresOn: { } expires } && today > expires)
        {
            Report(found, RiskDiagnosticCodes.AcceptanceExpired, RiskDiagnosticSeverity.Warning, risk, index, "acceptance.expiresOn",
                $"The owner's acceptance expired on {Format(expires)} (today is {Format(today)}). Re-assess the risk and renew or withdraw the acceptance.", "6.1.3 f)");
        }

        if (risk.NextReview is { } review && today > review)
        {
            Report(found, RiskDiagnosticCodes.ReviewOverdue, RiskDiagnosticSeverity.Warning, risk, index, "nextReview",
                $"The review planned for {Format(review)} is overdue (today is {Format(today)}). Review the risk and set the next review date.", "8.2");
        }
    }

    private static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void Report(List<RiskDiagnostic> found, string code, RiskDiagnosticSeverity severity, Risk risk, int index, string property, string message, string clause) =>
        found.Add(new RiskDiagnostic(code, severity, risk.Id, string.Create(CultureInfo.InvariantCulture, $"$.risks[{index}].{property}"), message, Iso + clause));
}
