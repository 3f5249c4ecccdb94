using Iso27k.Mapping;
using Iso27k.Risk;
using Iso27k.Risk.Cvss;
using Iso27k.Risk.Fair;
using Iso27k.Risk.Matrix;
using Iso27k.Risk.Owasp;
using Iso27k.Soa;

namespace Iso27k.Testing.Tests;

// Engines and validators are documented as safe to share: many threads using one instance at once get exactly the
// single-threaded results. Loops are bounded so the set stays within the CI budget on two cores.
public class ConcurrencyTest
{
    private const int Threads = 16;

    [Fact]
    public void SharedSoaValidatorGivesTheSingleThreadedFindings()
    {
        var validator = SoaValidator.Default;
        var statements = Iso27kGenerators.SoaStatement(csvSafe: false).Sample(40, 7).ToArray();
        var expected = statements.Select(s => validator.Validate(s)).ToArray();
        AllThreadsAgree(statements.Length * 4, i => validator.Validate(statements[i % statements.Length]), (i, actual) => expected[i % statements.Length].SequenceEqual(actual));
    }

    [Fact]
    public void SharedRiskRegisterValidatorAndScorerGiveTheSingleThreadedResults()
    {
        var validator = new RiskRegisterValidator(FakeClock.FromUtc(2026, 6, 1));
        var registers = Iso27kGenerators.RiskRegister.Sample(30, 11).ToArray();
        var expected = registers.Select(r => (validator.Validate(r), RiskRegisterScorer.Score(r).ToString())).ToArray();
        AllThreadsAgree(
            registers.Length * 4,
            i => (validator.Validate(registers[i % registers.Length]), RiskRegisterScorer.Score(registers[i % registers.Length]).ToString()),
            (i, actual) => expected[i % registers.Length].Item1.SequenceEqual(actual.Item1) && expected[i % registers.Length].Item2 == actual.Item2);
    }

    [Fact]
    public void CvssAndOwaspScoringGiveTheSingleThreadedScores()
    {
        var v31 = Iso27kGenerators.CvssV31.Sample(200, 20).Select(v => CvssV31Vector.Parse(v.Text)).ToArray();
        var v40 = Iso27kGenerators.CvssV40.Sample(200, 20).Select(v => CvssV40Vector.Parse(v.Text)).ToArray();
        var owasp = Iso27kGenerators.OwaspVector.Sample(200, 20).ToArray();
        var expected = Enumerable.Range(0, 200).Select(i => (v31[i].Score(), v40[i].Score(), OwaspRiskRating.Score(owasp[i]))).ToArray();
        AllThreadsAgree(2000, i => (v31[i % 200].Score(), v40[i % 200].Score(), OwaspRiskRating.Score(owasp[i % 200])), (i, actual) => expected[i % 200].Equals(actual));
    }

    [Fact]
    public void SharedRiskMatrixGivesTheSingleThreadedLevels()
    {
        var matrices = new[] { RiskMatrixPresets.Multiplicative5x5, RiskMatrixPresets.Lookup3x3, RiskMatrixPresets.Lookup4x4 };
        var expected = matrices.Select(m => Cells(m).Select(c => m.LevelOf(c.L, c.C)).ToArray()).ToArray();
        AllThreadsAgree(300, i => Cells(matrices[i % 3]).Select(c => matrices[i % 3].LevelOf(c.L, c.C)).ToArray(), (i, actual) => expected[i % 3].SequenceEqual(actual));

        static IEnumerable<(int L, int C)> Cells(RiskMatrix m) =>
            from l in Enumerable.Range(1, m.Likelihood.Count) from c in Enumerable.Range(1, m.Consequence.Count) select (l, c);
    }

    [Fact]
    public void ConcurrentFairSimulationsWithOneSeedAgree()
    {
        var model = FairModel.FromLossEventFrequency(FairDistribution.Pert(0.1, 1, 4), FairDistribution.LogNormal90(10_000, 1_000_000));
        var options = FairSimulationOptions.Default.WithIterations(20_000).WithSeed(42);
        var expected = FairSimulation.Run(model, options);
        AllThreadsAgree(
            Threads,
            _ => FairSimulation.Run(model, options),
            (_, actual) => actual.Mean == expected.Mean && actual.P95 == expected.P95 && actual.Maximum == expected.Maximum);
    }

    [Fact]
    public void FirstAccessToIsoMappingsFrom64ThreadsYieldsOneInstance()
    {
        using var start = new Barrier(64);
        var mappings = new ControlMapping[64];
        var clauses = new ClauseCorrespondence[64];
        var threads = Enumerable.Range(0, 64).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            mappings[i] = IsoMappings.Iso27001_2013To2022;
            clauses[i] = IsoMappings.ClauseCorrespondence2013To2022;
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.All(mappings, m => Assert.Same(mappings[0], m));
        Assert.All(clauses, c => Assert.Same(clauses[0], c));
        Assert.Equal(IsoMappings.Iso27002_2022To2013, IsoMappings.Iso27002_2022To2013);
    }

    private static void AllThreadsAgree<T>(int count, Func<int, T> run, Func<int, T, bool> agrees)
    {
        var failures = 0;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i =>
        {
            if (!agrees(i, run(i)))
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }
}
