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

    public CvssMetricTable(string[] names, string[][] values, int mandatoryCount)
    {
        Names = names;
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

        ExpectedMetrics = string.Join(", ", names);
        ExpectedValues = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            ExpectedValues[i] = string.Join(", ", values[i]);
        }
    }

    /// <summary>Abbreviations in the specification's order.</summary>
    public string[] Names { get; }

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
        if (key < 0)
        {
            return -1;
        }

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
