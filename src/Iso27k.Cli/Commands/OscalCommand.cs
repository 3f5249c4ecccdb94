using System.CommandLine;
using Iso27k.Mapping;
using Iso27k.Oscal;
using Iso27k.Soa;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k oscal export|import</c>: NIST OSCAL catalogs, profiles, SSPs and mapping collections.</summary>
internal static class OscalCommand
{
    public static Command Create(CliContext context)
    {
        var export = new Command("export", "Export as OSCAL JSON (validates against the official schemas).");
        export.Subcommands.Add(CreateExportCatalog(context));
        export.Subcommands.Add(CreateExportSoa(context));
        export.Subcommands.Add(CreateExportMapping(context));
        var import = new Command("import", "Read OSCAL documents.");
        import.Subcommands.Add(CreateImportCatalog(context));
        var command = new Command("oscal", "NIST OSCAL interchange (docs/oscal.md).");
        command.Subcommands.Add(export);
        command.Subcommands.Add(import);
        return command;
    }

    private static Option<string> Version()
    {
        var option = new Option<string>("--oscal-version") { Description = "OSCAL version: 1.1.3 (default) or 1.2.2.", DefaultValueFactory = _ => "1.1.3" };
        option.AcceptOnlyFromAmong("1.1.3", "1.2.2");
        return option;
    }

    private static Option<FileInfo> RequiredOut() => new("--out", "-o") { Description = "The file to write.", Required = true };

    private static OscalExportOptions Options(System.CommandLine.ParseResult result, Option<string> version) =>
        OscalVersionExtensions.TryParseOscalVersion(result.GetValue(version), out var parsed)
            ? OscalExportOptions.Default.WithVersion(parsed)
            : OscalExportOptions.Default;

    private static Command CreateExportCatalog(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var version = Version();
        var output = RequiredOut();
        var command = new Command("catalog", "Export an embedded catalog as an OSCAL catalog.\nExample: iso27k oscal export catalog --edition 2022 --out iso27002-2022.json") { edition, version, output };
        command.SetAction(result =>
        {
            var file = OutputFile.Prepare(result.GetValue(output)!);
            OscalCatalog.Save(IsoCatalogs.ForEdition(result.GetValue(edition)), file.FullName, Options(result, version));
            context.Error.WriteLine($"Wrote {file.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExportSoa(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The SoA (.json or .csv)." };
        var shape = new Option<string>("--as") { Description = "profile (the applicable controls, exclusions with justification) or ssp (implementation status per control).", Required = true };
        shape.AcceptOnlyFromAmong("profile", "ssp");
        var version = Version();
        var output = RequiredOut();
        var command = new Command("soa", "Export an SoA as an OSCAL profile or SSP.\nExample: iso27k oscal export soa soa.json --as profile --out soa-profile.json") { file, shape, version, output };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                return context.Fail($"{path.FullName}: no such file.");
            }

            var document = SoaDocument.Load(path.FullName);
            if (document.Statement is null)
            {
                foreach (var diagnostic in document.Diagnostics)
                {
                    context.Error.WriteLine($"{path.FullName}: {diagnostic}");
                }

                return ExitCodes.UnusableInput;
            }

            var target = OutputFile.Prepare(result.GetValue(output)!);
            if (result.GetValue(shape) == "ssp")
            {
                OscalSsp.Save(document.Statement, target.FullName, Options(result, version));
            }
            else
            {
                OscalProfile.Save(document.Statement, target.FullName, Options(result, version));
            }

            context.Error.WriteLine($"Wrote {target.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExportMapping(CliContext context)
    {
        var output = RequiredOut();
        var command = new Command("mapping", "Export the 2013 to 2022 correspondence as an OSCAL 1.2.2 mapping collection.\nExample: iso27k oscal export mapping --out mapping.json") { output };
        command.SetAction(result =>
        {
            var file = OutputFile.Prepare(result.GetValue(output)!);
            OscalMapping.Save(IsoMappings.Iso27001_2013To2022, file.FullName);
            context.Error.WriteLine($"Wrote {file.FullName}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateImportCatalog(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "An OSCAL catalog (JSON)." };
        var command = new Command("catalog", "Read an OSCAL catalog, print a summary and check it for completeness.\nExample: iso27k oscal import catalog iso27002-2022.json") { file };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                return context.Fail($"{path.FullName}: no such file.");
            }

            Catalog catalog;
            try
            {
                catalog = OscalCatalog.Load(path.FullName);
            }
            catch (OscalFormatException ex)
            {
                return context.Fail(ex.Message);
            }

            context.Out.WriteLine(catalog.ToString());
            foreach (var group in catalog.Groups)
            {
                context.Out.WriteLine($"  {group.Id} {group.Title}: {group.Controls.Length} controls");
            }

            var problems = catalog.Validate();
            foreach (var problem in problems)
            {
                context.Out.WriteLine($"  problem: {problem}");
            }

            context.Error.WriteLine(problems.IsEmpty ? "Complete: no problems found." : $"{problems.Length} problem(s) found.");
            return problems.IsEmpty ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }
}
