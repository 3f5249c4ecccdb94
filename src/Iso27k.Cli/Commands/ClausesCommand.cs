using System.CommandLine;
using Iso27k.Csv;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k clauses list|export</c>: the management-system clauses 4 to 10.</summary>
internal static class ClausesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("clauses", "The ISO/IEC 27001 management-system clauses 4 to 10.");
        command.Subcommands.Add(CreateList(context));
        command.Subcommands.Add(CreateExport(context));
        return command;
    }

    private static Command CreateList(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var documented = new Option<bool>("--documented") { Description = "Only the clauses that require documented information." };
        var command = new Command("list", "List the clauses as an indented table.\nExample: iso27k clauses list --edition 2022 --documented") { edition, documented };
        command.SetAction(result =>
        {
            var clauses = IsoCatalogs.ClausesForEdition(result.GetValue(edition));
            var onlyDocumented = result.GetValue(documented);
            var table = new TextTable("CLAUSE", "TITLE", "DOCUMENTED INFORMATION");
            foreach (var clause in onlyDocumented ? clauses.RequiringDocumentedInformation : clauses.Clauses)
            {
                var items = string.Join("; ", clause.DocumentedInformation.Select(d => $"{d.Description} ({d.Kind.ToString().ToLowerInvariant()})"));
                table.Add(clause.Id, (onlyDocumented ? string.Empty : new string(' ', 2 * clause.Depth)) + clause.Title, items);
            }

            table.Write(context.Out, maxColumnWidth: 100);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExport(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var format = CommonOptions.Format("csv", "csv", "json");
        var output = CommonOptions.Out();
        var command = new Command("export", "Export the clauses as CSV or JSON.\nExample: iso27k clauses export --edition 2022 --format csv") { edition, format, output };
        command.SetAction(result =>
        {
            var clauses = IsoCatalogs.ClausesForEdition(result.GetValue(edition));
            return OutputFile.Write(context, result.GetValue(output), writer =>
            {
                if (result.GetValue(format) == "json")
                {
                    OutputFile.WriteUtf8(writer, clauses.WriteTo);
                    return;
                }

                CsvWriter.WriteRecord(writer, "id", "title", "parent_id", "documented_information");
                foreach (var c in clauses.Clauses)
                {
                    CsvWriter.WriteRecord(writer, c.Id, c.Title, c.ParentId, c.RequiresDocumentedInformation ? "true" : "false");
                }
            });
        });
        return command;
    }
}
