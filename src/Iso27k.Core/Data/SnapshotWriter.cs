using System.Buffers.Binary;
using System.Text;

namespace Iso27k.Data;

// Writes the snapshots that the build embeds (layout in SnapshotFormat). The build reads each data file with
// CatalogReader first, so a snapshot only ever holds a catalog that passed every check of the JSON format.
internal static class SnapshotWriter
{
    public static byte[] Write(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using var output = new MemoryStream();
        WriteHeader(output, SnapshotFormat.ControlCatalog, catalog.Edition, catalog.FormatVersion, catalog.Title, catalog.VersionId, catalog.Sources.AsSpan(), catalog.Notes.AsSpan());
        WriteCount(output, catalog.Groups.Length);
        foreach (var group in catalog.Groups)
        {
            WriteGroup(output, group);
        }

        return output.ToArray();
    }

    public static byte[] Write(ClauseCatalog clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        using var output = new MemoryStream();
        WriteHeader(output, SnapshotFormat.ClauseCatalog, clauses.Edition, CatalogFormat.CurrentVersion, clauses.Title, clauses.VersionId, clauses.Sources.AsSpan(), clauses.Notes.AsSpan());
        WriteCount(output, clauses.Clauses.Length);
        foreach (var clause in clauses.Clauses)
        {
            WriteString(output, clause.Id);
            WriteString(output, clause.Title);
            WriteString(output, clause.Summary);
            WriteString(output, clause.Requirement);
            WriteCount(output, clause.DocumentedInformation.Length);
            foreach (var item in clause.DocumentedInformation)
            {
                output.WriteByte((byte)item.Kind);
                WriteString(output, item.Description);
                WriteString(output, item.Note);
            }
        }

        return output.ToArray();
    }

    private static void WriteHeader(MemoryStream output, byte kind, Edition edition, int formatVersion, string title, string versionId, ReadOnlySpan<DataSource> sources, ReadOnlySpan<string> notes)
    {
        Span<byte> magic = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(magic, SnapshotFormat.Magic);
        output.Write(magic);
        output.WriteByte(SnapshotFormat.Version);
        output.WriteByte(kind);
        WriteCount(output, (int)edition);
        WriteCount(output, formatVersion);
        WriteString(output, title);
        WriteString(output, versionId);
        WriteCount(output, sources.Length);
        foreach (var source in sources)
        {
            WriteString(output, source.Name);
            WriteString(output, source.Location);
            WriteString(output, source.CheckedOn);
            WriteString(output, source.Covers);
        }

        WriteCount(output, notes.Length);
        foreach (var note in notes)
        {
            WriteString(output, note);
        }
    }

    private static void WriteGroup(MemoryStream output, ControlGroup group)
    {
        WriteString(output, group.Id);
        WriteString(output, group.Title);
        WriteCount(output, group.Groups.Length);
        foreach (var child in group.Groups)
        {
            WriteGroup(output, child);
        }

        // A group's own controls in the order given: the model sorts what a clause holds through its objectives.
        var controls = group.OwnControls;
        WriteCount(output, controls.Length);
        foreach (var control in controls)
        {
            WriteUInt32(output, control.Id.Packed);
            WriteString(output, control.Title);
            WriteString(output, control.AlternateTitle);
            WriteString(output, control.Summary);
            output.WriteByte(control.IsNewIn2022 ? (byte)1 : (byte)0);
            WriteUInt32(output, control.Attributes.Mask);
        }
    }

    private static void WriteUInt32(MemoryStream output, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        output.Write(bytes);
    }

    // Unsigned LEB128: seven bits per byte, low bits first, the high bit set on every byte but the last.
    private static void WriteCount(MemoryStream output, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            output.WriteByte((byte)(rest | 0x80));
            rest >>= 7;
        }

        output.WriteByte((byte)rest);
    }

    private static void WriteString(MemoryStream output, string? value)
    {
        if (value is null)
        {
            WriteCount(output, 0);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        var ascii = bytes.Length == value.Length;
        WriteCount(output, ((bytes.Length << 1) | (ascii ? 0 : 1)) + 1);
        output.Write(bytes);
    }
}
