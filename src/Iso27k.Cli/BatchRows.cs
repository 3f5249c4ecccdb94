namespace Iso27k.Cli;

/// <summary>The shared shape of batch verbs: arguments or stdin lines in, one CSV row each out, exit 1 if any failed.</summary>
internal static class BatchRows
{
    public static int Run(CliContext context, string[]? arguments, Action<TextWriter> writeHeader, Func<TextWriter, string, bool> writeRow)
    {
        var output = context.Out;
        writeHeader(output);
        var failed = 0;
        foreach (var item in arguments is { Length: > 0 } ? arguments : ReadLines(context.In))
        {
            if (!writeRow(output, item))
            {
                failed++;
            }
        }

        output.Flush();
        if (failed > 0)
        {
            context.Error.WriteLine($"iso27k: {failed} row(s) failed; see the error column.");
            return ExitCodes.Findings;
        }

        return ExitCodes.Success;
    }

    private static IEnumerable<string> ReadLines(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            // Blank lines separate nothing in a vector list; skipping them keeps pasted lists usable.
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line.Trim();
            }
        }
    }
}
