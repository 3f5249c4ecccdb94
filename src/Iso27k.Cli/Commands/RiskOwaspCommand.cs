using System.CommandLine;
using Iso27k.Risk.Owasp;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k risk owasp [VECTOR ...]</c>: OWASP Risk Rating vectors as CSV rows.</summary>
internal static class RiskOwaspCommand
{
    public static Command Create(CliContext context)
    {
        var vectors = new Argument<string[]>("vector") { Description = "OWASP vectors (SL:5/M:2/.../PV:5); when none are given, one per line is read from stdin.", Arity = ArgumentArity.ZeroOrMore };
        var impact = new Option<string>("--impact") { Description = "Which impact sets the severity: business (OWASP's advice, default), technical, max or average.", DefaultValueFactory = _ => "business" };
        impact.AcceptOnlyFromAmong("business", "technical", "max", "average");
        var command = new Command(
            "owasp",
            "Score OWASP Risk Rating vectors. A bad vector gets a row with the error column filled; exit 1 if any row failed.\n" +
            "Example: iso27k risk owasp SL:5/M:2/O:7/S:1/ED:3/EE:6/A:9/ID:2/LC:9/LI:7/LAV:5/LAC:8/FD:1/RD:2/NC:1/PV:5") { vectors, impact };
        command.SetAction(result =>
        {
            var policy = result.GetValue(impact) switch
            {
                "technical" => OwaspImpactPolicy.Technical,
                "max" => OwaspImpactPolicy.Maximum,
                "average" => OwaspImpactPolicy.Average,
                _ => OwaspImpactPolicy.Business,
            };
            return BatchRows.Run(context, result.GetValue(vectors), OwaspCsv.WriteHeader, (writer, vector) => OwaspCsv.WriteRow(writer, vector, policy));
        });
        return command;
    }
}
