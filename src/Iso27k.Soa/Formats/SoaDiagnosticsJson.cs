using System.Text.Json;

namespace Iso27k.Soa;

/// <summary>
/// Writes diagnostics as a JSON array of <c>{code, severity, controlId, path, line, column, message, requirement}</c>
/// objects, for tools and the command line's <c>--format json</c>.
/// </summary>
/// <remarks>
/// <c>severity</c> is <c>error</c>, <c>warning</c> or <c>info</c>; <c>controlId</c> and <c>path</c> are
/// <see langword="null"/> when not applicable; <c>path</c> is the JSON path or <c>line L, column C</c>;
/// <c>line</c> and <c>column</c> are present only when known.
/// </remarks>
public static class SoaDiagnosticsJson
{
    /// <summary>Writes the array (indented, LF line ends, UTF-8).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="diagnostics">The diagnostics, written in order.</param>
    public static void Write(Stream stream, IEnumerable<SoaDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        writer.WriteStartArray();
        foreach (var diagnostic in diagnostics)
        {
            ArgumentNullException.ThrowIfNull(diagnostic, nameof(diagnostics));
            writer.WriteStartObject();
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("severity", SoaDiagnosticFormat.Level(diagnostic.Severity));
            if (diagnostic.ControlId is { } id)
            {
                writer.WriteString("controlId", id.ToString());
            }
            else
            {
                writer.WriteNull("controlId");
            }

            if (diagnostic.Location.IsNone)
            {
                writer.WriteNull("path");
            }
            else
            {
                writer.WriteString("path", diagnostic.Location.JsonPath ?? diagnostic.Location.ToString());
            }

            if (diagnostic.Location.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }

            if (diagnostic.Location.Column is { } column)
            {
                writer.WriteNumber("column", column);
            }

            writer.WriteString("message", diagnostic.Message);
            writer.WriteString("requirement", diagnostic.Requirement);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
