using Iso27k.Risk.Cvss;

namespace Iso27k.Risk.Tests.Cvss;

public class CvssV40VectorTest
{
    public static TheoryData<string, double> ReferenceVectors()
    {
        var data = new TheoryData<string, double>();
        foreach (var f in CvssTestData.Lines("cvss40.txt"))
        {
            data.Add(f[0], CvssTestData.Score(f[1]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceVectors))]
    public void ScoresReferenceVectorsExactly(string vector, double expected) =>
        Assert.Equal(expected, CvssV40Vector.Parse(vector).Score().Score);

    [Fact]
    public void LoadsMoreThanAHundredReferenceVectors() => Assert.True(ReferenceVectors().Count >= 200);

    [Theory]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:P/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N/E:P/CR:H/IR:L/AR:L/MAV:L/MAC:L/MAT:N/MPR:L/MUI:A/MVC:L/MVI:N/MVA:H/MSC:H/MSI:L/MSA:N/S:P/AU:N/R:A/V:D/RE:L/U:Red", CvssSeverity.Low)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:P/VC:N/VI:L/VA:L/SC:H/SI:N/SA:N/E:A/CR:M/IR:M/AR:M/MAV:L/MAC:H/MAT:P/MPR:N/MUI:P/MVC:L/MVI:N/MVA:H/MSC:H/MSI:H/MSA:S/S:N/AU:Y/R:I/V:C/RE:M/U:Amber", CvssSeverity.High)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:P/PR:H/UI:A/VC:L/VI:N/VA:N/SC:L/SI:N/SA:L/E:U/CR:L/IR:H/AR:M/MAV:N/MAC:H/MAT:P/MPR:H/MUI:P/MVC:L/MVI:H/MVA:L/MSC:N/MSI:H/MSA:H/S:P/AU:Y/R:U/V:D/RE:M/U:Red", CvssSeverity.Low)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:N/PR:N/UI:A/VC:L/VI:L/VA:N/SC:N/SI:H/SA:L/E:U/CR:M/IR:M/AR:L/MAV:A/MAC:L/MAT:N/MPR:N/MUI:P/MVC:N/MVI:L/MVA:L/MSC:H/MSI:N/MSA:L/S:P/AU:N/R:U/V:D/RE:H/U:Clear", CvssSeverity.Low)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:A/VC:H/VI:H/VA:N/SC:H/SI:N/SA:N/E:P/CR:H/IR:H/AR:H/MAV:L/MAC:L/MAT:N/MPR:H/MUI:P/MVC:L/MVI:L/MVA:N/MSC:H/MSI:H/MSA:S/S:N/AU:Y/R:I/V:C/RE:L/U:Green", CvssSeverity.Medium)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:H/SC:H/SI:L/SA:H/E:A/CR:H/IR:M/AR:M/MAV:L/MAC:H/MAT:N/MPR:H/MUI:N/MVC:N/MVI:L/MVA:N/MSC:L/MSI:S/MSA:H/S:N/AU:Y/R:U/V:C/RE:M/U:Amber", CvssSeverity.Medium)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L", CvssSeverity.Medium)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:P/PR:N/UI:P/VC:N/VI:L/VA:N/SC:H/SI:H/SA:N/E:P/CR:L/IR:L/AR:M/MAV:L/MAC:L/MAT:P/MPR:L/MUI:A/MVC:N/MVI:L/MVA:H/MSC:L/MSI:N/MSA:S/S:N/AU:N/R:A/V:C/RE:M/U:Green", CvssSeverity.Low)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:N/PR:H/UI:A/VC:H/VI:N/VA:H/SC:L/SI:N/SA:H/E:U/CR:H/IR:H/AR:H/MAV:N/MAC:L/MAT:N/MPR:N/MUI:N/MVC:H/MVI:H/MVA:H/MSC:H/MSI:S/MSA:S/S:P/AU:N/R:I/V:D/RE:M/U:Red", CvssSeverity.Critical)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:P/VC:L/VI:N/VA:H/SC:L/SI:N/SA:H/E:U/CR:L/IR:H/AR:L/MAV:A/MAC:L/MAT:N/MPR:N/MUI:A/MVC:L/MVI:H/MVA:H/MSC:N/MSI:H/MSA:L/S:P/AU:Y/R:I/V:D/RE:H/U:Green", CvssSeverity.Medium)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:N/PR:N/UI:N/VC:L/VI:N/VA:H/SC:L/SI:H/SA:H/E:P/CR:H/IR:H/AR:H/MAV:L/MAC:L/MAT:P/MPR:L/MUI:P/MVC:N/MVI:N/MVA:N/MSC:N/MSI:N/MSA:N/S:P/AU:N/R:U/V:C/RE:H/U:Red", CvssSeverity.None)]
    public void RatesReferenceSeverities(string vector, CvssSeverity expected)
    {
        // Severities from RedHatProductSecurity/cvss test_cvss4.py, with the metrics put in the specification's order.
        var score = CvssV40Vector.Parse(vector).Score();

        Assert.Equal(expected, score.Severity);
        Assert.Equal(vector.Contains("/E:", StringComparison.Ordinal) ? CvssNomenclature.CvssBTE : CvssNomenclature.CvssB, score.Nomenclature);
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", CvssNomenclature.CvssB)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/CR:X/S:P", CvssNomenclature.CvssB)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P", CvssNomenclature.CvssBT)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MAV:L", CvssNomenclature.CvssBE)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/CR:L", CvssNomenclature.CvssBTE)]
    public void ReportsWhichMetricGroupsArePresent(string vector, CvssNomenclature expected)
    {
        var score = CvssV40Vector.Parse(vector).Score();

        Assert.Equal(expected, score.Nomenclature);
    }

    [Fact]
    public void LabelsNomenclaturesAsTheSpecificationDoes()
    {
        Assert.Equal("CVSS-B", CvssNomenclature.CvssB.ToLabel());
        Assert.Equal("CVSS-BT", CvssNomenclature.CvssBT.ToLabel());
        Assert.Equal("CVSS-BE", CvssNomenclature.CvssBE.ToLabel());
        Assert.Equal("CVSS-BTE", CvssNomenclature.CvssBTE.ToLabel());
    }

    [Fact]
    public void ComputesTheMacroVectorFromTheEquivalenceSets()
    {
        var score = CvssV40Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H").Score();

        Assert.Equal("000100", score.MacroVector);
        Assert.Equal(0, score.GetEquivalenceLevel(3));
        Assert.Equal(1, score.GetEquivalenceLevel(4));
        Assert.Equal(10.0, score.Score);
        Assert.Throws<ArgumentOutOfRangeException>(() => score.GetEquivalenceLevel(7));
    }

    [Fact]
    public void ExplainShowsTheMacroVectorMethod()
    {
        var trace = CvssV40Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/AR:L").Explain();

        Assert.Equal(7.9, trace.Score);
        Assert.Equal(6, trace.EquivalenceLevels.Length);
        Assert.Equal(trace.MacroVector, string.Concat(trace.EquivalenceLevels));
        Assert.False(trace.NoImpact);
        Assert.Equal(5, trace.NextLowerScores.Length);
        Assert.Equal(trace.MacroVectorScore - trace.MeanDistance, trace.Score, 1);
        Assert.StartsWith("AV:N/AC:L/AT:N/PR:N/UI:N/", trace.MaxVector, StringComparison.Ordinal);
        Assert.Contains("Mean distance", trace.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainsAVectorWithoutImpact()
    {
        var trace = CvssV40Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N").Explain();

        Assert.True(trace.NoImpact);
        Assert.Equal(0.0, trace.Score);
        Assert.Contains("No impact", trace.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FormatsCanonicallyWithoutNotDefinedMetrics()
    {
        var vector = CvssV40Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/CR:H/MSI:S/U:Amber");

        Assert.Equal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/CR:H/MSI:S/U:Amber", vector.ToString());
        Assert.Equal("Amber", vector.GetValue("U"));
        Assert.Equal("X", vector.GetValue("E"));
        Assert.Equal("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", default(CvssV40Vector).ToString());
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorKind.InvalidPrefix, 5, null)]
    [InlineData("CVSS:4.0/AV:N/AT:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", CvssParseErrorKind.MissingMetric, 14, "AC")]
    [InlineData("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", CvssParseErrorKind.MissingMetric, 9, "AV")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:Red/E:A", CvssParseErrorKind.OutOfOrder, 70, "E")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/SC:N/VI:H/VA:H/SI:N/SA:N", CvssParseErrorKind.MissingMetric, 39, "VI")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SI:H", CvssParseErrorKind.DuplicateMetric, 59, "SI")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:J", CvssParseErrorKind.InvalidValue, 62, "SA")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/JJ:H", CvssParseErrorKind.UnknownMetric, 64, null)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:S/SA:N", CvssParseErrorKind.InvalidValue, 57, "SI")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/U:red", CvssParseErrorKind.InvalidValue, 66, "U")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MSC:S", CvssParseErrorKind.InvalidValue, 68, "MSC")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N", CvssParseErrorKind.MissingMetric, 58, "SA")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/", CvssParseErrorKind.EmptyComponent, 64, null)]
    public void ReportsWhereAndWhyAVectorIsInvalid(string text, CvssParseErrorKind kind, int position, string? metric)
    {
        Assert.False(CvssV40Vector.TryParse(text, out _, out var error));
        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        Assert.Equal(metric, error.Metric);
        Assert.Equal(error.Message, Assert.Throws<FormatException>(() => CvssV40Vector.Parse(text)).Message);
    }

    [Fact]
    public void OutOfOrderMessageNamesTheRequiredOrder()
    {
        Assert.False(CvssV40Vector.TryParse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:Red/E:A", out _, out var error));

        Assert.StartsWith("Metric 'E' at position 70 is out of order: it must come before 'U'", error.Message, StringComparison.Ordinal);
    }
}
