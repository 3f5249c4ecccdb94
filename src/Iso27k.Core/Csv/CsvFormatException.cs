namespace Iso27k.Csv;

/// <summary>Thrown by <see cref="CsvReader"/> for text that is not CSV, naming the line and column.</summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates an exception.</summary>
    public CsvFormatException()
        : this("The text is not valid CSV.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CsvFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CsvFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception at a position.</summary>
    /// <param name="lineNumber">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    public CsvFormatException(long lineNumber, int column, string problem)
        : base($"line {lineNumber}, column {column}: {problem}")
    {
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>The 1-based line of the problem.</summary>
    public long LineNumber { get; }

    /// <summary>The 1-based column of the problem.</summary>
    public int Column { get; }
}
