namespace Iso27k.Risk.Cvss;

/// <summary>Every intermediate value of the CVSS v4.0 MacroVector method for one vector.</summary>
internal struct CvssV40Computation
{
    public int Eq1, Eq2, Eq3, Eq4, Eq5, Eq6;
    public bool NoImpact;
    public double MacroVectorScore;
    public double NextLowerEq1, NextLowerEq2, NextLowerEq3Eq6, NextLowerEq4, NextLowerEq5;
    public int MaxEq1, MaxEq2, MaxEq3Eq6, MaxEq4;
    public double DistanceEq1, DistanceEq2, DistanceEq3Eq6, DistanceEq4;
    public double MaxSeverityEq1, MaxSeverityEq2, MaxSeverityEq3Eq6, MaxSeverityEq4;
    public double NormalizedEq1, NormalizedEq2, NormalizedEq3Eq6, NormalizedEq4, NormalizedEq5;
    public int ExistingLower;
    public double MeanDistance;
    public double Score;

    public readonly int MacroVector => (((((((((Eq1 * 10) + Eq2) * 10) + Eq3) * 10) + Eq4) * 10) + Eq5) * 10) + Eq6;
}

/// <summary>
/// FIRST's CVSS v4.0 scoring: the vector's MacroVector (EQ1-EQ6) selects a score from the expert-derived lookup table;
/// the score is then lowered by the mean proportional severity distance of the vector from the highest-severity vectors
/// of its MacroVector. A port of the facts and the arithmetic of FIRST's reference calculator (cvss_score.js,
/// cvss_lookup.js, max_composed.js, max_severity.js), in the same floating point operation order.
/// </summary>
internal static class CvssV40Calculator
{
    private const double Step = 0.1;
    private const double Epsilon = 1e-6;

    // Scores of the 270 MacroVectors, indexed by Index(eq1..eq6); NaN where EQ3=2 with EQ6=0, which cannot occur.
    // Each row is one eq1 eq2 eq3 eq4 prefix; its six columns are eq5 eq6 = 00, 01, 10, 11, 20, 21.
    private const double N = double.NaN;
    private static readonly double[] Lookup =
    [
        /* 0000xx */ 10.0, 9.9, 9.8, 9.5, 9.5, 9.2,
        /* 0001xx */ 10.0, 9.6, 9.3, 8.7, 9.1, 8.1,
        /* 0002xx */ 9.3, 9.0, 8.9, 8.0, 8.1, 6.8,
        /* 0010xx */ 9.8, 9.5, 9.5, 9.2, 9.0, 8.4,
        /* 0011xx */ 9.3, 9.2, 8.9, 8.1, 8.1, 6.5,
        /* 0012xx */ 8.8, 8.0, 7.8, 7.0, 6.9, 4.8,
        /* 0020xx */ N, 9.2, N, 8.2, N, 7.2,
        /* 0021xx */ N, 7.9, N, 6.9, N, 5.0,
        /* 0022xx */ N, 6.9, N, 5.5, N, 2.7,
        /* 0100xx */ 9.9, 9.7, 9.5, 9.2, 9.2, 8.5,
        /* 0101xx */ 9.5, 9.1, 9.0, 8.3, 8.4, 7.1,
        /* 0102xx */ 9.2, 8.1, 8.2, 7.1, 7.2, 5.3,
        /* 0110xx */ 9.5, 9.3, 9.2, 8.5, 8.5, 7.3,
        /* 0111xx */ 9.2, 8.2, 8.0, 7.2, 7.0, 5.9,
        /* 0112xx */ 8.4, 7.0, 7.1, 5.2, 5.0, 3.0,
        /* 0120xx */ N, 8.6, N, 7.5, N, 5.2,
        /* 0121xx */ N, 7.1, N, 5.2, N, 2.9,
        /* 0122xx */ N, 6.3, N, 2.9, N, 1.7,
        /* 1000xx */ 9.8, 9.5, 9.4, 8.7, 9.1, 8.1,
        /* 1001xx */ 9.4, 8.9, 8.6, 7.4, 7.7, 6.4,
        /* 1002xx */ 8.7, 7.5, 7.4, 6.3, 6.3, 4.9,
        /* 1010xx */ 9.4, 8.9, 8.8, 7.7, 7.6, 6.7,
        /* 1011xx */ 8.6, 7.6, 7.4, 5.8, 5.9, 5.0,
        /* 1012xx */ 7.2, 5.7, 5.7, 5.2, 5.2, 2.5,
        /* 1020xx */ N, 8.3, N, 7.0, N, 5.4,
        /* 1021xx */ N, 6.5, N, 5.8, N, 2.6,
        /* 1022xx */ N, 5.3, N, 2.1, N, 1.3,
        /* 1100xx */ 9.5, 9.0, 8.8, 7.6, 7.6, 7.0,
        /* 1101xx */ 9.0, 7.7, 7.5, 6.2, 6.1, 5.3,
        /* 1102xx */ 7.7, 6.6, 6.8, 5.9, 5.2, 3.0,
        /* 1110xx */ 8.9, 7.8, 7.6, 6.7, 6.2, 5.8,
        /* 1111xx */ 7.4, 5.9, 5.7, 5.7, 4.7, 2.3,
        /* 1112xx */ 6.1, 5.2, 5.7, 2.9, 2.4, 1.6,
        /* 1120xx */ N, 7.1, N, 5.9, N, 3.0,
        /* 1121xx */ N, 5.8, N, 2.6, N, 1.5,
        /* 1122xx */ N, 2.3, N, 1.3, N, 0.6,
        /* 2000xx */ 9.3, 8.7, 8.6, 7.2, 7.5, 5.8,
        /* 2001xx */ 8.6, 7.4, 7.4, 6.1, 5.6, 3.4,
        /* 2002xx */ 7.0, 5.4, 5.2, 4.0, 4.0, 2.2,
        /* 2010xx */ 8.5, 7.5, 7.4, 5.5, 6.2, 5.1,
        /* 2011xx */ 7.2, 5.7, 5.5, 4.1, 4.6, 1.9,
        /* 2012xx */ 5.3, 3.6, 3.4, 1.9, 1.9, 0.8,
        /* 2020xx */ N, 6.4, N, 5.1, N, 2.0,
        /* 2021xx */ N, 4.7, N, 2.1, N, 1.1,
        /* 2022xx */ N, 2.4, N, 0.9, N, 0.4,
        /* 2100xx */ 8.8, 7.5, 7.3, 5.3, 6.0, 5.0,
        /* 2101xx */ 7.3, 5.5, 5.9, 4.0, 4.1, 2.0,
        /* 2102xx */ 5.4, 4.3, 4.5, 2.2, 2.0, 1.1,
        /* 2110xx */ 7.5, 5.5, 5.8, 4.5, 4.0, 2.1,
        /* 2111xx */ 6.1, 5.1, 4.8, 1.8, 2.0, 0.9,
        /* 2112xx */ 4.6, 1.8, 1.7, 0.7, 0.8, 0.2,
        /* 2120xx */ N, 5.3, N, 2.4, N, 1.4,
        /* 2121xx */ N, 2.4, N, 1.2, N, 0.5,
        /* 2122xx */ N, 1.0, N, 0.3, N, 0.1,
    ];

    // Highest-severity vectors of each EQ level (max_composed.js), as the values of the group's metrics in order:
    // EQ1 (AV, PR, UI), EQ2 (AC, AT), EQ3+EQ6 (VC, VI, VA, CR, IR, AR), EQ4 (SC, SI, SA). EQ5 (E) distances are always 0.
    internal static readonly string[][] MaxEq1 = [["NNN"], ["ANN", "NLN", "NNP"], ["PNN", "ALP"]];
    internal static readonly string[][] MaxEq2 = [["LN"], ["HN", "LP"]];
    internal static readonly string[][][] MaxEq3Eq6 =
    [
        [["HHHHHH"], ["HHLMMH", "HHHMMM"]],
        [["LHHHHH", "HLHHHH"], ["LHLHMH", "LHHHMM", "HLHMHM", "HLLMHH", "LLHHHM"]],
        [[], ["LLLHHH"]],
    ];

    internal static readonly string[][] MaxEq4 = [["HSS"], ["HHH"], ["LLL"]];

    // Depth of each EQ level in steps of 0.1 (max_severity.js).
    private static readonly int[] MaxSeverityEq1 = [1, 4, 5];
    private static readonly int[] MaxSeverityEq2 = [1, 2];
    private static readonly int[][] MaxSeverityEq3Eq6 = [[7, 6], [8, 8], [0, 10]];
    private static readonly int[] MaxSeverityEq4 = [6, 5, 4];

    // Kinds of metric levels for Level().
    private const int KindAv = 0, KindPr = 1, KindUi = 2, KindAc = 3, KindAt = 4, KindVuln = 5, KindSc = 6, KindSub = 7, KindReq = 8;
    private static readonly int[] Eq1Kinds = [KindAv, KindPr, KindUi];
    private static readonly int[] Eq2Kinds = [KindAc, KindAt];
    private static readonly int[] Eq3Eq6Kinds = [KindVuln, KindVuln, KindVuln, KindReq, KindReq, KindReq];
    private static readonly int[] Eq4Kinds = [KindSc, KindSub, KindSub];

    public static void Compute(in CvssV40Vector v, out CvssV40Computation r)
    {
        r = default;

        // Effective values: a modified metric overrides its base metric; E, CR, IR, AR default to their worst case.
        Span<char> eq1 = [Effective(v, CvssV40Vector.AV), Effective(v, CvssV40Vector.PR), Effective(v, CvssV40Vector.UI)];
        Span<char> eq2 = [Effective(v, CvssV40Vector.AC), Effective(v, CvssV40Vector.AT)];
        Span<char> eq36 =
        [
            Effective(v, CvssV40Vector.VC), Effective(v, CvssV40Vector.VI), Effective(v, CvssV40Vector.VA),
            Requirement(v, CvssV40Vector.CR), Requirement(v, CvssV40Vector.IR), Requirement(v, CvssV40Vector.AR),
        ];
        Span<char> eq4 = [Effective(v, CvssV40Vector.SC), Effective(v, CvssV40Vector.SI), Effective(v, CvssV40Vector.SA)];
        var e = v.Get(CvssV40Vector.E);

        char av = eq1[0], pr = eq1[1], ui = eq1[2];
        r.Eq1 = av == 'N' && pr == 'N' && ui == 'N' ? 0
            : (av == 'N' || pr == 'N' || ui == 'N') && av != 'P' ? 1
            : 2;
        r.Eq2 = eq2[0] == 'L' && eq2[1] == 'N' ? 0 : 1;
        char vc = eq36[0], vi = eq36[1], va = eq36[2];
        r.Eq3 = vc == 'H' && vi == 'H' ? 0 : vc == 'H' || vi == 'H' || va == 'H' ? 1 : 2;
        char sc = eq4[0], si = eq4[1], sa = eq4[2];
        r.Eq4 = si == 'S' || sa == 'S' ? 0 : sc == 'H' || si == 'H' || sa == 'H' ? 1 : 2;
        r.Eq5 = e == 0 ? 0 : e - 1;
        r.Eq6 = (eq36[3] == 'H' && vc == 'H') || (eq36[4] == 'H' && vi == 'H') || (eq36[5] == 'H' && va == 'H') ? 0 : 1;

        r.MacroVectorScore = ScoreOf(r.Eq1, r.Eq2, r.Eq3, r.Eq4, r.Eq5, r.Eq6);
        if (vc == 'N' && vi == 'N' && va == 'N' && sc == 'N' && si == 'N' && sa == 'N')
        {
            r.NoImpact = true;
            r.Score = 0.0;
            return;
        }

        var value = r.MacroVectorScore;
        r.NextLowerEq1 = ScoreOf(r.Eq1 + 1, r.Eq2, r.Eq3, r.Eq4, r.Eq5, r.Eq6);
        r.NextLowerEq2 = ScoreOf(r.Eq1, r.Eq2 + 1, r.Eq3, r.Eq4, r.Eq5, r.Eq6);
        r.NextLowerEq3Eq6 = (r.Eq3, r.Eq6) switch
        {
            (1, 1) or (0, 1) => ScoreOf(r.Eq1, r.Eq2, r.Eq3 + 1, r.Eq4, r.Eq5, r.Eq6),
            (1, 0) => ScoreOf(r.Eq1, r.Eq2, r.Eq3, r.Eq4, r.Eq5, r.Eq6 + 1),
            (0, 0) => Math.Max(
                ScoreOf(r.Eq1, r.Eq2, r.Eq3, r.Eq4, r.Eq5, r.Eq6 + 1),
                ScoreOf(r.Eq1, r.Eq2, r.Eq3 + 1, r.Eq4, r.Eq5, r.Eq6)),
            _ => double.NaN,
        };
        r.NextLowerEq4 = ScoreOf(r.Eq1, r.Eq2, r.Eq3, r.Eq4 + 1, r.Eq5, r.Eq6);
        r.NextLowerEq5 = ScoreOf(r.Eq1, r.Eq2, r.Eq3, r.Eq4, r.Eq5 + 1, r.Eq6);

        // The first highest-severity vector (in the reference's nested order) that the vector does not exceed in any
        // metric. Groups share no metric, so that is the first fitting entry of each group; if some group has none,
        // the reference ends its search on the last combination, which is the last entry of every group.
        var maxes1 = MaxEq1[r.Eq1];
        var maxes2 = MaxEq2[r.Eq2];
        var maxes36 = MaxEq3Eq6[r.Eq3][r.Eq6];
        var maxes4 = MaxEq4[r.Eq4];
        r.MaxEq1 = FirstFitting(maxes1, eq1, Eq1Kinds);
        r.MaxEq2 = FirstFitting(maxes2, eq2, Eq2Kinds);
        r.MaxEq3Eq6 = FirstFitting(maxes36, eq36, Eq3Eq6Kinds);
        r.MaxEq4 = FirstFitting(maxes4, eq4, Eq4Kinds);
        if (r.MaxEq1 < 0 || r.MaxEq2 < 0 || r.MaxEq3Eq6 < 0 || r.MaxEq4 < 0)
        {
            r.MaxEq1 = maxes1.Length - 1;
            r.MaxEq2 = maxes2.Length - 1;
            r.MaxEq3Eq6 = maxes36.Length - 1;
            r.MaxEq4 = maxes4.Length - 1;
        }

        r.DistanceEq1 = Distance(maxes1[r.MaxEq1], eq1, Eq1Kinds);
        r.DistanceEq2 = Distance(maxes2[r.MaxEq2], eq2, Eq2Kinds);
        r.DistanceEq3Eq6 = Distance(maxes36[r.MaxEq3Eq6], eq36, Eq3Eq6Kinds);
        r.DistanceEq4 = Distance(maxes4[r.MaxEq4], eq4, Eq4Kinds);

        r.MaxSeverityEq1 = MaxSeverityEq1[r.Eq1] * Step;
        r.MaxSeverityEq2 = MaxSeverityEq2[r.Eq2] * Step;
        r.MaxSeverityEq3Eq6 = MaxSeverityEq3Eq6[r.Eq3][r.Eq6] * Step;
        r.MaxSeverityEq4 = MaxSeverityEq4[r.Eq4] * Step;

        var available1 = value - r.NextLowerEq1;
        var available2 = value - r.NextLowerEq2;
        var available36 = value - r.NextLowerEq3Eq6;
        var available4 = value - r.NextLowerEq4;
        var available5 = value - r.NextLowerEq5;
        var n = 0;
        if (!double.IsNaN(available1))
        {
            n++;
            r.NormalizedEq1 = available1 * (r.DistanceEq1 / r.MaxSeverityEq1);
        }

        if (!double.IsNaN(available2))
        {
            n++;
            r.NormalizedEq2 = available2 * (r.DistanceEq2 / r.MaxSeverityEq2);
        }

        if (!double.IsNaN(available36))
        {
            n++;
            r.NormalizedEq3Eq6 = available36 * (r.DistanceEq3Eq6 / r.MaxSeverityEq3Eq6);
        }

        if (!double.IsNaN(available4))
        {
            n++;
            r.NormalizedEq4 = available4 * (r.DistanceEq4 / r.MaxSeverityEq4);
        }

        if (!double.IsNaN(available5))
        {
            // EQ5 has a single value per level, so the proportion is always 0.
            n++;
            r.NormalizedEq5 = available5 * 0;
        }

        r.ExistingLower = n;
        r.MeanDistance = n == 0
            ? 0
            : (r.NormalizedEq1 + r.NormalizedEq2 + r.NormalizedEq3Eq6 + r.NormalizedEq4 + r.NormalizedEq5) / n;
        value -= r.MeanDistance;
        value = Math.Max(0, Math.Min(10, value));

        // The reference rounds half up after adding a small epsilon that absorbs binary representation error.
        r.Score = Math.Round((value + Epsilon) * 10, MidpointRounding.AwayFromZero) / 10;
    }

    internal static double ScoreOf(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6)
    {
        if (eq1 > 2 || eq2 > 1 || eq3 > 2 || eq4 > 2 || eq5 > 2 || eq6 > 1)
        {
            return double.NaN;
        }

        return Lookup[(((((((((eq1 * 2) + eq2) * 3) + eq3) * 3) + eq4) * 3) + eq5) * 2) + eq6];
    }

    private static int FirstFitting(string[] maxes, ReadOnlySpan<char> current, int[] kinds)
    {
        for (var i = 0; i < maxes.Length; i++)
        {
            var max = maxes[i];
            var fits = true;
            for (var j = 0; j < kinds.Length; j++)
            {
                if (Level(kinds[j], current[j]) - Level(kinds[j], max[j]) < 0)
                {
                    fits = false;
                    break;
                }
            }

            if (fits)
            {
                return i;
            }
        }

        return -1;
    }

    private static double Distance(string max, ReadOnlySpan<char> current, int[] kinds)
    {
        var sum = Level(kinds[0], current[0]) - Level(kinds[0], max[0]);
        for (var j = 1; j < kinds.Length; j++)
        {
            sum += Level(kinds[j], current[j]) - Level(kinds[j], max[j]);
        }

        return sum;
    }

    // Severity levels of metric values (the reference's METRIC_LEVELS), 0.0 being the most severe.
    private static double Level(int kind, char value) => kind switch
    {
        KindAv => value switch { 'N' => 0.0, 'A' => 0.1, 'L' => 0.2, _ => 0.3 },
        KindPr => value switch { 'N' => 0.0, 'L' => 0.1, _ => 0.2 },
        KindUi => value switch { 'N' => 0.0, 'P' => 0.1, _ => 0.2 },
        KindAc => value == 'L' ? 0.0 : 0.1,
        KindAt => value == 'N' ? 0.0 : 0.1,
        KindVuln => value switch { 'H' => 0.0, 'L' => 0.1, _ => 0.2 },
        KindSc => value switch { 'H' => 0.1, 'L' => 0.2, _ => 0.3 },
        KindSub => value switch { 'S' => 0.0, 'H' => 0.1, 'L' => 0.2, _ => 0.3 },
        _ => value switch { 'H' => 0.0, 'M' => 0.1, _ => 0.2 },
    };

    private static char Effective(in CvssV40Vector v, int metric)
    {
        var modified = v.Get(CvssV40Vector.MAV + metric);
        return modified != 0
            ? CvssV40Vector.Table.Values[CvssV40Vector.MAV + metric][modified][0]
            : CvssV40Vector.Table.Values[metric][v.Get(metric)][0];
    }

    private static char Requirement(in CvssV40Vector v, int metric)
    {
        var value = v.Get(metric);
        return value == 0 ? 'H' : CvssV40Vector.Table.Values[metric][value][0];
    }
}
