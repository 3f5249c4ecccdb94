using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Iso27k.Oscal;

/// <summary>
/// The OSCAL identifiers this library writes for controls and groups, and their parsing back into
/// <see cref="ControlId"/>. OSCAL ids are tokens, so <c>A.5.1</c> cannot be one: a 2022 control is
/// <c>iso27002-2022-5.23</c>, a 2013 control <c>iso27001-2013-a.12.4.1</c>.
/// </summary>
public static class OscalIds
{
    /// <summary>The namespace of every property and class this library adds to OSCAL documents.</summary>
    public const string Namespace = "https://github.com/iso27k/Iso27k.Core/ns/oscal";

    /// <summary>The prefix of 2022 control ids.</summary>
    public const string Prefix2022 = "iso27002-2022-";

    /// <summary>The prefix of 2013 control ids.</summary>
    public const string Prefix2013 = "iso27001-2013-";

    /// <summary>The OSCAL id of a control: <c>iso27002-2022-5.23</c> or <c>iso27001-2013-a.12.4.1</c>.</summary>
    /// <param name="id">The control id.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static string ForControl(ControlId id)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("default(ControlId) has no OSCAL id.", nameof(id));
        }

        return id.Edition == Edition.Iso2022
            ? Prefix2022 + id.ToString("N", CultureInfo.InvariantCulture)
            : Prefix2013 + "a." + id.ToString("N", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The OSCAL id of a group: <c>iso27002-2022-theme-5</c>, <c>iso27001-2013-a.12</c> or <c>iso27001-2013-a.12.4</c>.
    /// </summary>
    /// <param name="edition">The catalog's edition.</param>
    /// <param name="groupId">The group's id in the model (<c>5</c>, <c>A.12</c>, <c>A.12.4</c>).</param>
    /// <returns>The token.</returns>
    public static string ForGroup(Edition edition, string groupId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        return edition == Edition.Iso2022
            ? Prefix2022 + "theme-" + groupId
            : Prefix2013 + groupId.ToLowerInvariant();
    }

    /// <summary>
    /// Reads a control id from an OSCAL control id or label: this library's tokens (<c>iso27002-2022-5.23</c>), bare
    /// tokens (<c>a.12.4.1</c>, <c>5.23</c>), and other prefixes ending in <c>-</c> or <c>_</c>
    /// (<c>iso27001-a.5.1.1</c>).
    /// </summary>
    /// <param name="text">The OSCAL id or label.</param>
    /// <param name="id">The control id, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when a control id was found.</returns>
    public static bool TryParseControl([NotNullWhen(true)] string? text, out ControlId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        if (ControlId.TryParse(span, out id))
        {
            return true;
        }

        var cut = span.LastIndexOfAny('-', '_');
        return cut >= 0 && ControlId.TryParse(span[(cut + 1)..], out id);
    }

    internal static string SortId(ControlId id) => id.Edition == Edition.Iso2022
        ? string.Create(CultureInfo.InvariantCulture, $"{id.Section:00}.{id.Subsection:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{id.Section:00}.{id.Subsection:00}.{id.Item:00}");

    internal static string GroupSortId(string groupId)
    {
        var parts = groupId.TrimStart('A', 'a').TrimStart('.').Split('.');
        return string.Join('.', parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n.ToString("00", CultureInfo.InvariantCulture) : p));
    }
}
