namespace Iso27k.Mapping;

/// <summary>
/// Thrown when mapping data (embedded, or read through <see cref="ControlMapping.FromStream"/>) is corrupt: the
/// message names the source, the place (JSON path) and what was expected.
/// </summary>
public sealed class MappingDataException : Exception
{
    /// <summary>Creates an exception.</summary>
    public MappingDataException()
        : this("The mapping data is invalid.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MappingDataException(string message)
        : base(message)
    {
        SourceName = string.Empty;
        Location = string.Empty;
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MappingDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Location = string.Empty;
    }

    /// <summary>Creates an exception that names the data source and the location of the problem.</summary>
    /// <param name="sourceName">The resource or file name.</param>
    /// <param name="location">The JSON path where the problem is.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="innerException">The cause, if any.</param>
    public MappingDataException(string sourceName, string location, string problem, Exception? innerException = null)
        : base($"{sourceName}: {(string.IsNullOrEmpty(location) ? string.Empty : location + ": ")}{problem}", innerException)
    {
        SourceName = sourceName;
        Location = location;
    }

    /// <summary>The resource or file name the data came from.</summary>
    public string SourceName { get; }

    /// <summary>The JSON path where the problem is; empty when it concerns the whole document.</summary>
    public string Location { get; }
}
