using Iso27k.Risk.Cvss;

namespace Iso27k.Risk.Tests.Cvss;

public class CvssAllocationTest
{
    [Fact]
    public void ParsesAndScoresV31WithoutAllocating()
    {
        const string Text = "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:L/A:N/E:P/RL:O/RC:C/CR:H/MAV:A/MS:U/MC:H";
        var sum = Run(() =>
        {
            return CvssV31Vector.TryParse(Text.AsSpan(), out var vector, out _) ? vector.Score().EnvironmentalScore : -1;
        });

        Assert.Equal(0, sum);
    }

    [Fact]
    public void ParsesAndScoresV40WithoutAllocating()
    {
        const string Text = "CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:A/VC:H/VI:L/VA:N/SC:L/SI:H/SA:N/E:P/CR:M/MAV:A/MSI:S/U:Amber";
        var sum = Run(() =>
        {
            return CvssV40Vector.TryParse(Text.AsSpan(), out var vector, out _) ? vector.Score().Score : -1;
        });

        Assert.Equal(0, sum);
    }

    [Fact]
    public void ScoresThroughTheFacadeWithoutAllocating()
    {
        const string Text = "CVSS:3.0/AV:L/AC:H/PR:H/UI:N/S:C/C:N/I:H/A:N/E:P/RL:U/RC:U/CR:H/IR:L/AR:H/MAV:L/MUI:R/MS:C/MC:N/MI:L/MA:N";
        var sum = Run(() =>
        {
            return CvssCalculator.TryScore(Text.AsSpan(), out var result, out _) ? result.Score : -1;
        });

        Assert.Equal(0, sum);
    }

    // Returns the bytes allocated by 1,000 warm calls.
    private static long Run(Func<double> call)
    {
        for (var i = 0; i < 100; i++)
        {
            call();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0.0;
        for (var i = 0; i < 1000; i++)
        {
            total += call();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(total > 0);
        return allocated;
    }
}
