using System.CommandLine;
using Iso27k.Risk.Fair;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k risk fair</c>: an Open FAIR Monte Carlo run from distribution specs.</summary>
internal static class RiskFairCommand
{
    public static Command Create(CliContext context)
    {
        var lef = new Option<string>("--lef") { Description = "Loss event frequency per year: pert:MIN,MODE,MAX | lognormal90:LOW,HIGH | const:X | normal:MEAN,SD.", Required = true };
        var lm = new Option<string>("--lm") { Description = "Loss magnitude per event, same forms as --lef.", Required = true };
        var pert = new Option<string>("--pert") { Description = "PERT variant: classic (modified PERT, default) or pyfair (moment-matched).", DefaultValueFactory = _ => "classic" };
        pert.AcceptOnlyFromAmong("classic", "pyfair");
        var iterations = new Option<int>("--iterations", "-n") { Description = "Monte Carlo iterations.", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives the same result on any number of cores.", DefaultValueFactory = _ => 0 };
        var poisson = new Option<bool>("--poisson") { Description = "Compound annual loss: a Poisson number of events a year, each with its own magnitude." };
        var format = CommonOptions.Format("json", "json", "text");
        var command = new Command(
            "fair",
            "Simulate annual loss exposure (Open FAIR).\nExample: iso27k risk fair --lef pert:0.1,0.5,2 --lm pert:50000,200000,2000000 --iterations 1000000 --seed 42 --format json")
        {
            lef, lm, pert, iterations, seed, poisson, format,
        };
        command.SetAction(result =>
        {
            if (!FairDistributionSpec.TryParsePertVariant(result.GetValue(pert), out var variant, out var error))
            {
                return context.Fail(error);
            }

            if (!FairDistributionSpec.TryParse(result.GetValue(lef), out var lefSpec, out error))
            {
                return context.Fail($"--lef: {error}");
            }

            if (!FairDistributionSpec.TryParse(result.GetValue(lm), out var lmSpec, out error))
            {
                return context.Fail($"--lm: {error}");
            }

            var count = result.GetValue(iterations);
            if (count < 1)
            {
                return context.Fail("--iterations must be at least 1.");
            }

            FairModel model;
            try
            {
                model = FairModel.FromLossEventFrequency(lefSpec.ToDistribution(variant), lmSpec.ToDistribution(variant));
            }
            catch (ArgumentException ex)
            {
                return context.Fail(ex.Message);
            }

            if (result.GetValue(poisson))
            {
                model = model.WithPoissonFrequency();
            }

            using var progress = ProgressBar.ForTerminal(context.Error);
            var options = FairSimulationOptions.Default.WithIterations(count).WithSeed(result.GetValue(seed)).WithProgress(progress);
            var outcome = FairSimulation.Run(model, options);
            if (result.GetValue(format) == "json")
            {
                context.Out.Write(FairResultJson.ToJson(outcome, indented: true));
                context.Out.Write('\n');
            }
            else
            {
                var table = new TextTable("STATISTIC", "VALUE");
                table.Add("iterations", TextTable.Number(outcome.Iterations));
                table.Add("mean", Money(outcome.Mean));
                table.Add("std dev", Money(outcome.StandardDeviation));
                table.Add("p50", Money(outcome.P50));
                table.Add("p90", Money(outcome.P90));
                table.Add("p95", Money(outcome.P95));
                table.Add("p99", Money(outcome.P99));
                table.Write(context.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Money(double value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
