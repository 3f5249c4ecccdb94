namespace Iso27k.Cli;

/// <summary>The streams a verb reads and writes, so tests can run verbs in-process.</summary>
internal sealed class CliContext(TextReader input, TextWriter output, TextWriter error)
{
    public TextReader In { get; } = input;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Reports unusable input on stderr and returns the matching exit code.</summary>
    public int Fail(string message)
    {
        Error.WriteLine($"iso27k: {message}");
        return ExitCodes.UnusableInput;
    }
}
