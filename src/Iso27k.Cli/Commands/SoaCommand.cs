using System.CommandLine;
using Iso27k.Risk;
using Iso27k.Soa;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k soa validate|migrate|export|new</c>: the Statement of Applicability.</summary>
internal static class SoaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("soa", "The Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d). FILE may be JSON or CSV, told apart by extension.");
        command.Subcommands.Add(CreateValidate(context));
        command.Subcommands.Add(CreateMigrate(context));
        command.Subcommands.Add(CreateExport(context));
        command.Subcommands.Add(CreateNew(context));
        return command;
    }

    private static Command CreateValidate(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The SoA (.json or .csv)." };
        var risks = new Option<FileInfo?>("--risks") { Description = "A risk register (JSON) to cross-check risk ids and the treatment plan's controls." };
        var format = CommonOptions.Format("text", "text", "json", "sarif");
        var today = CommonOptions.Today();
        var command = new Command(
            "validate",
            "Check an SoA against every rule (docs/soa-rules.md). Exit 0 without errors, 1 with errors, 2 if the file cannot be read.\n" +
            "Example: iso27k soa validate data/samples/soa/soa-2022.json --risks data/samples/risk/register.json --format sarif") { file, risks, format, today };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!TryLoad(context, path, out var document, out var exit))
            {
                return exit;
            }

            SoaRiskContext? riskContext = null;
            if (result.GetValue(risks) is { } riskFile)
            {
                if (!riskFile.Exists)
                {
                    return context.Fail($"{riskFile.FullName}: no such file.");
                }

                using var stream = riskFile.OpenRead();
                var read = RiskRegisterJson.Read(stream);
                if (!read.Succeeded)
                {
                    foreach (var diagnostic in read.Diagnostics)
                    {
                        context.Error.WriteLine($"{riskFile.FullName}: {diagnostic}");
                    }

                    return ExitCodes.UnusableInput;
                }

                riskContext = read.Value.ToSoaRiskContext();
            }

            var validator = SoaValidator.CreateBuilder().WithClock(CommonOptions.ClockFor(result.GetValue(today))).Build();
            var diagnostics = validator.Validate(document, riskContext);
            switch (result.GetValue(format))
            {
                case "json":
                    OutputFile.WriteUtf8(context.Out, stream => SoaDiagnosticsJson.Write(stream, diagnostics));
                    break;
                case "sarif":
                    OutputFile.WriteUtf8(context.Out, stream => SoaSarif.Write(stream, diagnostics, path.Name));
                    break;
                default:
                    foreach (var diagnostic in diagnostics)
                    {
                        context.Out.WriteLine(Ansi.Severity(context.Out, diagnostic.Severity.ToString(), diagnostic.ToString()));
                    }

                    break;
            }

            var errors = diagnostics.Count(d => d.Severity == SoaSeverity.Error);
            context.Error.WriteLine($"{errors} error(s), {diagnostics.Length - errors} other finding(s).");
            if (document.Statement is null)
            {
                return ExitCodes.UnusableInput;
            }

            return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateMigrate(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The 2013 SoA (.json or .csv)." };
        var output = new Option<FileInfo>("--out", "-o") { Description = "Where to write the 2022 draft (.json or .csv).", Required = true };
        var report = new Option<FileInfo?>("--report") { Description = "Where to write the migration report (.md for Markdown, .json for JSON)." };
        var command = new Command(
            "migrate",
            "Turn a 2013 SoA into a 2022 draft plus a report of what a person must decide (docs/soa.md).\n" +
            "Example: iso27k soa migrate soa2013.json --out soa2022.json --report report.md") { file, output, report };
        command.SetAction(result =>
        {
            if (!TryLoad(context, result.GetValue(file)!, out var document, out var exit))
            {
                return exit;
            }

            var statement = document.Statement!;
            if (statement.Edition != Edition.Iso2013)
            {
                return context.Fail($"{result.GetValue(file)!.Name} is a {statement.Edition.ToYearString()} SoA; migrate takes a 2013 SoA.");
            }

            var migration = SoaMigrator.Migrate(statement);
            var outFile = OutputFile.Prepare(result.GetValue(output)!);
            SoaDocument.Save(migration.Draft, outFile.FullName);
            context.Error.WriteLine($"Wrote {outFile.FullName}");
            if (result.GetValue(report) is { } requested)
            {
                var reportFile = OutputFile.Prepare(requested);
                using var stream = reportFile.Create();
                if (reportFile.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
                {
                    migration.Report.WriteJson(stream);
                }
                else
                {
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
                    migration.Report.WriteMarkdown(writer);
                }

                context.Error.WriteLine($"Wrote {reportFile.FullName}");
            }

            context.Out.WriteLine($"Migrated {migration.Report.SourceEntryCount} entries to {migration.Draft.Entries.Length} 2022 controls; {migration.Report.DecisionCount} need a decision.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExport(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The SoA (.json or .csv)." };
        var format = CommonOptions.Format("json", "csv", "json", "xlsx");
        var output = new Option<FileInfo>("--out", "-o") { Description = "The file to write.", Required = true };
        var command = new Command("export", "Convert an SoA to CSV, JSON or XLSX (for auditors).\nExample: iso27k soa export soa.json --format xlsx --out soa.xlsx") { file, format, output };
        command.SetAction(result =>
        {
            if (!TryLoad(context, result.GetValue(file)!, out var document, out var exit))
            {
                return exit;
            }

            var target = result.GetValue(format) switch
            {
                "csv" => SoaFormat.Csv,
                "xlsx" => SoaFormat.Xlsx,
                _ => SoaFormat.Json,
            };
            var outFile = OutputFile.Prepare(result.GetValue(output)!);
            SoaDocument.Save(document.Statement!, outFile.FullName, target);
            context.Error.WriteLine($"Wrote {outFile.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateNew(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var output = new Option<FileInfo>("--out", "-o") { Description = "The file to write (.json or .csv).", Required = true };
        var command = new Command("new", "Write an SoA template with every control of the edition, undecided.\nExample: iso27k soa new --edition 2022 --out soa.json") { edition, output };
        command.SetAction(result =>
        {
            var outFile = OutputFile.Prepare(result.GetValue(output)!);
            SoaDocument.Save(StatementOfApplicability.CreateTemplate(result.GetValue(edition)), outFile.FullName);
            context.Error.WriteLine($"Wrote {outFile.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryLoad(CliContext context, FileInfo file, out SoaDocument document, out int exit)
    {
        document = null!;
        exit = ExitCodes.Success;
        if (!file.Exists)
        {
            exit = context.Fail($"{file.FullName}: no such file.");
            return false;
        }

        try
        {
            document = SoaDocument.Load(file.FullName);
        }
        catch (ArgumentException ex)
        {
            exit = context.Fail($"{file.FullName}: {ex.Message}");
            return false;
        }

        if (document.Statement is null)
        {
            foreach (var diagnostic in document.Diagnostics)
            {
                context.Error.WriteLine($"{file.FullName}: {diagnostic}");
            }

            exit = ExitCodes.UnusableInput;
            return false;
        }

        return true;
    }
}
