using System.Collections.Immutable;

namespace Iso27k.Isms;

// Value equality helpers shared by the model types.
internal static class IsmsEquality
{
    public static readonly ImmutableSortedDictionary<string, string> NoExtensions = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    public static bool Same<T>(ImmutableArray<T> a, ImmutableArray<T> b) => a.SequenceEqual(b);

    public static bool Same(ImmutableSortedDictionary<string, string> a, ImmutableSortedDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));

    public static ImmutableSortedDictionary<string, string> Extensions(IEnumerable<KeyValuePair<string, string>>? extensions)
    {
        if (extensions is null)
        {
            return NoExtensions;
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, json) in extensions)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(extensions));
            ArgumentException.ThrowIfNullOrWhiteSpace(json, nameof(extensions));
            builder[name] = json;
        }

        return builder.ToImmutable();
    }

    public static ImmutableArray<string> Texts(IEnumerable<string> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var result = items.ToImmutableArray();
        foreach (var item in result)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(item, name);
        }

        return result;
    }

    public static ImmutableArray<T> Items<T>(IEnumerable<T> items, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var result = items.ToImmutableArray();
        if (result.Any(i => i is null))
        {
            throw new ArgumentException("The sequence contains null.", name);
        }

        return result;
    }

    // Replaces the first item that matches, or appends.
    public static ImmutableArray<T> Upsert<T>(ImmutableArray<T> items, T item, Func<T, bool> same)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(item);
        for (var i = 0; i < items.Length; i++)
        {
            if (same(items[i]))
            {
                return items.SetItem(i, item);
            }
        }

        return items.Add(item);
    }

    public static string Required(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
