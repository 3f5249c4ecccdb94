namespace Iso27k.Oscal;

/// <summary>
/// Thrown when an OSCAL document cannot be imported: the message names the source, the JSON path of the problem
/// (such as <c>$.catalog.groups[2].controls[4].props[1].value</c>) and what was expected.
/// </summary>
public sealed class OscalFormatException : Exception
{
    /// <summary>Creates an exception.</summary>
    public OscalFormatException()
        : this("The OSCAL document is invalid.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public OscalFormatException(string message)
        : base(message)
    {
        SourceName = string.Empty;
        Path = string.Empty;
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OscalFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Path = string.Empty;
    }

    /// <summary>Creates an exception that names the document and the JSON path of the problem.</summary>
    /// <param name="sourceName">The file or stream name.</param>
    /// <param name="path">The JSON path, e.g. <c>$.catalog.metadata.title</c>.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="innerException">The cause, if any.</param>
    public OscalFormatException(string sourceName, string path, string problem, Exception? innerException = null)
        : base($"{sourceName}: {(string.IsNullOrEmpty(path) ? string.Empty : path + ": ")}{problem}", innerException)
    {
        SourceName = sourceName;
        Path = path;
    }

    /// <summary>The file or stream name the document came from.</summary>
    public string SourceName { get; }

    /// <summary>The JSON path of the problem; empty when it concerns the whole document.</summary>
    public string Path { get; }
}
