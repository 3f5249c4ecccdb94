using System.Collections.Immutable;
using System.Text;
using Iso27k.Soa.Formats;

namespace Iso27k.Soa;

/// <summary>
/// A Statement of Applicability read from a file, with the problems found while reading and where each entry stood.
/// Also the entry point for reading and writing every format.
/// </summary>
/// <remarks>
/// <para>
/// Reading never throws for the content of a user's file: a problem becomes a diagnostic (SOA1xx) naming the JSON path
/// or CSV line and column. When the file cannot be read at all, <see cref="Statement"/> is <see langword="null"/> and
/// <see cref="Diagnostics"/> says why. Arguments and I/O failures (a missing file) still throw.
/// </para>
/// <para>
/// Limits: a JSON document may hold at most <see cref="MaxJsonBytes"/> bytes; a document (JSON or CSV) at most
/// <see cref="MaxEntries"/> entries. CSV is streamed, so a huge CSV is refused after <see cref="MaxEntries"/> rows
/// without being loaded.
/// </para>
/// </remarks>
public sealed class SoaDocument
{
    /// <summary>The JSON format version this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The most entries a document may hold; larger documents are refused (SOA107).</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The largest JSON document read, in bytes (16 MiB); larger documents are refused (SOA107).</summary>
    public const int MaxJsonBytes = 16 * 1024 * 1024;

    internal SoaDocument(StatementOfApplicability? statement, ImmutableArray<SoaDiagnostic> diagnostics, SoaSourceMap sourceMap, SoaFormat format)
    {
        Statement = statement;
        Diagnostics = diagnostics;
        SourceMap = sourceMap;
        Format = format;
    }

    /// <summary>The SoA, or <see langword="null"/> when the file could not be read at all.</summary>
    public StatementOfApplicability? Statement { get; }

    /// <summary>The problems found while reading (SOA1xx codes), in document order.</summary>
    public ImmutableArray<SoaDiagnostic> Diagnostics { get; }

    /// <summary>Where each entry stood in the file, for locating validation findings.</summary>
    public SoaSourceMap SourceMap { get; }

    /// <summary>The format read.</summary>
    public SoaFormat Format { get; }

    /// <summary>Whether reading found any error (the SoA may then be incomplete or absent).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == SoaSeverity.Error);

    /// <summary>Reads a file, choosing the format from the extension (<c>.json</c>, <c>.csv</c>) unless given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">The format, or <see langword="null"/> to use the extension.</param>
    /// <param name="edition">
    /// The edition to assume: for CSV it overrides the edition inferred from the ids; for JSON it is used only when the
    /// document names none.
    /// </param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">The format cannot be told from the extension, or is XLSX (write-only).</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static SoaDocument Load(string path, SoaFormat? format = null, Edition? edition = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var resolved = format ?? FormatFromPath(path);
        using var stream = File.OpenRead(path);
        return Read(stream, resolved, edition);
    }

    /// <summary>Reads a stream in a given format.</summary>
    /// <param name="stream">The UTF-8 content.</param>
    /// <param name="format">JSON or CSV.</param>
    /// <param name="edition">The edition to assume; see <see cref="Load(string, SoaFormat?, Edition?)"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">The format is XLSX (write-only) or undefined.</exception>
    public static SoaDocument Read(Stream stream, SoaFormat format, Edition? edition = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (edition is { } e)
        {
            StatementOfApplicability.CheckEdition(e);
        }

        switch (format)
        {
            case SoaFormat.Json:
                return SoaJsonReader.Read(stream, edition);
            case SoaFormat.Csv:
                using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16384, leaveOpen: true))
                {
                    return SoaCsvReader.Read(reader, edition, MaxEntries);
                }

            default:
                throw new ArgumentException($"Cannot read {format}: only Json and Csv are readable (Xlsx is an export format).", nameof(format));
        }
    }

    /// <summary>Reads CSV text (streamed, at most <paramref name="maxEntries"/> rows).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="edition">The edition, or <see langword="null"/> to infer it from the ids.</param>
    /// <param name="maxEntries">The most rows to accept before refusing the file.</param>
    /// <returns>The document.</returns>
    public static SoaDocument ReadCsv(TextReader reader, Edition? edition = null, int maxEntries = MaxEntries)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        return SoaCsvReader.Read(reader, edition, maxEntries);
    }

    /// <summary>Writes an SoA in a format.</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="format">JSON, CSV or XLSX.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is undefined.</exception>
    public static void Write(StatementOfApplicability statement, Stream stream, SoaFormat format)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case SoaFormat.Json:
                WriteJson(statement, stream);
                break;
            case SoaFormat.Csv:
                using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 16384, leaveOpen: true))
                {
                    WriteCsv(statement, writer);
                }

                break;
            case SoaFormat.Xlsx:
                SoaXlsx.Write(statement, stream);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Expected Json, Csv or Xlsx.");
        }
    }

    /// <summary>Writes an SoA to a file, choosing the format from the extension unless given.</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="path">The file, created or overwritten.</param>
    /// <param name="format">The format, or <see langword="null"/> to use the extension.</param>
    public static void Save(StatementOfApplicability statement, string path, SoaFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var resolved = format ?? FormatFromPath(path);
        using var stream = File.Create(path);
        Write(statement, stream, resolved);
    }

    /// <summary>Writes the SoA as JSON in the documented format (deterministic, LF line ends).</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="stream">Where to write UTF-8.</param>
    public static void WriteJson(StatementOfApplicability statement, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(stream);
        SoaJsonWriter.Write(statement, stream);
    }

    /// <summary>Writes the SoA's entries as CSV with the documented header (metadata is not written).</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCsv(StatementOfApplicability statement, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(writer);
        SoaCsvWriter.Write(statement, writer);
    }

    /// <summary>The format a file extension names.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">The extension is not .json, .csv or .xlsx.</exception>
    public static SoaFormat FormatFromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => SoaFormat.Json,
            ".csv" => SoaFormat.Csv,
            ".xlsx" => SoaFormat.Xlsx,
            var other => throw new ArgumentException($"Cannot tell the format from the extension '{other}'; use .json, .csv or .xlsx, or pass the format.", nameof(path)),
        };
    }
}
