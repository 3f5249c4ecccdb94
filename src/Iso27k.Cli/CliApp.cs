using System.CommandLine;
using System.Reflection;
using Iso27k.Cli.Commands;

namespace Iso27k.Cli;

/// <summary>Builds the command tree and runs it; tests call <see cref="Run"/> in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var context = new CliContext(input, output, error);
        var root = CreateRoot(context);
        var parsed = root.Parse(args);

        // Argument errors are unusable input (exit 2), not findings; System.CommandLine alone would return 1.
        if (parsed.Errors.Count > 0 && !IsHelpOrVersion(args))
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"iso27k: {parseError.Message}");
            }

            error.WriteLine("Run 'iso27k --help' or add --help to a verb for usage.");
            return ExitCodes.UnusableInput;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parsed.Invoke(configuration);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or CatalogDataException)
        {
            return context.Fail(ex.Message);
        }
    }

    private static bool IsHelpOrVersion(string[] args) =>
        args.Any(a => a is "--help" or "-h" or "-?" or "--version");

    internal static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand(
            "iso27k: ISO/IEC 27001 and 27002 from the shell. Data goes to stdout, messages to stderr.\n" +
            "Exit codes: 0 success, 1 findings or failed rows, 2 unusable input.\n" +
            "Example: iso27k catalog show 5.23");
        root.Subcommands.Add(CatalogCommand.Create(context));
        root.Subcommands.Add(ClausesCommand.Create(context));
        root.Subcommands.Add(MapCommand.CreateMap(context));
        root.Subcommands.Add(MapCommand.CreateMappingExport(context));
        root.Subcommands.Add(RiskCommand.Create(context));
        root.Subcommands.Add(SoaCommand.Create(context));
        root.Subcommands.Add(IsmsCommand.Create(context));
        root.Subcommands.Add(OscalCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));

        // Replace the default --version so it also names the embedded data the answers come from.
        for (var i = root.Options.Count - 1; i >= 0; i--)
        {
            if (root.Options[i] is VersionOption)
            {
                root.Options.RemoveAt(i);
            }
        }

        var version = new Option<bool>("--version") { Description = "Show the tool version and the embedded data versions." };
        root.Options.Add(version);
        root.SetAction(result =>
        {
            if (result.GetValue(version))
            {
                context.Out.WriteLine(VersionText());
                return ExitCodes.Success;
            }

            return context.Fail("a verb is required. Run 'iso27k --help' for the list.");
        });
        return root;
    }

    internal static string VersionText()
    {
        var informational = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        var version = plus < 0 ? informational : informational[..plus];
        return $"iso27k {version}\n" +
               $"data: {IsoCatalogs.Iso27002_2022.Title} {IsoCatalogs.Iso27002_2022.VersionId} (sha256 {IsoCatalogs.Iso27002_2022.SourceSha256![..12]}), " +
               $"{IsoCatalogs.Iso27001_2013.Title} {IsoCatalogs.Iso27001_2013.VersionId} (sha256 {IsoCatalogs.Iso27001_2013.SourceSha256![..12]})";
    }
}
