using System.Collections.Immutable;
using System.Text;
using Iso27k.Isms.Formats;

namespace Iso27k.Isms;

/// <summary>
/// An ISMS record read from JSON (docs/formats/isms-record.md), with the problems found while reading; also the entry
/// point for writing the format.
/// </summary>
/// <remarks>
/// Reading never throws for the content of a user's file: each problem becomes a diagnostic with its JSON path
/// (ISMS100 to ISMS105; an embedded or referenced SoA or register reports its own SOA1xx and RSK1xx codes with the path
/// inside the record, or inside the referenced file). Unknown properties are kept and written back. The SoA and risk
/// register may be embedded (<c>soa</c>, <c>riskRegister</c>) or referenced by a path relative to the record's file
/// (<c>soaFile</c>, <c>riskRegisterFile</c>); a referenced document is written back as the reference, never embedded.
/// </remarks>
public sealed class IsmsRecordDocument
{
    /// <summary>The JSON format version this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The largest document read, in bytes (16 MiB).</summary>
    public const int MaxJsonBytes = 16 * 1024 * 1024;

    internal IsmsRecordDocument(IsmsRecord? record, ImmutableArray<IsmsDiagnostic> diagnostics)
    {
        Record = record;
        Diagnostics = diagnostics;
    }

    /// <summary>The record, or <see langword="null"/> when the document could not be read at all.</summary>
    public IsmsRecord? Record { get; }

    /// <summary>The problems found while reading, in document order.</summary>
    public ImmutableArray<IsmsDiagnostic> Diagnostics { get; }

    /// <summary>Whether reading found an error (the record may then be incomplete or absent).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == IsmsSeverity.Error);

    /// <summary>Reads a record file, and the SoA and register files it references (relative to its directory).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="IOException">The record file cannot be opened.</exception>
    public static IsmsRecordDocument Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Reads a record from a stream.</summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="baseDirectory">The directory referenced files are relative to; without it they are not read (ISMS104 warning).</param>
    /// <returns>The document.</returns>
    public static IsmsRecordDocument Read(Stream stream, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxJsonBytes)
            {
                return new IsmsRecordDocument(null, [new IsmsDiagnostic(IsmsDiagnosticCodes.Malformed, IsmsSeverity.Error, null, "$", "The document is larger than 16 MiB; an ISMS record is a few hundred KiB at most. Check that this is the right file.")]);
            }

            buffer.Write(chunk, 0, read);
        }

        return IsmsJsonReader.Read(buffer.ToArray(), baseDirectory);
    }

    /// <summary>Reads a record from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="baseDirectory">The directory referenced files are relative to, if any.</param>
    /// <returns>The document.</returns>
    public static IsmsRecordDocument Parse(string json, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return IsmsJsonReader.Read(Encoding.UTF8.GetBytes(json), baseDirectory);
    }

    /// <summary>Writes a record as indented UTF-8 JSON (LF line ends, deterministic).</summary>
    /// <param name="record">The record.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(IsmsRecord record, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(stream);
        IsmsJsonWriter.Write(record, stream);
    }

    /// <summary>Writes a record as a JSON string.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(IsmsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var buffer = new MemoryStream();
        IsmsJsonWriter.Write(record, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a record to a file (created or overwritten). Referenced SoA and register files are not written.</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">The file.</param>
    public static void Save(IsmsRecord record, string path)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        IsmsJsonWriter.Write(record, stream);
    }

    /// <inheritdoc/>
    public override string ToString() => Record is null ? $"unreadable ({Diagnostics.Length} problem(s))" : $"{Record} ({Diagnostics.Length} problem(s))";
}
