using System.CommandLine;
using Iso27k.Csv;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k catalog list|show|export</c>: the embedded Annex A catalogs.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("catalog", "The embedded Annex A control catalogs (2022 and 2013).");
        command.Subcommands.Add(CreateList(context));
        command.Subcommands.Add(CreateShow(context));
        command.Subcommands.Add(CreateExport(context));
        command.Subcommands.Add(CatalogInsightCommands.CreateSearch(context));
        command.Subcommands.Add(CatalogInsightCommands.CreateDiff(context));
        command.Subcommands.Add(CatalogInsightCommands.CreateStats(context));
        return command;
    }

    private static Command CreateList(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var command = new Command("list", "List the controls of an edition as a table.\nExample: iso27k catalog list --edition 2022") { edition };
        command.SetAction(result =>
        {
            var catalog = IsoCatalogs.ForEdition(result.GetValue(edition));
            var table = catalog.Edition == Edition.Iso2022
                ? new TextTable("ID", "TITLE", "THEME", "NEW")
                : new TextTable("ID", "TITLE", "OBJECTIVE");
            foreach (var control in catalog.Controls)
            {
                if (catalog.Edition == Edition.Iso2022)
                {
                    table.Add(control.Id.ToString(), control.Title, control.Theme.ToString()!, control.IsNewIn2022 ? "new" : string.Empty);
                }
                else
                {
                    table.Add(control.Id.ToString(), control.Title, control.Id.ObjectiveId2013!);
                }
            }

            table.Write(context.Out);
            context.Out.WriteLine();
            context.Out.WriteLine($"{catalog.Count} controls. {catalog.Title}, data {catalog.VersionId}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The control id: 5.23, A.5.23, A.12.4.1 or 12.4.1." };
        var command = new Command("show", "Show one control with its attributes.\nExample: iso27k catalog show 5.23") { id };
        command.SetAction(result =>
        {
            var text = result.GetValue(id)!;
            if (!ControlId.TryParse(text.AsSpan(), out var controlId, out var error))
            {
                return context.Fail(error);
            }

            var catalog = IsoCatalogs.ForEdition(controlId.Edition);
            if (!catalog.TryGetControl(controlId, out var control))
            {
                return context.Fail($"{catalog.Title} has no control {controlId}.");
            }

            var o = context.Out;
            o.WriteLine($"{control.Id}  {control.Title}");
            if (control.AlternateTitle is { } alternate)
            {
                o.WriteLine($"  also titled:   {alternate}");
            }

            foreach (var group in catalog.GetGroupPath(controlId))
            {
                o.WriteLine($"  {group.Kind.ToString().ToLowerInvariant() + ":",-15}{group.Id} {group.Title}");
            }

            o.WriteLine($"  summary:       {control.Summary}");
            if (control.Edition == Edition.Iso2022)
            {
                o.WriteLine($"  new in 2022:   {(control.IsNewIn2022 ? "yes" : "no")}");
                foreach (var type in Enum.GetValues<AttributeType>())
                {
                    o.WriteLine($"  {Label(type) + ":",-26}{control.Attributes.OfType(type)}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Label(AttributeType type) => type switch
    {
        AttributeType.ControlType => "control type",
        AttributeType.InformationSecurityProperty => "security properties",
        AttributeType.CybersecurityConcept => "cybersecurity concepts",
        AttributeType.OperationalCapability => "operational capabilities",
        _ => "security domains",
    };

    private static Command CreateExport(CliContext context)
    {
        var edition = CommonOptions.Edition();
        var format = CommonOptions.Format("csv", "csv", "json");
        var output = CommonOptions.Out();
        var command = new Command("export", "Export an edition's catalog as CSV or JSON.\nExample: iso27k catalog export --edition 2022 --format csv") { edition, format, output };
        command.SetAction(result =>
        {
            var catalog = IsoCatalogs.ForEdition(result.GetValue(edition));
            return OutputFile.Write(context, result.GetValue(output), writer =>
            {
                if (result.GetValue(format) == "json")
                {
                    OutputFile.WriteUtf8(writer, catalog.WriteTo);
                }
                else
                {
                    WriteCsv(catalog, writer);
                }
            });
        });
        return command;
    }

    internal static void WriteCsv(Catalog catalog, TextWriter writer)
    {
        if (catalog.Edition == Edition.Iso2022)
        {
            CsvWriter.WriteRecord(writer, "id", "title", "theme", "new_in_2022", "control_types", "security_properties", "cybersecurity_concepts", "operational_capabilities", "security_domains");
            foreach (var c in catalog.Controls)
            {
                CsvWriter.WriteRecord(
                    writer,
                    c.Id.ToString(),
                    c.Title,
                    c.Theme.ToString(),
                    c.IsNewIn2022 ? "true" : "false",
                    c.Attributes.OfType(AttributeType.ControlType).ToString(";"),
                    c.Attributes.OfType(AttributeType.InformationSecurityProperty).ToString(";"),
                    c.Attributes.OfType(AttributeType.CybersecurityConcept).ToString(";"),
                    c.Attributes.OfType(AttributeType.OperationalCapability).ToString(";"),
                    c.Attributes.OfType(AttributeType.SecurityDomain).ToString(";"));
            }
        }
        else
        {
            CsvWriter.WriteRecord(writer, "id", "title", "clause_id", "clause_title", "objective_id", "objective_title");
            foreach (var c in catalog.Controls)
            {
                var path = catalog.GetGroupPath(c.Id);
                CsvWriter.WriteRecord(writer, c.Id.ToString(), c.Title, path[0].Id, path[0].Title, path[1].Id, path[1].Title);
            }
        }
    }
}
