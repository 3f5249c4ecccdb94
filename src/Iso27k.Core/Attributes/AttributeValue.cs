using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Iso27k;

/// <summary>
/// One value of one ISO/IEC 27002:2022 attribute type, such as #Detective or #Information_protection.
/// </summary>
/// <remarks>
/// There are 30 values in all. Values order by attribute type, then by the standard's order within the type.
/// <see cref="Name"/> is the standard's name without '#'. <c>default(AttributeValue)</c> is #Preventive.
/// </remarks>
[DebuggerDisplay("{Hashtag,nq}")]
public readonly struct AttributeValue : IEquatable<AttributeValue>, IComparable<AttributeValue>
{
    internal const int Count = 30;

    // First global index of each attribute type; the last entry closes the range.
    internal static readonly int[] TypeOffsets = [0, 3, 6, 11, 26, Count];

    internal static readonly string[] Names =
    [
        "Preventive", "Detective", "Corrective",
        "Confidentiality", "Integrity", "Availability",
        "Identify", "Protect", "Detect", "Respond", "Recover",
        "Governance", "Asset_management", "Information_protection", "Human_resource_security", "Physical_security",
        "System_and_network_security", "Application_security", "Secure_configuration",
        "Identity_and_access_management", "Threat_and_vulnerability_management", "Continuity",
        "Supplier_relationships_security", "Legal_and_compliance", "Information_security_event_management",
        "Information_security_assurance",
        "Governance_and_Ecosystem", "Protection", "Defence", "Resilience",
    ];

    private readonly byte index;

    private AttributeValue(int index) => this.index = (byte)index;

    /// <summary>Every value, ordered by type and then by the standard's order.</summary>
    public static ImmutableArray<AttributeValue> All => AllValues.Array;

    /// <summary>The value's position among all 30 values (0 to 29).</summary>
    public int Index => index;

    /// <summary>The attribute type the value belongs to.</summary>
    public AttributeType Type
    {
        get
        {
            var type = 0;
            while (index >= TypeOffsets[type + 1])
            {
                type++;
            }

            return (AttributeType)type;
        }
    }

    /// <summary>The value's position within its type, which is also the value of the matching enum.</summary>
    public int Ordinal => index - TypeOffsets[(int)Type];

    /// <summary>The standard's name without '#', e.g. <c>Information_protection</c>.</summary>
    public string Name => Names[index];

    /// <summary>The standard's hashtag, e.g. <c>#Information_protection</c>.</summary>
    public string Hashtag => "#" + Names[index];

    /// <summary>The values of one attribute type, in the standard's order.</summary>
    /// <param name="type">The attribute type.</param>
    /// <returns>The values.</returns>
    public static ImmutableArray<AttributeValue> ValuesOf(AttributeType type)
    {
        var first = TypeOffsets[(int)type];
        return All.Slice(first, TypeOffsets[(int)type + 1] - first);
    }

    /// <summary>Converts a control type.</summary>
    /// <param name="value">The control type.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue From(ControlType value) => FromOrdinal(AttributeType.ControlType, (int)value);

    /// <summary>Converts an information security property.</summary>
    /// <param name="value">The property.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue From(SecurityProperty value) => FromOrdinal(AttributeType.InformationSecurityProperty, (int)value);

    /// <summary>Converts a cybersecurity concept.</summary>
    /// <param name="value">The concept.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue From(CybersecurityConcept value) => FromOrdinal(AttributeType.CybersecurityConcept, (int)value);

    /// <summary>Converts an operational capability.</summary>
    /// <param name="value">The capability.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue From(OperationalCapability value) => FromOrdinal(AttributeType.OperationalCapability, (int)value);

    /// <summary>Converts a security domain.</summary>
    /// <param name="value">The domain.</param>
    /// <returns>The attribute value.</returns>
    public static AttributeValue From(SecurityDomain value) => FromOrdinal(AttributeType.SecurityDomain, (int)value);

    /// <summary>Converts a control type.</summary>
    /// <param name="value">The control type.</param>
    public static implicit operator AttributeValue(ControlType value) => From(value);

    /// <summary>Converts an information security property.</summary>
    /// <param name="value">The property.</param>
    public static implicit operator AttributeValue(SecurityProperty value) => From(value);

    /// <summary>Converts a cybersecurity concept.</summary>
    /// <param name="value">The concept.</param>
    public static implicit operator AttributeValue(CybersecurityConcept value) => From(value);

    /// <summary>Converts an operational capability.</summary>
    /// <param name="value">The capability.</param>
    public static implicit operator AttributeValue(OperationalCapability value) => From(value);

    /// <summary>Converts a security domain.</summary>
    /// <param name="value">The domain.</param>
    public static implicit operator AttributeValue(SecurityDomain value) => From(value);

    /// <summary>The value of a type at a position in the standard's order.</summary>
    /// <param name="type">The attribute type.</param>
    /// <param name="ordinal">The position within the type.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The type or position is out of range.</exception>
    public static AttributeValue FromOrdinal(AttributeType type, int ordinal)
    {
        if ((uint)type > (uint)AttributeType.SecurityDomain)
        {
            throw UnknownType(type);
        }

        // Compared by hand: the generic range guards compile on first use, often a catalog's first query.
        var first = TypeOffsets[(int)type];
        if ((uint)ordinal >= (uint)(TypeOffsets[(int)type + 1] - first))
        {
            throw OrdinalOutOfRange(type, ordinal);
        }

        return new AttributeValue(first + ordinal);
    }

    private static ArgumentOutOfRangeException UnknownType(AttributeType type) =>
        new(nameof(type), type, "Unknown attribute type.");

    private static ArgumentOutOfRangeException OrdinalOutOfRange(AttributeType type, int ordinal) =>
        new(nameof(ordinal), ordinal, $"{type} has values 0 to {TypeOffsets[(int)type + 1] - TypeOffsets[(int)type] - 1}.");

    internal static AttributeValue FromIndex(int index) => new(index);

    /// <summary>
    /// Parses a standard name, with or without '#', case-insensitively: <c>#Detective</c>, <c>information_protection</c>.
    /// </summary>
    /// <param name="text">The name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The name is not one of the 30 values; the message lists what is accepted.</exception>
    public static AttributeValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not an ISO/IEC 27002:2022 attribute value: expected one of {string.Join(", ", Names.Select(n => "#" + n))}.");
    }

    /// <summary>Tries to parse a standard name, with or without '#', case-insensitively.</summary>
    /// <param name="text">The name.</param>
    /// <param name="value">The value, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AttributeValue value) =>
        TryParse(text.AsSpan(), out value);

    /// <summary>Tries to parse a standard name, with or without '#', case-insensitively.</summary>
    /// <param name="text">The name.</param>
    /// <param name="value">The value, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AttributeValue value)
    {
        if (!text.IsEmpty && text[0] == '#')
        {
            text = text[1..];
        }

        for (var i = 0; i < Names.Length; i++)
        {
            if (text.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                value = new AttributeValue(i);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Tries to parse a name of one attribute type only.</summary>
    /// <param name="type">The type the name must belong to.</param>
    /// <param name="text">The name, with or without '#'.</param>
    /// <param name="value">The value, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the name is a value of <paramref name="type"/>.</returns>
    public static bool TryParse(AttributeType type, ReadOnlySpan<char> text, out AttributeValue value) =>
        TryParse(text, out value) && value.Type == type;

    /// <summary>Returns the standard's name without '#'.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <inheritdoc/>
    public bool Equals(AttributeValue other) => index == other.index;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AttributeValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => index;

    /// <inheritdoc/>
    public int CompareTo(AttributeValue other) => index.CompareTo(other.index);

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AttributeValue left, AttributeValue right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AttributeValue left, AttributeValue right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts first.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(AttributeValue left, AttributeValue right) => left.index < right.index;

    /// <summary>Whether <paramref name="left"/> sorts last.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(AttributeValue left, AttributeValue right) => left.index > right.index;

    /// <summary>Whether <paramref name="left"/> sorts first or equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(AttributeValue left, AttributeValue right) => left.index <= right.index;

    /// <summary>Whether <paramref name="left"/> sorts last or equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(AttributeValue left, AttributeValue right) => left.index >= right.index;

    // Built on first use, in a class of its own: an immutable array of a value type compiles generic code, which
    // loading a catalog does not need.
    private static class AllValues
    {
        internal static readonly ImmutableArray<AttributeValue> Array = Create();

        private static ImmutableArray<AttributeValue> Create()
        {
            var all = new AttributeValue[Count];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = new AttributeValue(i);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(all);
        }
    }
}
