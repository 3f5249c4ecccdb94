using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Iso27k.Risk.Cvss;

/// <summary>
/// How a CVSS v4.0 score was computed with the MacroVector method: the EQ levels, the MacroVector's score, the scores
/// of the next lower MacroVectors, the highest-severity vector used, the severity distances and the mean distance.
/// Obtain one from <see cref="CvssV40Vector.Explain"/>.
/// </summary>
public sealed class CvssV40Trace
{
    internal CvssV40Trace(CvssV40Vector vector, in CvssV40Computation c)
    {
        Vector = vector;
        EquivalenceLevels = [c.Eq1, c.Eq2, c.Eq3, c.Eq4, c.Eq5, c.Eq6];
        MacroVector = c.MacroVector.ToString("D6", CultureInfo.InvariantCulture);
        MacroVectorScore = c.MacroVectorScore;
        NoImpact = c.NoImpact;
        Score = c.Score;
        if (c.NoImpact)
        {
            MaxVector = string.Empty;
            NextLowerScores = [];
            SeverityDistances = [];
            MaxSeverities = [];
            ProportionalDistances = [];
            return;
        }

        NextLowerScores = [Nullable(c.NextLowerEq1), Nullable(c.NextLowerEq2), Nullable(c.NextLowerEq3Eq6), Nullable(c.NextLowerEq4), Nullable(c.NextLowerEq5)];
        SeverityDistances = [c.DistanceEq1, c.DistanceEq2, c.DistanceEq3Eq6, c.DistanceEq4, 0.0];
        MaxSeverities = [c.MaxSeverityEq1, c.MaxSeverityEq2, c.MaxSeverityEq3Eq6, c.MaxSeverityEq4];
        ProportionalDistances = [c.NormalizedEq1, c.NormalizedEq2, c.NormalizedEq3Eq6, c.NormalizedEq4, c.NormalizedEq5];
        ExistingLowerMacroVectors = c.ExistingLower;
        MeanDistance = c.MeanDistance;
        var eq1 = CvssV40Calculator.MaxEq1[c.Eq1][c.MaxEq1];
        var eq2 = CvssV40Calculator.MaxEq2[c.Eq2][c.MaxEq2];
        var eq36 = CvssV40Calculator.MaxEq3Eq6[c.Eq3][c.Eq6][c.MaxEq3Eq6];
        var eq4 = CvssV40Calculator.MaxEq4[c.Eq4][c.MaxEq4];
        MaxVector = string.Create(
            CultureInfo.InvariantCulture,
            $"AV:{eq1[0]}/AC:{eq2[0]}/AT:{eq2[1]}/PR:{eq1[1]}/UI:{eq1[2]}/VC:{eq36[0]}/VI:{eq36[1]}/VA:{eq36[2]}/SC:{eq4[0]}/SI:{eq4[1]}/SA:{eq4[2]}/E:{"APU"[c.Eq5]}/CR:{eq36[3]}/IR:{eq36[4]}/AR:{eq36[5]}");
    }

    /// <summary>The vector that was scored.</summary>
    public CvssV40Vector Vector { get; }

    /// <summary>The levels of EQ1 to EQ6.</summary>
    public ImmutableArray<int> EquivalenceLevels { get; }

    /// <summary>The MacroVector: the six EQ levels as digits, such as <c>002201</c>.</summary>
    public string MacroVector { get; }

    /// <summary>The MacroVector's score in FIRST's lookup table.</summary>
    public double MacroVectorScore { get; }

    /// <summary>Whether every vulnerable and subsequent system impact is None, which scores 0.0 outright.</summary>
    public bool NoImpact { get; }

    /// <summary>Scores of the next lower MacroVector for EQ1, EQ2, EQ3+EQ6, EQ4 and EQ5 (<see langword="null"/> where none exists).</summary>
    public ImmutableArray<double?> NextLowerScores { get; }

    /// <summary>The highest-severity vector of the MacroVector that the distances are measured from.</summary>
    public string MaxVector { get; }

    /// <summary>Severity distances from <see cref="MaxVector"/> for EQ1, EQ2, EQ3+EQ6, EQ4 and EQ5.</summary>
    public ImmutableArray<double> SeverityDistances { get; }

    /// <summary>The depths of the MacroVector (max severity x 0.1) for EQ1, EQ2, EQ3+EQ6 and EQ4.</summary>
    public ImmutableArray<double> MaxSeverities { get; }

    /// <summary>For each EQ, the available score distance times the proportion of the depth covered.</summary>
    public ImmutableArray<double> ProportionalDistances { get; }

    /// <summary>How many next lower MacroVectors exist (the divisor of the mean).</summary>
    public int ExistingLowerMacroVectors { get; }

    /// <summary>The mean of the proportional distances, subtracted from the MacroVector's score.</summary>
    public double MeanDistance { get; }

    /// <summary>The final score, rounded half up to one decimal.</summary>
    public double Score { get; }

    /// <summary>A multi-line, culture-invariant explanation.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        var ci = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.Append(ci, $"{Vector} ({Vector.Nomenclature.ToLabel()})").AppendLine();
        b.Append(ci, $"MacroVector {MacroVector} (EQ1-EQ6), lookup score {MacroVectorScore:0.0}").AppendLine();
        if (NoImpact)
        {
            b.AppendLine("No impact on vulnerable or subsequent system: score 0.0");
            return b.ToString();
        }

        string[] names = ["EQ1", "EQ2", "EQ3+EQ6", "EQ4", "EQ5"];
        b.Append(ci, $"Highest-severity vector: {MaxVector}").AppendLine();
        for (var i = 0; i < names.Length; i++)
        {
            var lower = NextLowerScores[i] is { } s ? s.ToString("0.0", ci) : "none";
            var depth = i < MaxSeverities.Length ? MaxSeverities[i].ToString("R", ci) : "-";
            b.Append(ci, $"{names[i]}: next lower {lower}, severity distance {SeverityDistances[i]:R}, depth {depth}, proportional distance {ProportionalDistances[i]:R}").AppendLine();
        }

        b.Append(ci, $"Mean distance = {MeanDistance:R} over {ExistingLowerMacroVectors} lower MacroVectors").AppendLine();
        b.Append(ci, $"Score = round({MacroVectorScore:0.0} - {MeanDistance:R}) = {Score:0.0}").AppendLine();
        return b.ToString();
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;
}
