using System.CommandLine;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k risk ...</c>: scoring engines and the risk register.</summary>
internal static class RiskCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("risk", "Risk scoring (CVSS, OWASP, FAIR) and the risk register.");
        command.Subcommands.Add(RiskCvssCommand.Create(context));
        command.Subcommands.Add(RiskOwaspCommand.Create(context));
        command.Subcommands.Add(RiskFairCommand.Create(context));
        command.Subcommands.Add(RiskRegisterCommand.Create(context));
        return command;
    }
}
