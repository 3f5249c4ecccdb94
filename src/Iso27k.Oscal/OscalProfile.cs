using Iso27k.Oscal.Internal;
using Iso27k.Soa;

namespace Iso27k.Oscal;

/// <summary>
/// Exports a Statement of Applicability as an OSCAL profile (the applicable controls selected from the catalog,
/// exclusions with their justification) and reads a profile back into a <see cref="SoaSelection"/>.
/// </summary>
/// <remarks>
/// The profile imports the catalog through a back-matter resource whose link is
/// <see cref="OscalExportOptions.CatalogHref"/> (by default <see cref="OscalCatalog.DefaultFileName(Edition)"/>).
/// <c>Read(Write(soa))</c> equals <see cref="SoaSelection.From(StatementOfApplicability)"/> of the SoA.
/// </remarks>
public static class OscalProfile
{
    /// <summary>Writes the SoA's selection as an OSCAL profile (UTF-8 JSON, indented, LF line ends).</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">OSCAL version, fixed time and catalog href; <see langword="null"/> for the defaults.</param>
    public static void Write(StatementOfApplicability statement, Stream stream, OscalExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(stream);
        ProfileExporter.Write(statement, stream, options ?? OscalExportOptions.Default);
    }

    /// <summary>Returns the OSCAL profile as UTF-8 bytes.</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="options">OSCAL version, fixed time and catalog href; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    public static byte[] ToUtf8Bytes(StatementOfApplicability statement, OscalExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(statement, stream, options);
        return stream.ToArray();
    }

    /// <summary>Writes the OSCAL profile to a file, replacing it.</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">OSCAL version, fixed time and catalog href; <see langword="null"/> for the defaults.</param>
    public static void Save(StatementOfApplicability statement, string path, OscalExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        Write(statement, stream, options);
    }

    /// <summary>
    /// Reads an OSCAL profile that selects ISO/IEC 27001 Annex A controls by id (<c>include-controls</c> or
    /// <c>include-all</c>, <c>exclude-controls</c>).
    /// </summary>
    /// <param name="stream">The UTF-8 JSON document.</param>
    /// <param name="sourceName">A name for error messages, such as the file name.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="OscalFormatException">The document is not such a profile; the message gives the JSON path.</exception>
    public static SoaSelection Read(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ProfileImporter.Read(stream, sourceName ?? "OSCAL profile");
    }

    /// <summary>Reads an OSCAL profile file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="OscalFormatException">The document is not such a profile.</exception>
    public static SoaSelection Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }
}
