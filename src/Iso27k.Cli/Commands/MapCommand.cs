using System.CommandLine;
using Iso27k.Mapping;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k map ID [--to YYYY]</c> and <c>iso27k mapping export</c>: the 2013 / 2022 correspondence.</summary>
internal static class MapCommand
{
    public static Command CreateMap(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A control id of either edition: A.12.4.1 or 8.15." };
        var to = CommonOptions.EditionOption("--to", "The edition to map to; by default the other edition.", required: false, Edition.Iso2022);
        var command = new Command("map", "Show what a control maps to in the other edition, with titles and relationship.\nExamples: iso27k map A.12.4.1    iso27k map 8.15 --to 2013") { id, to };
        command.SetAction(result =>
        {
            if (!ControlId.TryParse(result.GetValue(id).AsSpan(), out var controlId, out var error))
            {
                return context.Fail(error);
            }

            var target = result.GetResult(to) is { Implicit: false } ? result.GetValue(to)
                : controlId.Edition == Edition.Iso2013 ? Edition.Iso2022 : Edition.Iso2013;
            if (target == controlId.Edition)
            {
                return context.Fail($"{controlId} is already a {target.ToYearString()} id: --to must name the other edition.");
            }

            var mapping = IsoMappings.Between(controlId.Edition, target);
            if (!mapping.Source.Contains(controlId))
            {
                return context.Fail($"{mapping.Source.Title} has no control {controlId}.");
            }

            MappingText.WriteLookup(context.Out, mapping, controlId);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateMappingExport(CliContext context)
    {
        var fromOption = CommonOptions.EditionOption("--from", "The edition mapped from: 2013 (default) or 2022.", required: false, Edition.Iso2013);
        var toOption = CommonOptions.EditionOption("--to", "The edition mapped to: 2022 (default) or 2013.", required: false, Edition.Iso2022);
        var format = CommonOptions.Format("csv", "csv", "json");
        var output = CommonOptions.Out();
        var export = new Command("export", "Export the correspondence, one row per pair; new (or removed) controls get their own row.\nExample: iso27k mapping export --from 2013 --to 2022 --format csv") { fromOption, toOption, format, output };
        export.SetAction(result =>
        {
            var source = result.GetValue(fromOption);
            var target = result.GetValue(toOption);
            if (source == target)
            {
                return context.Fail("--from and --to must name different editions.");
            }

            var mapping = IsoMappings.Between(source, target);
            return OutputFile.Write(context, result.GetValue(output), writer =>
            {
                if (result.GetValue(format) == "json")
                {
                    MappingJson.Write(writer, mapping);
                }
                else
                {
                    MappingCsv.Write(writer, mapping);
                }
            });
        });
        var command = new Command("mapping", "The ISO/IEC 27002:2022 Annex B correspondence as data.");
        command.Subcommands.Add(export);
        return command;
    }
}
