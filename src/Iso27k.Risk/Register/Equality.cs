using System.Collections.Immutable;

namespace Iso27k.Risk;

// Value equality over the immutable collections the model holds (ImmutableArray compares references by default).
internal static class Equality
{
    public static bool Same<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.AsSpan().SequenceEqual(right.AsSpan());

    public static bool Same(ImmutableSortedDictionary<string, string> left, ImmutableSortedDictionary<string, string> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static ImmutableSortedDictionary<string, string> Extensions(IEnumerable<KeyValuePair<string, string>>? extensions) =>
        extensions is null ? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal) : ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, extensions);
}
