using Iso27k.Oscal.Internal;

namespace Iso27k.Oscal;

/// <summary>
/// Exports a <see cref="Catalog"/> as an OSCAL catalog and imports OSCAL catalogs back into the model.
/// </summary>
/// <remarks>
/// <para>
/// The export has one group per theme (2022) or per clause with its objectives (2013); each control carries the
/// properties <c>label</c> (<c>5.23</c>, <c>A.12.4.1</c>) and <c>sort-id</c>, the ISO/IEC 27002:2022 attributes as
/// properties in <see cref="OscalIds.Namespace"/>, and this project's one-line summary as its <c>statement</c>
/// part (class <c>iso27k-summary</c>). No ISO text beyond titles is written. UUIDs are version 5 UUIDs of stable
/// names and <c>last-modified</c> comes from the data version, so two exports are byte-identical.
/// </para>
/// <para>
/// <see cref="Read(Stream, string?)"/> of an export gives a catalog equal to the one exported. Other OSCAL catalogs
/// (a licensed full-text ISO catalog, say) load as far as the model reaches: see docs/oscal.md.
/// </para>
/// </remarks>
public static class OscalCatalog
{
    /// <summary>
    /// The file name other exports use to refer to the catalog: <c>ISO_IEC_27002_2022_catalog.oscal.json</c> or
    /// <c>ISO_IEC_27001_2013_catalog.oscal.json</c>.
    /// </summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not defined.</exception>
    public static string DefaultFileName(Edition edition) => edition switch
    {
        Edition.Iso2022 => "ISO_IEC_27002_2022_catalog.oscal.json",
        Edition.Iso2013 => "ISO_IEC_27001_2013_catalog.oscal.json",
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Expected Edition.Iso2013 or Edition.Iso2022."),
    };

    /// <summary>Writes a catalog as an OSCAL catalog (UTF-8 JSON, indented, LF line ends).</summary>
    /// <param name="catalog">The catalog, e.g. <see cref="IsoCatalogs.Iso27002_2022"/>.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">OSCAL version and fixed time; <see langword="null"/> for <see cref="OscalExportOptions.Default"/>.</param>
    public static void Write(Catalog catalog, Stream stream, OscalExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(stream);
        CatalogExporter.Write(catalog, stream, options ?? OscalExportOptions.Default);
    }

    /// <summary>Returns the OSCAL catalog as UTF-8 bytes.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">OSCAL version and fixed time; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    public static byte[] ToUtf8Bytes(Catalog catalog, OscalExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(catalog, stream, options);
        return stream.ToArray();
    }

    /// <summary>Writes the OSCAL catalog to a file, replacing it.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">OSCAL version and fixed time; <see langword="null"/> for the defaults.</param>
    public static void Save(Catalog catalog, string path, OscalExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        Write(catalog, stream, options);
    }

    /// <summary>Reads an OSCAL catalog (1.0 to 1.2) into the model.</summary>
    /// <param name="stream">The UTF-8 JSON document.</param>
    /// <param name="sourceName">A name for error messages, such as the file name.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="OscalFormatException">
    /// The document is not an OSCAL catalog the model can hold; the message gives the JSON path and what was expected.
    /// </exception>
    public static Catalog Read(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CatalogImporter.Read(stream, sourceName ?? "OSCAL catalog");
    }

    /// <summary>Reads an OSCAL catalog file into the model.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="OscalFormatException">The document is not an OSCAL catalog the model can hold.</exception>
    public static Catalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }
}
