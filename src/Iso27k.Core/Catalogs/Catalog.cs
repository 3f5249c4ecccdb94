using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Iso27k.Data;

namespace Iso27k;

/// <summary>
/// An immutable catalog of Annex A controls of one edition, grouped by theme (2022) or by clause and objective (2013).
/// </summary>
/// <remarks>
/// <para>
/// The embedded ISO catalogs come from <see cref="IsoCatalogs"/>. Other data in the same format (for example a
/// catalog you hold under licence with full text) loads through <see cref="FromStream(Stream, string?)"/>.
/// </para>
/// <para>
/// Lookups by id are O(1) and allocation-free. <see cref="VersionId"/> and <see cref="SourceSha256"/> identify the
/// data, so a user can record exactly what an audit was performed against. Equality compares every fact held,
/// not the hash of the source bytes.
/// </para>
/// </remarks>
public sealed class Catalog : IEquatable<Catalog>
{
    private readonly ControlIndex byId;

    // Plain arrays, never changed after construction; the immutable arrays the properties return are views over
    // them. The embedded catalogs are built on first access, and every generic collection type used while building
    // (lists, dictionaries, enumerators, builders) would be set up and compiled in that first access.
    private readonly ControlGroup[] groups;
    private readonly DataSource[] sources;
    private readonly string[] notes;
    private readonly Control[] newIn2022;

    // Every group, nested ones included, in document order: at most 49 (2013), so a linear search finds one by id
    // about as fast as hashing the id would.
    private readonly ControlGroup[] allGroups;
    private readonly SourceHash? sourceSha256;

    /// <summary>Creates a catalog from groups built in code.</summary>
    /// <param name="edition">The edition all controls belong to.</param>
    /// <param name="title">The catalog's title.</param>
    /// <param name="versionId">The data version, shown to users.</param>
    /// <param name="groups">The top-level groups: themes for 2022, clauses for 2013.</param>
    /// <param name="sources">Where the facts were checked.</param>
    /// <exception cref="ArgumentException">
    /// A control or group belongs to another edition or level, or an id occurs twice.
    /// </exception>
    /// <param name="notes">Notes on the data, such as how a disagreement between sources was settled.</param>
    public Catalog(Edition edition, string title, string versionId, IEnumerable<ControlGroup> groups, IEnumerable<DataSource>? sources = null, IEnumerable<string>? notes = null)
        : this(edition, title, versionId, groups is null ? null! : [.. groups], sources is null ? null : [.. sources], notes is null ? null : [.. notes], CatalogFormat.CurrentVersion, null, checkFacts: true)
    {
    }

    // Takes the arrays as they are: the caller gives them up. Snapshots skip the checks (checkFacts false): the build
    // made them from catalogs that passed these checks when it read their document, and skipping them leaves less code
    // to compile on first access. Duplicate control ids are found in any case, while the index is built.
    // Compiled once without optimization: it runs once per catalog, when the embedded catalogs load (see CatalogReader).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    internal Catalog(
        Edition edition,
        string title,
        string versionId,
        ControlGroup[] groups,
        DataSource[]? sources,
        string[]? notes,
        int formatVersion,
        SourceHash? sourceSha256,
        bool checkFacts)
    {
        if (checkFacts)
        {
            CheckArguments(edition, title, versionId, groups);
        }

        Edition = edition;
        Title = title;
        VersionId = versionId;
        FormatVersion = formatVersion;
        this.sourceSha256 = sourceSha256;
        this.groups = groups;
        this.sources = sources ?? [];
        this.notes = notes ?? [];

        var groupCount = 0;
        var controlCount = 0;
        for (var i = 0; i < groups.Length; i++)
        {
            groupCount += 1 + (groups[i].GroupArray is { } children ? children.Length : 0);
            controlCount += groups[i].ControlArray is { } inGroup ? inGroup.Length : 0;
        }

        allGroups = new ControlGroup[groupCount];
        var controls = new Control[controlCount];
        groupCount = 0;
        controlCount = 0;
        var newCount = 0;
        for (var i = 0; i < groups.Length; i++)
        {
            var group = groups[i];
            allGroups[groupCount++] = group;
            for (var k = 0; group.GroupArray is { } children && k < children.Length; k++)
            {
                allGroups[groupCount++] = children[k];
            }

            for (var k = 0; group.ControlArray is { } inGroup && k < inGroup.Length; k++)
            {
                controls[controlCount++] = inGroup[k];
                newCount += inGroup[k].IsNewIn2022 ? 1 : 0;
            }
        }

        if (checkFacts)
        {
            CheckMembers(edition, allGroups, controls, nameof(groups));
        }

        byId = new ControlIndex(controls, nameof(groups));
        newIn2022 = new Control[newCount];
        newCount = 0;
        foreach (var control in byId.Ordered)
        {
            if (control.IsNewIn2022)
            {
                newIn2022[newCount++] = control;
            }
        }
    }

    // The edition is known, the texts are given, and the top-level groups are of the edition's kind (themes or
    // clauses): what building the catalog relies on.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static void CheckArguments(Edition edition, string title, string versionId, ControlGroup[] groups)
    {
        if (edition is not (Edition.Iso2013 or Edition.Iso2022))
        {
            throw UnknownEdition(edition);
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
        ArgumentNullException.ThrowIfNull(groups);
        var expectedKind = edition == Edition.Iso2022 ? ControlGroupKind.Theme : ControlGroupKind.Clause;
        foreach (var group in groups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(groups));
            if (group.Kind != expectedKind)
            {
                throw WrongKind(group, edition, expectedKind, nameof(groups));
            }
        }
    }

    // No group id occurs twice and every control belongs to the edition; checked over what the constructor gathered.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static void CheckMembers(Edition edition, ControlGroup[] allGroups, Control[] controls, string paramName)
    {
        for (var i = 1; i < allGroups.Length; i++)
        {
            if (Find(allGroups, i, allGroups[i].Id) is not null)
            {
                throw Duplicate(allGroups[i], paramName);
            }
        }

        foreach (var control in controls)
        {
            if (control.Id.Edition != edition)
            {
                throw WrongEdition(control, edition, paramName);
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static ControlGroup? Find(ControlGroup[] groups, int count, string id)
    {
        for (var i = 0; i < count; i++)
        {
            if (groups[i].Id == id)
            {
                return groups[i];
            }
        }

        return null;
    }

    // The messages live in methods of their own: their holes (an id, an enum) compile generic formatting code with
    // the method that holds them, and the constructor runs when the embedded catalogs load.
    private static ArgumentOutOfRangeException UnknownEdition(Edition edition) =>
        new(nameof(edition), edition, "Expected Edition.Iso2013 or Edition.Iso2022.");

    private static ArgumentException WrongKind(ControlGroup group, Edition edition, ControlGroupKind expectedKind, string paramName) =>
        new($"Group '{group.Id}' is a {group.Kind}; a {edition.ToYearString()} catalog's top-level groups are {expectedKind}s.", paramName);

    private static ArgumentException WrongEdition(Control control, Edition edition, string paramName) =>
        new($"Control {control.Id} belongs to the {control.Edition.ToYearString()} edition, not {edition.ToYearString()}.", paramName);

    private static ArgumentException Duplicate(ControlGroup group, string paramName) =>
        new($"Group '{group.Id}' occurs more than once.", paramName);

    /// <summary>The edition.</summary>
    public Edition Edition { get; }

    /// <summary>The catalog's title, e.g. "ISO/IEC 27002:2022".</summary>
    public string Title { get; }

    /// <summary>The version of the data (not of the standard), e.g. <c>2026.11.21</c>.</summary>
    public string VersionId { get; }

    /// <summary>The version of the data format the catalog was read from.</summary>
    public int FormatVersion { get; }

    /// <summary>
    /// The SHA-256 of the source document (lower-case hex) when read from a stream or embedded resource;
    /// <see langword="null"/> for a catalog built in code.
    /// </summary>
    /// <remarks>Computed on first access, so that loading a catalog does not load the cryptography library.</remarks>
    public string? SourceSha256 => sourceSha256?.Value;

    /// <summary>The public sources against which the facts were checked.</summary>
    public ImmutableArray<DataSource> Sources => ImmutableCollectionsMarshal.AsImmutableArray(sources);

    /// <summary>Notes on the data, such as how a disagreement between sources was settled.</summary>
    public ImmutableArray<string> Notes => ImmutableCollectionsMarshal.AsImmutableArray(notes);

    /// <summary>The top-level groups: themes for 2022, clauses for 2013.</summary>
    public ImmutableArray<ControlGroup> Groups => ImmutableCollectionsMarshal.AsImmutableArray(groups);

    /// <summary>Every control, in numeric id order.</summary>
    public ImmutableArray<Control> Controls => ImmutableCollectionsMarshal.AsImmutableArray(byId.Ordered);

    /// <summary>The controls that first appeared in the 2022 edition (empty for 2013).</summary>
    public ImmutableArray<Control> NewIn2022 => ImmutableCollectionsMarshal.AsImmutableArray(newIn2022);

    /// <summary>How many controls the catalog holds.</summary>
    public int Count => byId.Ordered.Length;

    /// <summary>The control with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">The catalog has no such control.</exception>
    public Control this[ControlId id] => byId.Find(id)
        ?? throw NoSuchControl(id);

    // In a method of its own: the id in the message compiles generic formatting code, often on a catalog's first query.
    private KeyNotFoundException NoSuchControl(ControlId id) => new($"{Title} has no control {id}.");

    /// <summary>The control with the given id, parsed in any accepted form.</summary>
    /// <param name="id">The id text, e.g. <c>5.23</c> or <c>A.12.4.1</c>.</param>
    /// <exception cref="FormatException">The text is not a control id.</exception>
    /// <exception cref="KeyNotFoundException">The catalog has no such control.</exception>
    public Control this[string id] => this[ControlId.Parse(id)];

    /// <summary>Looks up a control without throwing or allocating.</summary>
    /// <param name="id">The id.</param>
    /// <param name="control">The control, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetControl(ControlId id, [NotNullWhen(true)] out Control? control)
    {
        control = byId.Find(id);
        return control is not null;
    }

    /// <summary>Whether the catalog holds a control.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(ControlId id) => byId.Find(id) is not null;

    /// <summary>Looks up a theme, clause or objective by id (<c>5</c>, <c>A.12</c>, <c>A.12.4</c>).</summary>
    /// <param name="id">The group id.</param>
    /// <param name="group">The group, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetGroup(string id, [NotNullWhen(true)] out ControlGroup? group)
    {
        ArgumentNullException.ThrowIfNull(id);
        group = Find(allGroups, allGroups.Length, id);
        return group is not null;
    }

    /// <summary>Looks up a theme, clause or objective by id (<c>5</c>, <c>A.12</c>, <c>A.12.4</c>).</summary>
    /// <param name="id">The group id.</param>
    /// <returns>The group.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such group.</exception>
    public ControlGroup GetGroup(string id) => TryGetGroup(id, out var group)
        ? group
        : throw new KeyNotFoundException($"{Title} has no group '{id}'.");

    /// <summary>
    /// The groups a control stands in, from the top: its theme (2022), or its clause and objective (2013).
    /// </summary>
    /// <param name="id">The control's id.</param>
    /// <returns>The groups, outermost first.</returns>
    /// <exception cref="KeyNotFoundException">The catalog has no such control.</exception>
    public ImmutableArray<ControlGroup> GetGroupPath(ControlId id)
    {
        _ = this[id];
        return id.Edition == Edition.Iso2022
            ? [GetGroup(id.Section.ToString(CultureInfo.InvariantCulture))]
            : [GetGroup(id.ClauseId2013!), GetGroup(id.ObjectiveId2013!)];
    }

    /// <summary>The controls of a 2022 theme, in id order (empty for a 2013 catalog).</summary>
    /// <param name="theme">The theme.</param>
    /// <returns>The controls.</returns>
    public ImmutableArray<Control> InTheme(ControlTheme theme) =>
        TryGetGroup(((int)theme).ToString(CultureInfo.InvariantCulture), out var group) ? group.Controls : [];

    /// <summary>The controls that carry every given attribute value, e.g. #Detective and #Availability.</summary>
    /// <param name="values">The values that must all be present.</param>
    /// <returns>The matching controls, in id order.</returns>
    public ImmutableArray<Control> WithAttributes(params ReadOnlySpan<AttributeValue> values) => WithAttributes(AttributeSet.Of(values));

    /// <summary>The controls whose attributes include the whole set.</summary>
    /// <param name="required">The values that must all be present.</param>
    /// <returns>The matching controls, in id order.</returns>
    public ImmutableArray<Control> WithAttributes(AttributeSet required)
    {
        // Counted, then copied into an array of the exact size: a builder is another generic type to set up and
        // compile on a catalog's first query.
        var controls = byId.Ordered;
        var count = 0;
        foreach (var control in controls)
        {
            count += control.Attributes.ContainsAll(required) ? 1 : 0;
        }

        var matches = new Control[count];
        count = 0;
        foreach (var control in controls)
        {
            if (control.Attributes.ContainsAll(required))
            {
                matches[count++] = control;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(matches);
    }

    /// <summary>
    /// Checks completeness rules that a well-formed catalog may still break: every 2022 control has a value of each
    /// attribute type and a summary, and controls in each group are numbered 1..n without gaps.
    /// </summary>
    /// <returns>The problems found; empty when the catalog is complete.</returns>
    public ImmutableArray<CatalogProblem> Validate()
    {
        var problems = ImmutableArray.CreateBuilder<CatalogProblem>();
        foreach (var control in Controls)
        {
            if (string.IsNullOrWhiteSpace(control.Summary))
            {
                problems.Add(new CatalogProblem(control.Id, "has no summary."));
            }

            if (Edition == Edition.Iso2022)
            {
                foreach (var type in Enum.GetValues<AttributeType>())
                {
                    if (control.Attributes.OfType(type).IsEmpty)
                    {
                        problems.Add(new CatalogProblem(control.Id, $"has no value of attribute type {type}."));
                    }
                }
            }
        }

        foreach (var group in allGroups.OrderBy(g => g.Id, StringComparer.Ordinal))
        {
            var own = group.OwnControls;
            for (var i = 0; i < own.Length; i++)
            {
                var number = Edition == Edition.Iso2022 ? own[i].Id.Subsection : own[i].Id.Item;
                if (number != i + 1)
                {
                    problems.Add(new CatalogProblem(own[i].Id, $"is control number {number} of group '{group.Id}' but stands at position {i + 1}: numbering has a gap or is out of order."));
                    break;
                }
            }
        }

        return problems.DrainToImmutable();
    }

    /// <summary>
    /// Reads a catalog in the documented JSON format (<c>data/schema/control-catalog-1.schema.json</c>).
    /// </summary>
    /// <param name="stream">The UTF-8 JSON document.</param>
    /// <param name="sourceName">A name for error messages, such as the file name.</param>
    /// <returns>The catalog, with <see cref="SourceSha256"/> set to the hash of the bytes read.</returns>
    /// <exception cref="CatalogDataException">
    /// The document is not valid: the message names the source, the JSON path or control id, and what was expected.
    /// </exception>
    public static Catalog FromStream(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return CatalogReader.Read(stream, sourceName ?? "catalog stream");
    }

    /// <summary>
    /// Writes the catalog in the documented JSON format that <see cref="FromStream(Stream, string?)"/> reads.
    /// </summary>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CatalogWriter.Write(this, stream);
    }

    /// <inheritdoc/>
    public bool Equals(Catalog? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Edition == other.Edition && Title == other.Title && VersionId == other.VersionId
                && Sources.SequenceEqual(other.Sources) && Notes.SequenceEqual(other.Notes) && Groups.SequenceEqual(other.Groups)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Catalog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Edition, Title, VersionId, Count);

    /// <summary>Returns the title, control count and data version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title} ({Count} controls, data {VersionId})";
}
