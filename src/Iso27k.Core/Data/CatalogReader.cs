using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Iso27k.Data;

// Turns the data format into the model in one strict pass, naming the JSON path and line of anything wrong.
//
// A program usually reads a catalog document once, in a new process, where compiling the reader costs far more than
// running it (docs/performance.md). (The embedded catalogs no longer come this way at run time: the build reads their
// documents with this reader and embeds snapshots, see SnapshotFormat.) Methods marked NoOptimization are compiled
// once, quickly and without optimization: a method with a loop is otherwise first compiled with profiling probes,
// which cost more to compile and slow the first run down several times, and a 75 KB document is read too quickly for
// optimized code to pay back its compilation. Reading stays about twice as slow as optimized code would be (about 0.3 ms against 0.16 ms
// for the 2022 catalog, reader and model together).
internal static class CatalogReader
{
    // The embedded files are ~60 KB; a user's file a thousand times larger is not a catalog.
    internal const int MaxDocumentBytes = 64 * 1024 * 1024;

    // Both catalog formats share the header members, at the same indexes (see Header.Read); the sixth holds the body.
    private static readonly JsonMembers CatalogMembers = new(6, ["formatVersion", "dataVersion", "edition", "title", "provenance", "groups", "$schema"]);
    private static readonly JsonMembers ProvenanceMembers = new(1, ["sources", "notes"]);
    private static readonly JsonMembers SourceMembers = new(4, ["name", "location", "checked", "covers"]);
    private static readonly JsonMembers GroupMembers = new(3, ["id", "kind", "title", "groups", "controls"]);
    private static readonly JsonMembers ControlMembers = new(3, ["id", "title", "summary", "alternateTitle", "newIn2022", "attributes"]);

    // In AttributeType order.
    private static readonly JsonMembers AttributeMembers = new(5, ["controlTypes", "securityProperties", "cybersecurityConcepts", "operationalCapabilities", "securityDomains"]);

    // The index of the member that holds a catalog's body, after the header members.
    private const int BodyMember = 5;

    public static Catalog Read(Stream stream, string sourceName)
    {
        var bytes = ReadAll(stream, sourceName);
        return ReadCatalog(bytes, sourceName, SourceHash.Of(bytes));
    }

    public static ClauseCatalog ReadClauses(Stream stream, string sourceName)
    {
        var bytes = ReadAll(stream, sourceName);
        return ReadClauseCatalog(bytes, sourceName, SourceHash.Of(bytes));
    }

    // Hashing loads the native crypto library (milliseconds on first use), so the hash is computed only when asked.
    internal static string Sha256Hex(byte[] bytes) =>
#if NET9_0_OR_GREATER
        Convert.ToHexStringLower(SHA256.HashData(bytes));
#else
        Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
#endif

    internal static byte[] ReadAll(Stream stream, string sourceName)
    {
        if (stream.CanSeek)
        {
            // Embedded resources and files know their length: read them straight into an array of that size.
            var length = stream.Length - stream.Position;
            if (length > MaxDocumentBytes)
            {
                throw TooLarge(sourceName);
            }

            var bytes = new byte[length];
            var total = 0;
            int count;
            while (total < bytes.Length && (count = stream.Read(bytes, total, bytes.Length - total)) > 0)
            {
                total += count;
            }

            if (total < bytes.Length)
            {
                // The stream was shorter than it said.
                var read = new byte[total];
                Buffer.BlockCopy(bytes, 0, read, 0, total);
                bytes = read;
            }

            return bytes;
        }

        // In a method of its own, so that loading an embedded catalog does not compile it.
        return ReadUnseekable(stream, sourceName);
    }

    private static byte[] ReadUnseekable(Stream stream, string sourceName)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                throw TooLarge(sourceName);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static CatalogDataException TooLarge(string sourceName) =>
        new(sourceName, string.Empty, $"the document is larger than the limit of {MaxDocumentBytes / (1024 * 1024)} MiB.");

    [MethodImpl(MethodImplOptions.NoOptimization)]
    internal static Catalog ReadCatalog(byte[] bytes, string sourceName, SourceHash sha256)
    {
        var json = new DataJsonReader(bytes, sourceName);
        json.Read();
        json.ExpectObject();
        var header = default(Header);
        ControlGroup[]? groups = null;
        var groupsAt = 0L;
        var deferred = default(DataJsonReader);
        var seen = 0;
        int member;
        while ((member = json.NextMember(CatalogMembers, ref seen)) >= 0)
        {
            if (member != BodyMember)
            {
                header.Read(ref json, member);
            }
            else if (header.HasEdition && header.HasFormatVersion)
            {
                groupsAt = json.TokenStart;
                groups = ReadGroups(ref json, header.Edition);
            }
            else
            {
                // Members may come in any order; the groups cannot be checked before the edition is known.
                groupsAt = json.TokenStart;
                json.ExpectArray();
                deferred = json;
                json.Skip();
            }
        }

        json.ReadEndOfDocument();
        if (groups is null)
        {
            json = deferred;
            groups = ReadGroups(ref json, header.Edition);
        }

        try
        {
            return new Catalog(header.Edition, header.Title!, header.DataVersion!, groups, header.Sources, header.Notes, header.FormatVersion, sha256, checkFacts: true);
        }
        catch (ArgumentException ex)
        {
            throw json.Fail(groupsAt, Plain(ex), ex);
        }
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    internal static ClauseCatalog ReadClauseCatalog(byte[] bytes, string sourceName, SourceHash sha256)
    {
        var json = new DataJsonReader(bytes, sourceName);
        json.Read();
        json.ExpectObject();
        var header = default(Header);
        var clauses = new ClauseDefinition[64];
        var count = 0;
        var seen = 0;
        int member;
        while ((member = json.NextMember(ClauseTables.CatalogMembers, ref seen)) >= 0)
        {
            if (member != BodyMember)
            {
                header.Read(ref json, member);
                continue;
            }

            json.ExpectArray();
            while (json.NextElement())
            {
                Append(ref clauses, ref count, ReadClause(ref json, count));
            }
        }

        json.ReadEndOfDocument();
        clauses = Trim(clauses, count);

        try
        {
            return new ClauseCatalog(header.Edition, header.Title!, header.DataVersion!, clauses, header.Sources ?? [], header.Notes ?? [], sha256);
        }
        catch (ArgumentException ex)
        {
            // The clause catalog's own message already names the JSON path.
            throw new CatalogDataException(sourceName, string.Empty, Plain(ex), ex);
        }
    }

    // The readers collect into plain arrays: every generic collection type would be set up and compiled when the
    // first document is read. Array.Copy is not generic.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static ControlGroup[] ReadGroups(ref DataJsonReader json, Edition edition)
    {
        json.ExpectArray();
        var kind = edition == Edition.Iso2022 ? ControlGroupKind.Theme : ControlGroupKind.Clause;
        var groups = new ControlGroup[16];
        var count = 0;
        while (json.NextElement())
        {
            Append(ref groups, ref count, ReadGroup(ref json, kind, edition));
        }

        return Trim(groups, count);
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static ControlGroup ReadGroup(ref DataJsonReader json, ControlGroupKind kind, Edition edition)
    {
        json.ExpectObject();
        var start = json.TokenStart;
        string? id = null;
        string? title = null;
        ControlGroup[]? children = null;
        var childCount = 0;
        Control[]? controls = null;
        var controlCount = 0;
        var seen = 0;
        int member;
        while ((member = json.NextMember(GroupMembers, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: // id
                    id = json.GetString();
                    break;
                case 1: // kind
                    if (!json.ValueIs(KindName(kind)))
                    {
                        throw WrongKind(ref json, kind);
                    }

                    break;
                case 2: // title
                    title = json.GetString();
                    break;
                case 3 when !json.IsNull: // groups
                    if (kind != ControlGroupKind.Clause)
                    {
                        throw NoGroupsIn(ref json, kind);
                    }

                    json.ExpectArray();
                    children = new ControlGroup[8];
                    while (json.NextElement())
                    {
                        Append(ref children, ref childCount, ReadGroup(ref json, ControlGroupKind.Objective, edition));
                    }

                    break;
                case 4 when !json.IsNull: // controls
                    json.ExpectArray();
                    controls = new Control[40];
                    while (json.NextElement())
                    {
                        Append(ref controls, ref controlCount, ReadControl(ref json, edition));
                    }

                    break;
            }
        }

        children = children is null ? null : Trim(children, childCount);
        controls = controls is null ? null : Trim(controls, controlCount);

        try
        {
            return new ControlGroup(kind, id!, title!, children, controls, checkFacts: true);
        }
        catch (ArgumentException ex)
        {
            throw json.Fail(start, Plain(ex), ex);
        }
    }

    // Collecting into arrays: appends, doubling the array when full, and Trim gives the result its final length. Our
    // own generic methods over reference types share one compiled body; the framework's collections would each be
    // types to load and compile when the first document is read. Array.Copy is not generic.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static void Append<T>(ref T[] items, ref int count, T item)
        where T : class
    {
        if (count == items.Length)
        {
            var larger = new T[count * 2];
            Array.Copy(items, larger, count);
            items = larger;
        }

        items[count++] = item;
    }

    private static T[] Trim<T>(T[] items, int count)
        where T : class
    {
        if (count == items.Length)
        {
            return items;
        }

        var exact = new T[count];
        Array.Copy(items, exact, count);
        return exact;
    }

    private static string KindName(ControlGroupKind kind) => kind switch
    {
        ControlGroupKind.Theme => "theme",
        ControlGroupKind.Clause => "clause",
        _ => "objective",
    };

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static Control ReadControl(ref DataJsonReader json, Edition edition)
    {
        json.ExpectObject();
        var start = json.TokenStart;
        var id = default(ControlId);
        string? title = null;
        string? summary = null;
        string? alternateTitle = null;
        var isNew = false;
        var attributes = AttributeSet.Empty;
        var seen = 0;
        int member;
        while ((member = json.NextMember(ControlMembers, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: // id
                    id = ReadControlId(ref json, edition);
                    break;
                case 1: // title
                    title = json.GetString();
                    break;
                case 2: // summary
                    summary = json.GetString();
                    break;
                case 3: // alternateTitle
                    alternateTitle = json.GetNullableString();
                    break;
                case 4: // newIn2022
                    isNew = json.GetBoolean();
                    break;
                case 5 when !json.IsNull: // attributes
                    attributes = ReadAttributes(ref json);
                    break;
            }
        }

        try
        {
            return new Control(id, title!, summary!, attributes, isNew, alternateTitle);
        }
        catch (ArgumentException ex)
        {
            throw BadControl(ref json, start, id, ex);
        }
    }

    // The shipped data's ids take a short path over the bytes; anything else is parsed as text, which also says
    // what is wrong.
    private static ControlId ReadControlId(ref DataJsonReader json, Edition edition) =>
        ControlId.TryParseCanonical(json.PlainBytes, edition, out var id) ? id : ReadControlIdText(ref json, edition);

    private static ControlId ReadControlIdText(ref DataJsonReader json, Edition edition)
    {
        if (!ControlId.TryParseData(json.GetChars(), out var id, out var canonical))
        {
            throw NotAControlId(ref json);
        }

        if (id.Edition != edition || !canonical)
        {
            throw BadControlId(ref json, id, edition);
        }

        return id;
    }

    // Messages with holes that are neither strings nor spans (a ControlId, an int, an enum) compile generic formatting
    // code with the method that holds them, even if they never run: they live here, compiled only on an error.
    private static CatalogDataException BadControlId(ref DataJsonReader json, ControlId id, Edition edition) =>
        json.FailHere(id.Edition != edition
            ? $"control {id} is a {id.Edition.ToYearString()} id in a {edition.ToYearString()} catalog."
            : $"'{json.GetChars()}' must be written in canonical form '{id}'.");

    private static CatalogDataException WrongKind(ref DataJsonReader json, ControlGroupKind kind) =>
        json.FailHere($"'{json.GetChars()}' found where a {KindName(kind)} was expected.");

    private static CatalogDataException NoGroupsIn(ref DataJsonReader json, ControlGroupKind kind) =>
        json.FailHere($"a {KindName(kind)} holds controls, not groups.");

    private static CatalogDataException NotAnEdition(ref DataJsonReader json) =>
        json.FailHere($"'{json.GetChars()}' is not an edition: expected \"2013\" or \"2022\".");

    private static CatalogDataException NotAControlId(ref DataJsonReader json)
    {
        _ = ControlId.TryParse(json.GetChars(), out _, out var error);
        return json.FailHere(error!);
    }

    private static CatalogDataException BadControl(ref DataJsonReader json, long start, ControlId id, ArgumentException ex) =>
        json.Fail(start, $"control {id}: {Plain(ex)}", ex);

    private static CatalogDataException UnsupportedVersion(ref DataJsonReader json, int version) =>
        json.FailHere($"format version {version} is not supported: this library reads version {CatalogFormat.CurrentVersion}.");

    private static CatalogDataException BadAttributeValue(ref DataJsonReader json, AttributeType type, bool isKnown)
    {
        var text = json.GetChars();
        if (isKnown)
        {
            return json.FailHere($"'{text}' is listed twice.");
        }

        var legal = string.Join(", ", AttributeValue.ValuesOf(type).Select(v => v.Name));
        return json.FailHere($"'{text}' is not a value of {type}: expected one of {legal}.");
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static AttributeSet ReadAttributes(ref DataJsonReader json)
    {
        json.ExpectObject();
        var mask = 0u;
        var seen = 0;
        int type;
        while ((type = json.NextMember(AttributeMembers, ref seen)) >= 0)
        {
            json.ExpectArray();
            var first = AttributeValue.TypeOffsets[type];
            var end = AttributeValue.TypeOffsets[type + 1];
            while (json.NextElement())
            {
                // The data uses the standard's exact spelling; case-insensitive matching is for users' input only.
                // Compared as bytes, without decoding the string.
                var index = first;
                while (index < end && !json.ValueIs(AttributeValue.Names[index]))
                {
                    index++;
                }

                if (index == end || (mask & (1u << index)) != 0)
                {
                    throw BadAttributeValue(ref json, (AttributeType)type, index < end);
                }

                mask |= 1u << index;
            }
        }

        return AttributeSet.FromMask(mask);
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static ClauseDefinition ReadClause(ref DataJsonReader json, int index)
    {
        json.ExpectObject();
        string? id = null;
        string? title = null;
        string? summary = null;
        string? requirement = null;
        DocumentedInformation[]? items = null;
        var count = 0;
        var seen = 0;
        int member;
        while ((member = json.NextMember(ClauseTables.ClauseMembers, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: // id
                    id = json.GetString();
                    break;
                case 1: // title
                    title = json.GetString();
                    break;
                case 2: // summary
                    summary = json.GetString();
                    break;
                case 4: // requirement
                    requirement = json.GetNullableString();
                    break;
                case 3: // documentedInformation
                    json.ExpectArray();
                    items = new DocumentedInformation[4];
                    while (json.NextElement())
                    {
                        Append(ref items, ref count, ReadDocumentedInformation(ref json));
                    }

                    break;
            }
        }

        items = items is null ? [] : Trim(items, count);
        return new ClauseDefinition(id!, title!, summary!, requirement, items, index);
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static DocumentedInformation ReadDocumentedInformation(ref DataJsonReader json)
    {
        json.ExpectObject();
        var kind = DocumentedInformationKind.Maintain;
        string? item = null;
        var itemAt = 0L;
        string? note = null;
        var seen = 0;
        int member;
        while ((member = json.NextMember(ClauseTables.DocumentedInformationMembers, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: // kind
                    kind = json.ValueIs("maintain") ? DocumentedInformationKind.Maintain
                        : json.ValueIs("retain") ? DocumentedInformationKind.Retain
                        : throw json.FailHere($"'{json.GetChars()}' is not a kind: expected \"maintain\" or \"retain\".");
                    break;
                case 1: // item
                    itemAt = json.TokenStart;
                    item = json.GetString();
                    break;
                case 2: // note
                    note = json.GetNullableString();
                    break;
            }
        }

        try
        {
            return new DocumentedInformation(kind, item!, note);
        }
        catch (ArgumentException ex)
        {
            throw json.Fail(itemAt, Plain(ex), ex);
        }
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static DataSource ReadSource(ref DataJsonReader json)
    {
        json.ExpectObject();
        var start = json.TokenStart;
        string? name = null;
        string? location = null;
        string? checkedOn = null;
        string? covers = null;
        var seen = 0;
        int member;
        while ((member = json.NextMember(SourceMembers, ref seen)) >= 0)
        {
            switch (member)
            {
                case 0: // name
                    name = json.GetString();
                    break;
                case 1: // location
                    location = json.GetString();
                    break;
                case 2: // checked
                    checkedOn = json.GetString();
                    break;
                case 3: // covers
                    covers = json.GetString();
                    break;
            }
        }

        try
        {
            return new DataSource(name!, location!, checkedOn!, covers!);
        }
        catch (ArgumentException ex)
        {
            throw json.Fail(start, Plain(ex), ex);
        }
    }

    // ArgumentException appends "(Parameter 'x')", which means nothing to someone fixing a data file.
    private static string Plain(ArgumentException ex) =>
        ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);

    // The members both catalog formats share.
    private struct Header
    {
        public int FormatVersion;
        public bool HasFormatVersion;
        public Edition Edition;
        public bool HasEdition;
        public string? DataVersion;
        public string? Title;
        public DataSource[]? Sources;
        public string[]? Notes;

        // The member's index in CatalogMembers (or in the clause catalog's table, which agrees).
        public void Read(ref DataJsonReader json, int member)
        {
            switch (member)
            {
                case 6: // $schema
                    _ = json.GetNullableString();
                    break;
                case 0: // formatVersion
                    FormatVersion = json.GetInt32();
                    if (FormatVersion != CatalogFormat.CurrentVersion)
                    {
                        throw UnsupportedVersion(ref json, FormatVersion);
                    }

                    HasFormatVersion = true;
                    break;
                case 1: // dataVersion
                    DataVersion = json.GetString();
                    break;
                case 2: // edition
                    Edition = json.ValueIs("2013") ? Iso27k.Edition.Iso2013
                        : json.ValueIs("2022") ? Iso27k.Edition.Iso2022
                        : throw NotAnEdition(ref json);
                    HasEdition = true;
                    break;
                case 3: // title
                    Title = json.GetString();
                    break;
                case 4: // provenance
                    ReadProvenance(ref json);
                    break;
            }
        }

        [MethodImpl(MethodImplOptions.NoOptimization)]
        private void ReadProvenance(ref DataJsonReader json)
        {
            json.ExpectObject();
            var seen = 0;
            int member;
            while ((member = json.NextMember(ProvenanceMembers, ref seen)) >= 0)
            {
                if (member == 0) // sources
                {
                    json.ExpectArray();
                    var sources = new DataSource[4];
                    var count = 0;
                    while (json.NextElement())
                    {
                        Append(ref sources, ref count, ReadSource(ref json));
                    }

                    Sources = Trim(sources, count);
                }
                else if (!json.IsNull)
                {
                    json.ExpectArray();
                    var notes = new string[4];
                    var count = 0;
                    while (json.NextElement())
                    {
                        Append(ref notes, ref count, json.GetString());
                    }

                    Notes = Trim(notes, count);
                }
            }
        }
    }

    // The tables only clause catalogs use, apart, so that loading a control catalog does not build them.
    private static class ClauseTables
    {
        // The header members as in CatalogMembers; the body is "clauses".
        internal static readonly JsonMembers CatalogMembers = new(6, ["formatVersion", "dataVersion", "edition", "title", "provenance", "clauses", "$schema"]);
        internal static readonly JsonMembers ClauseMembers = new(4, ["id", "title", "summary", "documentedInformation", "requirement"]);
        internal static readonly JsonMembers DocumentedInformationMembers = new(2, ["kind", "item", "note"]);
    }
}
