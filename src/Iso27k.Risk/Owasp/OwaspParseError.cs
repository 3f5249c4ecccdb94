namespace Iso27k.Risk.Owasp;

/// <summary>Why an OWASP vector did not parse: where (a 0-based character index) and what was expected there.</summary>
public sealed class OwaspParseError
{
    internal OwaspParseError(int position, string message)
    {
        Position = position;
        Message = message;
    }

    /// <summary>The 0-based index of the character where the problem was found (the text's length when at its end).</summary>
    public int Position { get; }

    /// <summary>What is wrong and what was expected, quoting the position.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Message;
}
