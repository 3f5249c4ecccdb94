using System.Diagnostics;

namespace Iso27k.Risk.Cvss;

/// <summary>
/// Why a CVSS vector string could not be parsed: the kind of problem, the zero-based character position where it was
/// found, the metric concerned (if any), and a message that says what was expected.
/// </summary>
/// <remarks>
/// <c>default(CvssParseError)</c> has <see cref="Kind"/> <see cref="CvssParseErrorKind.None"/> and an empty message;
/// the <c>TryParse</c> methods return it on success.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CvssParseError : IEquatable<CvssParseError>
{
    internal CvssParseError(CvssParseErrorKind kind, int position, string? metric, string message)
    {
        Kind = kind;
        Position = position;
        Metric = metric;
        text = message;
    }

    private readonly string? text;

    /// <summary>The kind of problem.</summary>
    public CvssParseErrorKind Kind { get; }

    /// <summary>The zero-based index in the vector string where the problem was found.</summary>
    public int Position { get; }

    /// <summary>The metric abbreviation concerned (such as <c>AV</c>), or <see langword="null"/> when none applies.</summary>
    public string? Metric { get; }

    /// <summary>A sentence naming the position, the metric and what was expected.</summary>
    public string Message => text ?? string.Empty;

    /// <summary>Whether this describes an error (false for <c>default(CvssParseError)</c>).</summary>
    public bool IsError => Kind != CvssParseErrorKind.None;

    /// <summary>Compares kind, position, metric and message.</summary>
    /// <param name="left">The first error.</param>
    /// <param name="right">The second error.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CvssParseError left, CvssParseError right) => left.Equals(right);

    /// <summary>Compares kind, position, metric and message.</summary>
    /// <param name="left">The first error.</param>
    /// <param name="right">The second error.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CvssParseError left, CvssParseError right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CvssParseError other) =>
        Kind == other.Kind && Position == other.Position &&
        string.Equals(Metric, other.Metric, StringComparison.Ordinal) &&
        string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CvssParseError other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Position, Metric, Message);

    /// <summary>The message.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
