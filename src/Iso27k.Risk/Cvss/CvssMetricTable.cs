using System.Text;

namespace Iso27k.Risk.Cvss;

/// <summary>
/// The metric abbreviations and legal values of one CVSS version, with a small hash index from abbreviation to
/// metric number so that parsing needs no allocation and no string comparison per metric.
/// </summary>
internal sealed class CvssMetricTable
{
    private const int IndexSize = 256;
    private readonly int[] keys = new int[IndexSize];
    private readonly sbyte[] slots = new sbyte[IndexSize];

    // Value number of each single-character value, per metric: [metric * 128 + character], -1 where illegal.
    private readonly sbyte[] charValues;

    public CvssMetricTable(string[] names, string[][] values, int mandatoryCount)
    {
        Names = names;
        ReadOnlyNames = Array.AsReadOnly(names);
        Values = values;
        MandatoryCount = mandatoryCount;
        Array.Fill(slots, (sbyte)-1);
        for (var i = 0; i < names.Length; i++)
        {
            var key = Key(names[i]);
            var h = Hash(key);
            while (slots[h] >= 0)
            {
                h = (h + 1) & (IndexSize - 1);
            }

            keys[h] = key;
            slots[h] = (sbyte)i;
        }

        charValues = new sbyte[names.Length * 128];
        Array.Fill(charValues, (sbyte)-1);
        for (var m = 0; m < values.Length; m++)
        {
            for (var v = 0; v < values[m].Length; v++)
            {
                if (values[m][v].Length == 1)
                {
                    charValues[(m * 128) + values[m][v][0]] = (sbyte)v;
                }
            }
        }

        ExpectedMetrics = string.Join(", ", names);
        ExpectedValues = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            ExpectedValues[i] = string.Join(", ", values[i]);
        }
    }

    /// <summary>Abbreviations in the specification's order.</summary>
    public string[] Names { get; }

    /// <summary>The names, safe to hand out.</summary>
    public IReadOnlyList<string> ReadOnlyNames { get; }

    /// <summary>Legal values per metric; for optional metrics the first value is <c>X</c> (Not Defined).</summary>
    public string[][] Values { get; }

    /// <summary>The first <c>MandatoryCount</c> metrics are the base metrics that every vector must contain.</summary>
    public int MandatoryCount { get; }

    public string ExpectedMetrics { get; }

    public string[] ExpectedValues { get; }

    /// <summary>The metric number of an abbreviation, or -1.</summary>
    public int Find(ReadOnlySpan<char> name)
    {
        var key = Key(name);
        return key < 0 ? -1 : FindKey(key);
    }

    private int FindKey(int key)
    {
        var h = Hash(key);
        while (slots[h] >= 0)
        {
            if (keys[h] == key)
            {
                return slots[h];
            }

            h = (h + 1) & (IndexSize - 1);
        }

        return -1;
    }

    /// <summary>
    /// Reads the common form of a component, <c>NAME:V</c> with a single-character value, starting at
    /// <paramref name="position"/>; false for anything else, which the caller then parses in full.
    /// </summary>
    /// <param name="text">The whole vector.</param>
    /// <param name="position">Where the component starts.</param>
    /// <param name="metric">The metric number.</param>
    /// <param name="value">The value number.</param>
    /// <param name="end">The index just after the component (a slash or the end of the text).</param>
    public bool TryReadSimple(ReadOnlySpan<char> text, int position, out int metric, out int value, out int end)
    {
        metric = -1;
        value = -1;
        end = position;
        var key = 0;
        var i = position;
        for (var n = 0; ; n++, i++)
        {
            if (i >= text.Length || n > 3)
            {
                return false;
            }

            var c = text[i];
            if (c == ':')
            {
                if (n == 0)
                {
                    return false;
                }

                break;
            }

            if (c is < 'A' or > 'Z')
            {
                return false;
            }

            key |= c << (8 * n);
        }

        // i is at ':'; a single value character must follow, then '/' or the end.
        if (i + 1 >= text.Length || (i + 2 < text.Length && text[i + 2] != '/'))
        {
            return false;
        }

        metric = FindKey(key);
        var ch = text[i + 1];
        if (metric < 0 || ch >= 128)
        {
            return false;
        }

        value = charValues[(metric * 128) + ch];
        end = i + 2;
        return value >= 0;
    }

    /// <summary>The value number of a value of a metric, or -1.</summary>
    public int FindValue(int metric, ReadOnlySpan<char> value)
    {
        var options = Values[metric];
        for (var i = 0; i < options.Length; i++)
        {
            if (value.SequenceEqual(options[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Abbreviations are one to three ASCII letters, so three bytes identify one exactly.
    private static int Key(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 3)
        {
            return -1;
        }

        var key = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is < 'A' or > 'Z')
            {
                return -1;
            }

            key |= c << (8 * i);
        }

        return key;
    }

    private static int Hash(int key) => (int)(((uint)key * 2654435761u) >> 24);

    public static string Quote(ReadOnlySpan<char> text)
    {
        const int Max = 40;
        var builder = new StringBuilder(Math.Min(text.Length, Max) + 5);
        builder.Append('\'');
        builder.Append(text.Length > Max ? text[..Max] : text);
        if (text.Length > Max)
        {
            builder.Append("...");
        }

        builder.Append('\'');
        return builder.ToString();
    }
}
