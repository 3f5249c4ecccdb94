using System.CommandLine;
using Iso27k.Risk.Cvss;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k risk cvss [VECTOR ...]</c>: scores CVSS 3.0, 3.1 and 4.0 vectors as CSV rows.</summary>
internal static class RiskCvssCommand
{
    public static Command Create(CliContext context)
    {
        var vectors = new Argument<string[]>("vector") { Description = "CVSS vectors; when none are given, one vector per line is read from stdin.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command(
            "cvss",
            "Score CVSS vectors. A bad vector gets a row with the error column filled and the batch goes on; exit 1 if any row failed.\n" +
            "Example: iso27k risk cvss CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H") { vectors };
        command.SetAction(result => BatchRows.Run(context, result.GetValue(vectors), CvssCsv.WriteHeader, CvssCsv.WriteRow));
        return command;
    }
}
