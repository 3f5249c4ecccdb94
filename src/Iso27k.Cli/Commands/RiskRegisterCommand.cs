using System.CommandLine;
using Iso27k.Risk;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k risk register validate|score</c>.</summary>
internal static class RiskRegisterCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("register", "The ISO/IEC 27001 6.1.2 risk register (JSON, see docs/formats/risk-register.md).");
        command.Subcommands.Add(CreateValidate(context));
        command.Subcommands.Add(CreateScore(context));
        return command;
    }

    private static Command CreateValidate(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The register JSON file." };
        var today = CommonOptions.Today();
        var command = new Command("validate", "Check a register: owners, ratings, treatment, acceptance, review dates. Exit 1 with errors.\nExample: iso27k risk register validate data/samples/risk/register.json") { file, today };
        command.SetAction(result =>
        {
            if (!TryRead(context, result.GetValue(file)!, out var register, out var exit))
            {
                return exit;
            }

            var diagnostics = new RiskRegisterValidator(CommonOptions.ClockFor(result.GetValue(today))).Validate(register);
            foreach (var diagnostic in diagnostics)
            {
                context.Out.WriteLine(Ansi.Severity(context.Out, diagnostic.Severity.ToString(), diagnostic.ToString()));
            }

            var errors = diagnostics.Count(d => d.Severity == RiskDiagnosticSeverity.Error);
            context.Error.WriteLine($"{register.Risks.Length} risks, {errors} error(s), {diagnostics.Length - errors} other finding(s).");
            return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateScore(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The register JSON file." };
        var criteriaFile = new Option<FileInfo?>("--criteria") { Description = "A criteria JSON file; by default the criteria inside the register." };
        var command = new Command("score", "Score every risk with the criteria's method (matrix or OWASP) as CSV.\nExample: iso27k risk register score data/samples/risk/register.json --criteria data/samples/risk/criteria.json") { file, criteriaFile };
        command.SetAction(result =>
        {
            if (!TryRead(context, result.GetValue(file)!, out var register, out var exit))
            {
                return exit;
            }

            RiskCriteria? criteria = null;
            if (result.GetValue(criteriaFile) is { } path)
            {
                using var stream = path.OpenRead();
                var read = RiskCriteriaJson.Read(stream);
                if (!read.Succeeded)
                {
                    return ReportReadFailure(context, path.FullName, read.Diagnostics);
                }

                criteria = read.Value;
            }

            var score = RiskRegisterScorer.Score(register, criteria);
            foreach (var diagnostic in score.Diagnostics)
            {
                context.Error.WriteLine(diagnostic.ToString());
            }

            if (score.Diagnostics.Any(d => d.Severity == RiskDiagnosticSeverity.Error))
            {
                return ExitCodes.UnusableInput;
            }

            RiskRegisterScoreCsv.Write(context.Out, score);
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryRead(CliContext context, FileInfo file, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RiskRegister? register, out int exit)
    {
        register = null;
        exit = ExitCodes.Success;
        if (!file.Exists)
        {
            exit = context.Fail($"{file.FullName}: no such file.");
            return false;
        }

        using var stream = file.OpenRead();
        var read = RiskRegisterJson.Read(stream);
        if (!read.Succeeded)
        {
            exit = ReportReadFailure(context, file.FullName, read.Diagnostics);
            return false;
        }

        register = read.Value;
        return true;
    }

    private static int ReportReadFailure(CliContext context, string path, IEnumerable<RiskDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.Error.WriteLine($"{path}: {diagnostic}");
        }

        return ExitCodes.UnusableInput;
    }
}
