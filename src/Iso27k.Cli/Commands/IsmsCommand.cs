using System.CommandLine;
using Iso27k.Isms;

namespace Iso27k.Cli.Commands;

/// <summary><c>iso27k isms readiness FILE</c>: certification readiness of an ISMS record.</summary>
internal static class IsmsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The ISMS record (JSON, docs/formats/isms-record.md)." };
        var format = CommonOptions.Format("text", "text", "json");
        var today = CommonOptions.Today();
        var readiness = new Command(
            "readiness",
            "Per-clause readiness (ready / partial / missing) with reasons, the readiness figure and the certification plan. Exit 1 if anything required is missing.\n" +
            "Example: iso27k isms readiness data/samples/isms/record.json") { file, format, today };
        readiness.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                return context.Fail($"{path.FullName}: no such file.");
            }

            var document = IsmsRecordDocument.Load(path.FullName);
            if (document.Record is null)
            {
                foreach (var diagnostic in document.Diagnostics)
                {
                    context.Error.WriteLine($"{path.FullName}: {diagnostic}");
                }

                return ExitCodes.UnusableInput;
            }

            var report = new ReadinessAssessor(CommonOptions.ClockFor(result.GetValue(today))).Assess(document);
            if (result.GetValue(format) == "json")
            {
                OutputFile.WriteUtf8(context.Out, stream => IsmsReadinessJson.Write(stream, report));
            }
            else
            {
                IsmsReadinessText.Write(context.Out, report);
            }

            return report.HasMissingRequirements ? ExitCodes.Findings : ExitCodes.Success;
        });
        var command = new Command("isms", "The ISMS record: clauses 4 to 10, documented information, audits, reviews and the certification path.");
        command.Subcommands.Add(readiness);
        return command;
    }
}
