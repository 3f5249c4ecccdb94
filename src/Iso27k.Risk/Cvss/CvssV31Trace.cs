using System.Globalization;
using System.Text;

namespace Iso27k.Risk.Cvss;

/// <summary>
/// How the scores of a CVSS v3.x vector were computed: every sub-score of the specification's equations before and
/// after rounding. Obtain one from <see cref="CvssV31Vector.Explain"/>.
/// </summary>
public sealed class CvssV31Trace
{
    internal CvssV31Trace(CvssV31Vector vector, in CvssV3Computation c)
    {
        Vector = vector;
        Iss = c.Iss;
        Impact = c.Impact;
        Exploitability = c.Exploitability;
        ScopeChanged = c.ScopeChanged;
        BaseScore = c.BaseScore;
        ExploitCodeMaturity = c.ExploitCodeMaturity;
        RemediationLevel = c.RemediationLevel;
        ReportConfidence = c.ReportConfidence;
        TemporalScore = c.TemporalScore;
        ModifiedScopeChanged = c.ModifiedScopeChanged;
        Miss = c.Miss;
        ModifiedImpact = c.ModifiedImpact;
        ModifiedExploitability = c.ModifiedExploitability;
        ModifiedBaseScore = c.ModifiedBaseScore;
        EnvironmentalScore = c.EnvironmentalScore;
    }

    /// <summary>The vector that was scored.</summary>
    public CvssV31Vector Vector { get; }

    /// <summary>The Impact Sub-Score: 1 - (1 - C) x (1 - I) x (1 - A).</summary>
    public double Iss { get; }

    /// <summary>The impact: 6.42 x ISS when the scope is unchanged; 7.52 x (ISS - 0.029) - 3.25 x (ISS - 0.02)^15 when changed.</summary>
    public double Impact { get; }

    /// <summary>The exploitability: 8.22 x AV x AC x PR x UI.</summary>
    public double Exploitability { get; }

    /// <summary>Whether the scope is changed (S:C).</summary>
    public bool ScopeChanged { get; }

    /// <summary>The base score after Roundup.</summary>
    public double BaseScore { get; }

    /// <summary>The weight of Exploit Code Maturity (E).</summary>
    public double ExploitCodeMaturity { get; }

    /// <summary>The weight of Remediation Level (RL).</summary>
    public double RemediationLevel { get; }

    /// <summary>The weight of Report Confidence (RC).</summary>
    public double ReportConfidence { get; }

    /// <summary>The temporal score: Roundup(base x E x RL x RC).</summary>
    public double TemporalScore { get; }

    /// <summary>Whether the modified scope (MS, or S when MS is Not Defined) is changed.</summary>
    public bool ModifiedScopeChanged { get; }

    /// <summary>The Modified Impact Sub-Score: min(1 - (1 - MC x CR) x (1 - MI x IR) x (1 - MA x AR), 0.915).</summary>
    public double Miss { get; }

    /// <summary>
    /// The modified impact: 6.42 x MISS when unchanged; when changed 7.52 x (MISS - 0.029) - 3.25 x (MISS x 0.9731 - 0.02)^13
    /// in v3.1, 7.52 x (MISS - 0.029) - 3.25 x (MISS - 0.02)^15 in v3.0.
    /// </summary>
    public double ModifiedImpact { get; }

    /// <summary>The modified exploitability: 8.22 x MAV x MAC x MPR x MUI.</summary>
    public double ModifiedExploitability { get; }

    /// <summary>The inner Roundup of the environmental equation (the base score recomputed from modified metrics).</summary>
    public double ModifiedBaseScore { get; }

    /// <summary>The environmental score: Roundup(inner x E x RL x RC).</summary>
    public double EnvironmentalScore { get; }

    /// <summary>A multi-line, culture-invariant explanation.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        var b = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        var rounding = Vector.Version == CvssVersion.V30 ? "naive round-up (v3.0)" : "Roundup of v3.1 Appendix A";
        b.Append(ci, $"{Vector}").AppendLine();
        b.Append(ci, $"Scope {(ScopeChanged ? "changed" : "unchanged")}; ISS = {Iss:R}").AppendLine();
        b.Append(ci, $"Impact = {Impact:R}; Exploitability = {Exploitability:R}").AppendLine();
        b.Append(ci, $"Base score = {BaseScore:0.0} ({rounding})").AppendLine();
        b.Append(ci, $"Temporal: E = {ExploitCodeMaturity:R}, RL = {RemediationLevel:R}, RC = {ReportConfidence:R}; temporal score = {TemporalScore:0.0}").AppendLine();
        b.Append(ci, $"Modified scope {(ModifiedScopeChanged ? "changed" : "unchanged")}; MISS = {Miss:R}").AppendLine();
        b.Append(ci, $"Modified impact = {ModifiedImpact:R}; modified exploitability = {ModifiedExploitability:R}").AppendLine();
        b.Append(ci, $"Environmental score = Roundup({ModifiedBaseScore:0.0} x E x RL x RC) = {EnvironmentalScore:0.0}").AppendLine();
        return b.ToString();
    }
}
