using System.Runtime.CompilerServices;
using System.Text;

namespace Iso27k.Data;

// Reads the snapshots the build embeds (layout in SnapshotFormat) into the same model the JSON reader builds. It runs
// on first access to an embedded catalog, in a new process, where compiling code costs far more than running it: a
// few small methods over a span, no tables of member names, no collections, and the model's checks of the facts are
// skipped: the build made the snapshot from a catalog that passed them, read it back and compared it, and the tests
// compare each embedded catalog with its document. What the reader checks is the form: the header, counts, lengths,
// ids, flags and the end, so that damaged bytes give a CatalogDataException rather than another exception or a huge
// allocation. Like CatalogReader's, the methods that run once per catalog are compiled without optimization.
internal ref struct SnapshotReader
{
    private readonly ReadOnlySpan<byte> data;
    private int position;

    private SnapshotReader(ReadOnlySpan<byte> data) => this.data = data;

    [MethodImpl(MethodImplOptions.NoOptimization)]
    public static Catalog ReadCatalog(ReadOnlySpan<byte> data, string sourceName, SourceHash sha256)
    {
        try
        {
            var reader = new SnapshotReader(data);
            var edition = reader.ReadHeader(SnapshotFormat.ControlCatalog, out var formatVersion, out var title, out var versionId, out var sources, out var notes);
            var groups = new ControlGroup[reader.ReadCount()];
            var kind = edition == Edition.Iso2022 ? ControlGroupKind.Theme : ControlGroupKind.Clause;
            for (var i = 0; i < groups.Length; i++)
            {
                groups[i] = reader.ReadGroup(kind, edition);
            }

            reader.ExpectEnd();
            return new Catalog(edition, title, versionId, groups, sources, notes, formatVersion, sha256, checkFacts: false);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            throw Corrupt(sourceName, ex);
        }
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    public static ClauseCatalog ReadClauseCatalog(ReadOnlySpan<byte> data, string sourceName, SourceHash sha256)
    {
        try
        {
            var reader = new SnapshotReader(data);
            var edition = reader.ReadHeader(SnapshotFormat.ClauseCatalog, out _, out var title, out var versionId, out var sources, out var notes);
            var clauses = new ClauseDefinition[reader.ReadCount()];
            for (var i = 0; i < clauses.Length; i++)
            {
                var id = reader.ReadString();
                var clauseTitle = reader.ReadString();
                var summary = reader.ReadString();
                var requirement = reader.ReadNullableString();
                var items = new DocumentedInformation[reader.ReadCount()];
                for (var k = 0; k < items.Length; k++)
                {
                    var kind = reader.data[reader.position++];
                    if (kind > (byte)DocumentedInformationKind.Retain)
                    {
                        throw new InvalidDataException("a kind of documented information is out of range.");
                    }

                    items[k] = new DocumentedInformation((DocumentedInformationKind)kind, reader.ReadString(), reader.ReadNullableString());
                }

                clauses[i] = new ClauseDefinition(id, clauseTitle, summary, requirement, items, i);
            }

            reader.ExpectEnd();
            return new ClauseCatalog(edition, title, versionId, clauses, sources, notes, sha256);
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            throw Corrupt(sourceName, ex);
        }
    }

    // A snapshot is written by the build from data that passed every check, so any of these means the bytes were
    // damaged: a duplicate control id (ArgumentException from the index) or a check of the clauses, a read past the
    // end, a value out of range.
    private static bool IsCorruption(Exception ex) =>
        ex is ArgumentException or IndexOutOfRangeException or InvalidDataException;

    private static CatalogDataException Corrupt(string sourceName, Exception ex) =>
        new(sourceName, string.Empty, "the embedded snapshot is damaged: " + ex.Message, ex);

    // In a method of its own: the numbers in the message would compile generic formatting code with the caller.
    private static InvalidDataException NotASnapshot(byte kind) =>
        new($"expected a snapshot of format version {SnapshotFormat.Version} and kind {kind}.");

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private Edition ReadHeader(byte kind, out int formatVersion, out string title, out string versionId, out DataSource[] sources, out string[] notes)
    {
        if (data.Length < 6 || ReadUInt32() != SnapshotFormat.Magic || data[4] != SnapshotFormat.Version || data[5] != kind)
        {
            throw NotASnapshot(kind);
        }

        position = 6;
        var edition = (Edition)ReadNumber();
        if (edition is not (Edition.Iso2013 or Edition.Iso2022))
        {
            throw new InvalidDataException("the edition is out of range.");
        }

        formatVersion = ReadNumber();
        title = ReadString();
        versionId = ReadString();
        sources = new DataSource[ReadCount()];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = new DataSource(ReadString(), ReadString(), ReadString(), ReadString());
        }

        notes = new string[ReadCount()];
        for (var i = 0; i < notes.Length; i++)
        {
            notes[i] = ReadString();
        }

        return edition;
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private ControlGroup ReadGroup(ControlGroupKind kind, Edition edition)
    {
        var id = ReadString();
        var title = ReadString();
        var groups = new ControlGroup[ReadCount()];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = ReadGroup(ControlGroupKind.Objective, edition);
        }

        var controls = new Control[ReadCount()];
        for (var i = 0; i < controls.Length; i++)
        {
            // A well-formed id keeps the catalog's id index small even if the bytes were damaged.
            if (!ControlId.TryFromPacked(ReadUInt32(), edition, out var controlId))
            {
                throw new InvalidDataException("a control id is out of range.");
            }

            var controlTitle = ReadString();
            var alternateTitle = ReadNullableString();
            var summary = ReadString();
            var isNew = data[position++];
            var mask = ReadUInt32();
            if (isNew > 1 || mask >= 1u << AttributeValue.Count)
            {
                throw new InvalidDataException("a control's flags are out of range.");
            }

            controls[i] = new Control(AttributeSet.FromMask(mask), controlId, controlTitle, summary, isNew == 1, alternateTitle);
        }

        return new ControlGroup(kind, id, title, groups, controls, checkFacts: false);
    }

    // Little-endian. By hand: BinaryPrimitives lives behind a facade assembly (System.Memory) that the runtime would
    // load for this one call, on first access.
    private uint ReadUInt32()
    {
        var value = data[position] | ((uint)data[position + 1] << 8) | ((uint)data[position + 2] << 16) | ((uint)data[position + 3] << 24);
        position += 4;
        return value;
    }

    // How many elements follow. Each takes at least a byte: a larger count can only be damage, and must not become a
    // huge allocation.
    private int ReadCount()
    {
        var count = ReadNumber();
        return count <= data.Length - position ? count : throw new InvalidDataException("a count is out of range.");
    }

    // Unsigned LEB128 (see SnapshotFormat).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private int ReadNumber()
    {
        var value = 0;
        var shift = 0;
        byte next;
        do
        {
            next = data[position++];
            value |= (next & 0x7F) << shift;
            shift += 7;
        }
        while (next >= 0x80 && shift < 32);

        return value >= 0 && next < 0x80 ? value : throw new InvalidDataException("a number is out of range.");
    }

    private string ReadString() => ReadNullableString() ?? throw new InvalidDataException("a required string is missing.");

    private string? ReadNullableString()
    {
        var header = ReadNumber();
        if (header == 0)
        {
            return null;
        }

        header--;
        var length = header >> 1;
        var bytes = data.Slice(position, length);
        position += length;

        // The first UTF-8 decoding in a process costs about 3 ms and Latin-1 about 15 µs (docs/performance.md); for
        // ASCII, which is all the shipped data holds, the two agree.
        return (header & 1) == 0 ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes);
    }

    private readonly void ExpectEnd()
    {
        if (position != data.Length)
        {
            throw new InvalidDataException("bytes follow the end of the snapshot.");
        }
    }
}
