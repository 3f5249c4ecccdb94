namespace Iso27k.Cli;

/// <summary>
/// A one-line progress bar on stderr, drawn only when stderr is a terminal and the run has lasted over a second,
/// so piped and scripted runs stay clean.
/// </summary>
internal sealed class ProgressBar : IProgress<double>, IDisposable
{
    private readonly TextWriter error;
    private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Lock gate = new();
    private bool drawn;

    private ProgressBar(TextWriter error) => this.error = error;

    public static ProgressBar? ForTerminal(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(error) : null;

    public void Report(double value)
    {
        if (clock.ElapsedMilliseconds < 1000)
        {
            return;
        }

        lock (gate)
        {
            var width = 40;
            var filled = (int)Math.Clamp(value * width, 0, width);
            error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {value * 100,5:F1}%");
            drawn = true;
        }
    }

    public void Dispose()
    {
        if (drawn)
        {
            error.Write("\r" + new string(' ', 60) + "\r");
        }
    }
}
