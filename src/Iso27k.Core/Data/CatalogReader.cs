using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Iso27k.Data;

// Turns the data format into the model in one strict pass, naming the JSON path and line of anything wrong.
internal static class CatalogReader
{
    // The embedded files are ~60 KB; a user's file a thousand times larger is not a catalog.
    internal const int MaxDocumentBytes = 64 * 1024 * 1024;

    private static readonly JsonMembers CatalogMembers = new(["formatVersion", "dataVersion", "edition", "title", "provenance", "groups"], ["$schema"]);
    private static readonly JsonMembers ClauseCatalogMembers = new(["formatVersion", "dataVersion", "edition", "title", "provenance", "clauses"], ["$schema"]);
    private static readonly JsonMembers ProvenanceMembers = new(["sources"], ["notes"]);
    private static readonly JsonMembers SourceMembers = new(["name", "location", "checked", "covers"], []);
    private static readonly JsonMembers GroupMembers = new(["id", "kind", "title"], ["groups", "controls"]);
    private static readonly JsonMembers ControlMembers = new(["id", "title", "summary"], ["alternateTitle", "newIn2022", "attributes"]);
    private static readonly JsonMembers AttributeMembers = new(["controlTypes", "securityProperties", "cybersecurityConcepts", "operationalCapabilities", "securityDomains"], []);
    private static readonly JsonMembers ClauseMembers = new(["id", "title", "summary", "documentedInformation"], ["requirement"]);
    private static readonly JsonMembers DocumentedInformationMembers = new(["kind", "item"], ["note"]);

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
        while (json.NextProperty(CatalogMembers, ref seen) is { } name)
        {
            if (name != "groups")
            {
                header.Read(ref json, name);
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
            return new Catalog(header.Edition, header.Title!, header.DataVersion!, groups, header.Sources, header.Notes, header.FormatVersion, sha256);
        }
        catch (ArgumentException ex)
        {
            throw json.Fail(groupsAt, Plain(ex), ex);
        }
    }

    internal static ClauseCatalog ReadClauseCatalog(byte[] bytes, string sourceName, SourceHash sha256)
    {
        var json = new DataJsonReader(bytes, sourceName);
        json.Read();
        json.ExpectObject();
        var header = default(Header);
        var clauses = new List<ClauseDefinition>();
        var seen = 0;
        while (json.NextProperty(ClauseCatalogMembers, ref seen) is { } name)
        {
            if (name != "clauses")
            {
                header.Read(ref json, name);
                continue;
            }

            json.ExpectArray();
            while (json.NextElement())
            {
                clauses.Add(ReadClause(ref json, string.Create(CultureInfo.InvariantCulture, $"$.clauses[{clauses.Count}]")));
            }
        }

        json.ReadEndOfDocument();
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
    // embedded catalogs load. Array.Copy is not generic.
    private static ControlGroup[] ReadGroups(ref DataJsonReader json, Edition edition)
    {
        json.ExpectArray();
        var kind = edition == Edition.Iso2022 ? ControlGroupKind.Theme : ControlGroupKind.Clause;
        var groups = new ControlGroup[16];
        var count = 0;
        while (json.NextElement())
        {
            if (count == groups.Length)
            {
                groups = (ControlGroup[])Move(groups, count, new ControlGroup[count * 2]);
            }

            groups[count++] = ReadGroup(ref json, kind, edition);
        }

        return count == groups.Length ? groups : (ControlGroup[])Move(groups, count, new ControlGroup[count]);
    }

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
        while (json.NextProperty(GroupMembers, ref seen) is { } name)
        {
            switch (name)
            {
                case "id":
                    id = json.GetString();
                    break;
                case "kind":
                    if (!json.ValueIs(KindName(kind)))
                    {
                        throw json.FailHere($"'{json.GetChars()}' found where a {KindName(kind)} was expected.");
                    }

                    break;
                case "title":
                    title = json.GetString();
                    break;
                case "groups" when !json.IsNull:
                    if (kind != ControlGroupKind.Clause)
                    {
                        throw json.FailHere($"a {KindName(kind)} holds controls, not groups.");
                    }

                    json.ExpectArray();
                    children = new ControlGroup[8];
                    while (json.NextElement())
                    {
                        if (childCount == children.Length)
                        {
                            children = (ControlGroup[])Move(children, childCount, new ControlGroup[childCount * 2]);
                        }

                        children[childCount++] = ReadGroup(ref json, ControlGroupKind.Objective, edition);
                    }

                    break;
                case "controls" when !json.IsNull:
                    json.ExpectArray();
                    controls = new Control[40];
                    while (json.NextElement())
                    {
                        if (controlCount == controls.Length)
                        {
                            controls = (Control[])Move(controls, controlCount, new Control[controlCount * 2]);
                        }

                        controls[controlCount++] = ReadControl(ref json, edition);
                    }

                    break;
            }
        }

        if (children is not null && childCount != children.Length)
        {
            children = (ControlGroup[])Move(children, childCount, new ControlGroup[childCount]);
        }

        if (controls is not null && controlCount != controls.Length)
        {
            controls = (Control[])Move(controls, controlCount, new Control[controlCount]);
        }

        try
        {
            return new ControlGroup(kind, id!, title!, children, controls);
        }
        catch (ArgumentException ex)
        {
            throw json.Fail(start, Plain(ex), ex);
        }
    }

    // Copies the first count items into another array (larger to grow, of length count to trim) and returns it.
    private static Array Move(Array items, int count, Array into)
    {
        Array.Copy(items, into, count);
        return into;
    }

    private static string KindName(ControlGroupKind kind) => kind switch
    {
        ControlGroupKind.Theme => "theme",
        ControlGroupKind.Clause => "clause",
        _ => "objective",
    };

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
        while (json.NextProperty(ControlMembers, ref seen) is { } name)
        {
            switch (name)
            {
                case "id":
                    id = ReadControlId(ref json, edition);
                    break;
                case "title":
                    title = json.GetString();
                    break;
                case "summary":
                    summary = json.GetString();
                    break;
                case "alternateTitle":
                    alternateTitle = json.GetNullableString();
                    break;
                case "newIn2022":
                    isNew = json.GetBoolean();
                    break;
                case "attributes" when !json.IsNull:
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

    private static ControlId ReadControlId(ref DataJsonReader json, Edition edition)
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

    private static AttributeSet ReadAttributes(ref DataJsonReader json)
    {
        json.ExpectObject();
        var set = AttributeSet.Empty;
        var seen = 0;
        while (json.NextProperty(AttributeMembers, ref seen) is { } name)
        {
            var type = name switch
            {
                "controlTypes" => AttributeType.ControlType,
                "securityProperties" => AttributeType.InformationSecurityProperty,
                "cybersecurityConcepts" => AttributeType.CybersecurityConcept,
                "operationalCapabilities" => AttributeType.OperationalCapability,
                "securityDomains" => AttributeType.SecurityDomain,
                _ => throw new UnreachableException(),
            };
            json.ExpectArray();
            var values = AttributeSet.Empty;
            while (json.NextElement())
            {
                // The data uses the standard's exact spelling; case-insensitive matching is for users' input only.
                var known = AttributeValue.TryParseExact(type, json.GetChars(), out var value);
                if (!known || values.Contains(value))
                {
                    throw BadAttributeValue(ref json, type, known);
                }

                values = values.Add(value);
            }

            set |= values;
        }

        return set;
    }

    private static ClauseDefinition ReadClause(ref DataJsonReader json, string path)
    {
        json.ExpectObject();
        string? id = null;
        string? title = null;
        string? summary = null;
        string? requirement = null;
        var items = new List<DocumentedInformation>();
        var seen = 0;
        while (json.NextProperty(ClauseMembers, ref seen) is { } name)
        {
            switch (name)
            {
                case "id":
                    id = json.GetString();
                    break;
                case "title":
                    title = json.GetString();
                    break;
                case "summary":
                    summary = json.GetString();
                    break;
                case "requirement":
                    requirement = json.GetNullableString();
                    break;
                case "documentedInformation":
                    json.ExpectArray();
                    while (json.NextElement())
                    {
                        items.Add(ReadDocumentedInformation(ref json));
                    }

                    break;
            }
        }

        return new ClauseDefinition(id!, title!, summary!, requirement, items, path);
    }

    private static DocumentedInformation ReadDocumentedInformation(ref DataJsonReader json)
    {
        json.ExpectObject();
        var kind = DocumentedInformationKind.Maintain;
        string? item = null;
        var itemAt = 0L;
        string? note = null;
        var seen = 0;
        while (json.NextProperty(DocumentedInformationMembers, ref seen) is { } name)
        {
            switch (name)
            {
                case "kind":
                    kind = json.ValueIs("maintain") ? DocumentedInformationKind.Maintain
                        : json.ValueIs("retain") ? DocumentedInformationKind.Retain
                        : throw json.FailHere($"'{json.GetChars()}' is not a kind: expected \"maintain\" or \"retain\".");
                    break;
                case "item":
                    itemAt = json.TokenStart;
                    item = json.GetString();
                    break;
                case "note":
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

    private static DataSource ReadSource(ref DataJsonReader json)
    {
        json.ExpectObject();
        var start = json.TokenStart;
        string? name = null;
        string? location = null;
        string? checkedOn = null;
        string? covers = null;
        var seen = 0;
        while (json.NextProperty(SourceMembers, ref seen) is { } member)
        {
            switch (member)
            {
                case "name":
                    name = json.GetString();
                    break;
                case "location":
                    location = json.GetString();
                    break;
                case "checked":
                    checkedOn = json.GetString();
                    break;
                case "covers":
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

        public void Read(ref DataJsonReader json, string name)
        {
            switch (name)
            {
                case "$schema":
                    _ = json.GetNullableString();
                    break;
                case "formatVersion":
                    FormatVersion = json.GetInt32();
                    if (FormatVersion != CatalogFormat.CurrentVersion)
                    {
                        throw UnsupportedVersion(ref json, FormatVersion);
                    }

                    HasFormatVersion = true;
                    break;
                case "dataVersion":
                    DataVersion = json.GetString();
                    break;
                case "edition":
                    Edition = json.ValueIs("2013") ? Iso27k.Edition.Iso2013
                        : json.ValueIs("2022") ? Iso27k.Edition.Iso2022
                        : throw json.FailHere($"'{json.GetChars()}' is not an edition: expected \"2013\" or \"2022\".");
                    HasEdition = true;
                    break;
                case "title":
                    Title = json.GetString();
                    break;
                case "provenance":
                    ReadProvenance(ref json);
                    break;
            }
        }

        private void ReadProvenance(ref DataJsonReader json)
        {
            json.ExpectObject();
            var seen = 0;
            while (json.NextProperty(ProvenanceMembers, ref seen) is { } name)
            {
                if (name == "sources")
                {
                    json.ExpectArray();
                    var sources = new DataSource[4];
                    var count = 0;
                    while (json.NextElement())
                    {
                        if (count == sources.Length)
                        {
                            sources = (DataSource[])Move(sources, count, new DataSource[count * 2]);
                        }

                        sources[count++] = ReadSource(ref json);
                    }

                    Sources = count == sources.Length ? sources : (DataSource[])Move(sources, count, new DataSource[count]);
                }
                else if (!json.IsNull)
                {
                    json.ExpectArray();
                    var notes = new string[4];
                    var count = 0;
                    while (json.NextElement())
                    {
                        if (count == notes.Length)
                        {
                            notes = (string[])Move(notes, count, new string[count * 2]);
                        }

                        notes[count++] = json.GetString();
                    }

                    Notes = count == notes.Length ? notes : (string[])Move(notes, count, new string[count]);
                }
            }
        }
    }
}
