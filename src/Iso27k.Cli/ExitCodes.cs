namespace Iso27k.Cli;

/// <summary>The documented exit codes of every verb.</summary>
internal static class ExitCodes
{
    /// <summary>The verb did what was asked and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The verb ran, but reported findings or rows that failed.</summary>
    public const int Findings = 1;

    /// <summary>The input could not be used: bad arguments, unreadable or malformed file.</summary>
    public const int UnusableInput = 2;
}
