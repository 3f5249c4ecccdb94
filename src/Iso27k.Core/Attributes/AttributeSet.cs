using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;

namespace Iso27k;

/// <summary>
/// An immutable set of ISO/IEC 27002:2022 attribute values, stored as a 30-bit mask: set operations and
/// membership tests cost a few instructions and never allocate.
/// </summary>
/// <remarks>Enumeration yields the values in the standard's order. <c>default(AttributeSet)</c> is the empty set.</remarks>
public readonly struct AttributeSet : IEquatable<AttributeSet>, IReadOnlyCollection<AttributeValue>
{
    private readonly uint mask;

    private AttributeSet(uint mask) => this.mask = mask;

    // The set of the values whose indexes are the mask's bits.
    internal static AttributeSet FromMask(uint mask) => new(mask);

    // The mask whose bits are the indexes of the values in the set.
    internal uint Mask => mask;

    /// <summary>The empty set.</summary>
    public static AttributeSet Empty => default;

    /// <summary>Creates a set of the given values; duplicates collapse.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The set.</returns>
    public static AttributeSet Of(params ReadOnlySpan<AttributeValue> values)
    {
        uint mask = 0;
        foreach (var value in values)
        {
            mask |= 1u << value.Index;
        }

        return new AttributeSet(mask);
    }

    /// <summary>Creates a set of the given values; duplicates collapse.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The set.</returns>
    public static AttributeSet Of(IEnumerable<AttributeValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        uint mask = 0;
        foreach (var value in values)
        {
            mask |= 1u << value.Index;
        }

        return new AttributeSet(mask);
    }

    /// <summary>How many values the set holds.</summary>
    public int Count => BitOperations.PopCount(mask);

    /// <summary>Whether the set is empty.</summary>
    public bool IsEmpty => mask == 0;

    /// <summary>Whether the set holds a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(AttributeValue value) => (mask & (1u << value.Index)) != 0;

    /// <summary>Whether the set holds every value of <paramref name="other"/>.</summary>
    /// <param name="other">The values that must all be present.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is a subset of this set.</returns>
    public bool ContainsAll(AttributeSet other) => (mask & other.mask) == other.mask;

    /// <summary>Whether the set holds at least one value of <paramref name="other"/>.</summary>
    /// <param name="other">The values to look for.</param>
    /// <returns><see langword="true"/> when the sets overlap.</returns>
    public bool ContainsAny(AttributeSet other) => (mask & other.mask) != 0;

    /// <summary>The values of one attribute type in this set, in the standard's order.</summary>
    /// <param name="type">The attribute type.</param>
    /// <returns>The subset.</returns>
    public AttributeSet OfType(AttributeType type)
    {
        uint typeMask = 0;
        foreach (var value in AttributeValue.ValuesOf(type))
        {
            typeMask |= 1u << value.Index;
        }

        return new AttributeSet(mask & typeMask);
    }

    /// <summary>Returns a set with the value added.</summary>
    /// <param name="value">The value to add.</param>
    /// <returns>The new set.</returns>
    public AttributeSet Add(AttributeValue value) => new(mask | (1u << value.Index));

    /// <summary>Returns a set without the value.</summary>
    /// <param name="value">The value to remove.</param>
    /// <returns>The new set.</returns>
    public AttributeSet Remove(AttributeValue value) => new(mask & ~(1u << value.Index));

    /// <summary>The union of two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>The union.</returns>
    public static AttributeSet operator |(AttributeSet left, AttributeSet right) => new(left.mask | right.mask);

    /// <summary>The intersection of two sets.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>The intersection.</returns>
    public static AttributeSet operator &(AttributeSet left, AttributeSet right) => new(left.mask & right.mask);

    /// <summary>The union of two sets.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public AttributeSet Union(AttributeSet other) => this | other;

    /// <summary>The intersection of two sets.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The intersection.</returns>
    public AttributeSet Intersect(AttributeSet other) => this & other;

    /// <summary>Returns an enumerator over the values in the standard's order, without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(mask);

    IEnumerator<AttributeValue> IEnumerable<AttributeValue>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The values' names joined with a separator, e.g. <c>Preventive;Detective</c>.</summary>
    /// <param name="separator">The separator.</param>
    /// <returns>The joined names.</returns>
    public string ToString(string separator) => string.Join(separator, this.Select(v => v.Name));

    /// <summary>The values as hashtags separated by spaces, e.g. <c>#Preventive #Detective</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" ", this.Select(v => v.Hashtag));

    /// <inheritdoc/>
    public bool Equals(AttributeSet other) => mask == other.mask;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is AttributeSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)mask;

    /// <summary>Whether two sets hold the same values.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AttributeSet left, AttributeSet right) => left.Equals(right);

    /// <summary>Whether two sets differ.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(AttributeSet left, AttributeSet right) => !left.Equals(right);

    /// <summary>Enumerates the values of a set in the standard's order.</summary>
    public struct Enumerator : IEnumerator<AttributeValue>
    {
        private uint remaining;

        internal Enumerator(uint mask)
        {
            remaining = mask;
            Current = default;
        }

        /// <inheritdoc/>
        public AttributeValue Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            if (remaining == 0)
            {
                return false;
            }

            var index = BitOperations.TrailingZeroCount(remaining);
            remaining &= remaining - 1;
            Current = AttributeValue.FromIndex(index);
            return true;
        }

        /// <inheritdoc/>
        public readonly void Reset() => throw new NotSupportedException();

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
