using FsCheck;
using FsCheck.Fluent;
using Iso27k.Risk.Cvss;
using Iso27k.Risk.Owasp;

namespace Iso27k.Testing;

public static partial class Iso27kGenerators
{
    // Legal values of each metric, in the order of CvssV31Vector.MetricNames / CvssV40Vector.MetricNames (FIRST
    // specifications); "X" is Not Defined.
    private static readonly string[][] V31Values =
    [
        ["N", "A", "L", "P"], ["L", "H"], ["N", "L", "H"], ["N", "R"], ["U", "C"], ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"],
        ["X", "U", "P", "F", "H"], ["X", "O", "T", "W", "U"], ["X", "U", "R", "C"], ["X", "L", "M", "H"], ["X", "L", "M", "H"],
        ["X", "L", "M", "H"], ["X", "N", "A", "L", "P"], ["X", "L", "H"], ["X", "N", "L", "H"], ["X", "N", "R"], ["X", "U", "C"],
        ["X", "H", "L", "N"], ["X", "H", "L", "N"], ["X", "H", "L", "N"],
    ];

    private static readonly string[][] V40Values =
    [
        ["N", "A", "L", "P"], ["L", "H"], ["N", "P"], ["N", "L", "H"], ["N", "P", "A"], ["H", "L", "N"], ["H", "L", "N"],
        ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"], ["X", "A", "P", "U"], ["X", "H", "M", "L"],
        ["X", "H", "M", "L"], ["X", "H", "M", "L"], ["X", "N", "A", "L", "P"], ["X", "L", "H"], ["X", "N", "P"],
        ["X", "N", "L", "H"], ["X", "N", "P", "A"], ["X", "H", "L", "N"], ["X", "H", "L", "N"], ["X", "H", "L", "N"],
        ["X", "H", "L", "N"], ["X", "S", "H", "L", "N"], ["X", "S", "H", "L", "N"], ["X", "N", "P"], ["X", "N", "Y"],
        ["X", "A", "U", "I"], ["X", "D", "C"], ["X", "L", "M", "H"], ["X", "Clear", "Green", "Amber", "Red"],
    ];

    /// <summary>
    /// A valid CVSS 3.1 vector with its canonical form: every value from the metric's legal set, Not Defined metrics
    /// sometimes written as <c>X</c> and sometimes left out, components in any order (3.x allows it).
    /// </summary>
    public static Gen<CvssVectorText> CvssV31 => VectorText("3.1", CvssV31Vector.MetricNames, V31Values, 8, shuffle: true);

    /// <summary>
    /// A valid CVSS 4.0 vector with its canonical form: values from each metric's legal set, Not Defined metrics
    /// sometimes written and sometimes left out, components in the specification's order (4.0 requires it).
    /// </summary>
    public static Gen<CvssVectorText> CvssV40 => VectorText("4.0", CvssV40Vector.MetricNames, V40Values, 11, shuffle: false);

    /// <summary>Mutations of valid CVSS 3.1 and 4.0 vectors (most are invalid; some stay valid).</summary>
    public static Gen<string> HostileCvssVector => Gen.Frequency(
        (6, CvssV31.Or(CvssV40).SelectMany(v => MutatedText(v.Text))),
        (1, Gen.Elements("CVSS:3.1", "CVSS:3.1/", "CVSS:4.0/", "CVSS:3.1//", "CVSS:2.0/AV:N", "cvss:3.1/AV:N", "AV:N/AC:L/Au:N/C:P/I:P/A:P", "CVSS:3.1/AV:N/AV:N", "CVSS:3.1/AV")),
        (1, AnyText));

    /// <summary>A valid OWASP Risk Rating vector: 16 factors rated 0 to 9.</summary>
    public static Gen<OwaspVector> OwaspVector =>
        Gen.ArrayOf(Gen.Choose(0, 9), 16).Select(ratings => Iso27k.Risk.Owasp.OwaspVector.Create(ratings));

    /// <summary>The text of a valid OWASP vector, sometimes in parentheses.</summary>
    public static Gen<string> OwaspVectorText =>
        from vector in OwaspVector
        from parenthesized in Gen.Elements(false, true)
        select parenthesized ? "(" + vector + ")" : vector.ToString();

    /// <summary>Mutations of valid OWASP vectors (most are invalid; some stay valid).</summary>
    public static Gen<string> HostileOwaspVector => Gen.Frequency(
        (6, OwaspVectorText.SelectMany(MutatedText)),
        (1, Gen.Elements("(", ")", "()", "SL:5", "SL:10/M:2", "SL:-1", "SL:5/SL:5")),
        (1, AnyText));

    private static Gen<CvssVectorText> VectorText(string version, IReadOnlyList<string> names, string[][] values, int mandatory, bool shuffle)
    {
        var picks = Gen.CollectToArray(
            Enumerable.Range(0, names.Count),
            i => Gen.Zip(Gen.Elements(values[i]), Gen.Elements(true, false)));
        return
            from chosen in picks
            let components = chosen
                .Select((pick, i) => (Metric: i, Value: pick.Item1, Write: i < mandatory || pick.Item1 != "X" || pick.Item2))
                .Where(c => c.Write)
                .Select(c => (c.Metric, Text: names[c.Metric] + ":" + c.Value, c.Value))
                .ToArray()
            from ordered in shuffle ? Gen.Shuffle(components) : Gen.Constant(components)
            select new CvssVectorText(
                "CVSS:" + version + "/" + string.Join('/', ordered.Select(c => c.Text)),
                "CVSS:" + version + "/" + string.Join('/', components.Where(c => c.Metric < mandatory || c.Value != "X").Select(c => c.Text)));
    }
}
