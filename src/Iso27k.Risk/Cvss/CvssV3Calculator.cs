namespace Iso27k.Risk.Cvss;

/// <summary>Every intermediate value of the CVSS v3.x formulas for one vector.</summary>
internal struct CvssV3Computation
{
    public bool ScopeChanged;
    public double Iss;
    public double Impact;
    public double Exploitability;
    public double BaseScore;
    public double ExploitCodeMaturity;
    public double RemediationLevel;
    public double ReportConfidence;
    public double TemporalScore;
    public bool ModifiedScopeChanged;
    public double Miss;
    public double ModifiedImpact;
    public double ModifiedExploitability;
    public double ModifiedBaseScore;
    public double EnvironmentalScore;
}

/// <summary>
/// The CVSS v3.1 and v3.0 equations (v3.1 specification section 7, v3.0 section 8), evaluated in double precision in
/// the same operation order as FIRST's reference calculators so that results match them to the last digit.
/// </summary>
internal static class CvssV3Calculator
{
    // Weights are indexed by value number, in the order of CvssV31Vector.Table.Values.
    private static readonly double[] AttackVector = [0.85, 0.62, 0.55, 0.2];
    private static readonly double[] AttackComplexity = [0.77, 0.44];
    private static readonly double[] PrivilegesUnchanged = [0.85, 0.62, 0.27];
    private static readonly double[] PrivilegesChanged = [0.85, 0.68, 0.5];
    private static readonly double[] UserInteraction = [0.85, 0.62];
    private static readonly double[] Cia = [0.56, 0.22, 0.0];
    private static readonly double[] ExploitMaturity = [1.0, 0.91, 0.94, 0.97, 1.0];
    private static readonly double[] Remediation = [1.0, 0.95, 0.96, 0.97, 1.0];
    private static readonly double[] Confidence = [1.0, 0.92, 0.96, 1.0];
    private static readonly double[] Requirement = [1.0, 0.5, 1.0, 1.5];

    public static double BaseScore(in CvssV31Vector v)
    {
        var c = Cia[v.Get(CvssV31Vector.C)];
        var i = Cia[v.Get(CvssV31Vector.I)];
        var a = Cia[v.Get(CvssV31Vector.A)];
        var changed = v.Get(CvssV31Vector.S) == 1;
        var iss = 1 - ((1 - c) * (1 - i) * (1 - a));
        var impact = changed ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15)) : 6.42 * iss;
        if (impact <= 0)
        {
            return 0;
        }

        var pr = (changed ? PrivilegesChanged : PrivilegesUnchanged)[v.Get(CvssV31Vector.PR)];
        var exploitability = 8.22 * AttackVector[v.Get(CvssV31Vector.AV)] * AttackComplexity[v.Get(CvssV31Vector.AC)] * pr * UserInteraction[v.Get(CvssV31Vector.UI)];
        return RoundUp(changed ? Math.Min(1.08 * (impact + exploitability), 10) : Math.Min(impact + exploitability, 10), v.Version == CvssVersion.V30);
    }

    public static void Compute(in CvssV31Vector v, out CvssV3Computation r)
    {
        r = default;
        var v30 = v.Version == CvssVersion.V30;

        var av = v.Get(CvssV31Vector.AV);
        var ac = v.Get(CvssV31Vector.AC);
        var pr = v.Get(CvssV31Vector.PR);
        var ui = v.Get(CvssV31Vector.UI);
        var s = v.Get(CvssV31Vector.S);
        var c = Cia[v.Get(CvssV31Vector.C)];
        var i = Cia[v.Get(CvssV31Vector.I)];
        var a = Cia[v.Get(CvssV31Vector.A)];

        r.ScopeChanged = s == 1;
        r.Iss = 1 - ((1 - c) * (1 - i) * (1 - a));
        r.Impact = r.ScopeChanged
            ? (7.52 * (r.Iss - 0.029)) - (3.25 * Math.Pow(r.Iss - 0.02, 15))
            : 6.42 * r.Iss;
        var prWeight = (r.ScopeChanged ? PrivilegesChanged : PrivilegesUnchanged)[pr];
        r.Exploitability = 8.22 * AttackVector[av] * AttackComplexity[ac] * prWeight * UserInteraction[ui];
        r.BaseScore = r.Impact <= 0
            ? 0
            : RoundUp(r.ScopeChanged ? Math.Min(1.08 * (r.Impact + r.Exploitability), 10) : Math.Min(r.Impact + r.Exploitability, 10), v30);

        r.ExploitCodeMaturity = ExploitMaturity[v.Get(CvssV31Vector.E)];
        r.RemediationLevel = Remediation[v.Get(CvssV31Vector.RL)];
        r.ReportConfidence = Confidence[v.Get(CvssV31Vector.RC)];
        r.TemporalScore = RoundUp(r.BaseScore * r.ExploitCodeMaturity * r.RemediationLevel * r.ReportConfidence, v30);

        // A Not Defined modified metric takes the base metric's value: value number m - 1 in the base list.
        var mav = Modified(v, CvssV31Vector.MAV, av);
        var mac = Modified(v, CvssV31Vector.MAC, ac);
        var mpr = Modified(v, CvssV31Vector.MPR, pr);
        var mui = Modified(v, CvssV31Vector.MUI, ui);
        var ms = Modified(v, CvssV31Vector.MS, s);
        var mc = Cia[Modified(v, CvssV31Vector.MC, v.Get(CvssV31Vector.C))];
        var mi = Cia[Modified(v, CvssV31Vector.MI, v.Get(CvssV31Vector.I))];
        var ma = Cia[Modified(v, CvssV31Vector.MA, v.Get(CvssV31Vector.A))];
        var cr = Requirement[v.Get(CvssV31Vector.CR)];
        var ir = Requirement[v.Get(CvssV31Vector.IR)];
        var ar = Requirement[v.Get(CvssV31Vector.AR)];

        r.ModifiedScopeChanged = ms == 1;
        r.Miss = Math.Min(1 - ((1 - (mc * cr)) * (1 - (mi * ir)) * (1 - (ma * ar))), 0.915);
        r.ModifiedImpact = !r.ModifiedScopeChanged
            ? 6.42 * r.Miss
            : v30
                ? (7.52 * (r.Miss - 0.029)) - (3.25 * Math.Pow(r.Miss - 0.02, 15))
                : (7.52 * (r.Miss - 0.029)) - (3.25 * Math.Pow((r.Miss * 0.9731) - 0.02, 13));
        var mprWeight = (r.ModifiedScopeChanged ? PrivilegesChanged : PrivilegesUnchanged)[mpr];
        r.ModifiedExploitability = 8.22 * AttackVector[mav] * AttackComplexity[mac] * mprWeight * UserInteraction[mui];
        if (r.ModifiedImpact <= 0)
        {
            r.ModifiedBaseScore = 0;
            r.EnvironmentalScore = 0;
        }
        else
        {
            r.ModifiedBaseScore = RoundUp(
                r.ModifiedScopeChanged
                    ? Math.Min(1.08 * (r.ModifiedImpact + r.ModifiedExploitability), 10)
                    : Math.Min(r.ModifiedImpact + r.ModifiedExploitability, 10),
                v30);
            r.EnvironmentalScore = RoundUp(
                r.ModifiedBaseScore * r.ExploitCodeMaturity * r.RemediationLevel * r.ReportConfidence, v30);
        }
    }

    /// <summary>
    /// The specification's Roundup: v3.1 uses the integer method of its Appendix A, which removes floating point
    /// artefacts; v3.0 rounds naively upwards, as FIRST's v3.0 calculator does.
    /// </summary>
    public static double RoundUp(double value, bool v30) => v30 ? Math.Ceiling(value * 10) / 10 : RoundUp31(value);

    public static double RoundUp31(double value)
    {
        var scaled = (long)Math.Round(value * 100000, MidpointRounding.AwayFromZero);
        return scaled % 10000 == 0 ? scaled / 100000.0 : ((scaled / 10000) + 1) / 10.0;
    }

    private static int Modified(in CvssV31Vector v, int metric, int baseValue)
    {
        var m = v.Get(metric);
        return m == 0 ? baseValue : m - 1;
    }
}
