namespace Iso27k.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);
}
