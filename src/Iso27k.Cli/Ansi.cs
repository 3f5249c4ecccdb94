namespace Iso27k.Cli;

/// <summary>
/// Colour and emphasis for people at a terminal only: never when output is redirected, when NO_COLOR is set, or on a
/// dumb terminal, so piped output stays plain and stable.
/// </summary>
internal static class Ansi
{
    public static bool Enabled(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public static string Bold(TextWriter writer, string text) => Enabled(writer) ? $"\u001b[1m{text}\u001b[0m" : text;

    /// <summary>Red for errors, yellow for warnings, dim for the rest.</summary>
    public static string Severity(TextWriter writer, string severity, string text) =>
        !Enabled(writer) ? text
        : severity.Equals("error", StringComparison.OrdinalIgnoreCase) ? $"\u001b[31m{text}\u001b[0m"
        : severity.Equals("warning", StringComparison.OrdinalIgnoreCase) ? $"\u001b[33m{text}\u001b[0m"
        : $"\u001b[2m{text}\u001b[0m";
}
