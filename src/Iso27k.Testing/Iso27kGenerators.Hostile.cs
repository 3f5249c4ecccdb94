using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Iso27k.Testing;

public static partial class Iso27kGenerators
{
    // Characters that break naive parsers: separators of every format here, quotes, NUL, BOM, CR/LF, a lone surrogate,
    // non-ASCII digits and letters, a right-to-left mark.
    private static readonly char[] HostileChars =
    [
        '/', ':', '.', ',', ';', '"', '\'', '\\', '(', ')', '{', '}', '[', ']', '\0', '\uFEFF', '\r', '\n', '\t', ' ',
        '\uD800', '\u0665', '\uFF15', 'é', '\u200F', 'X', '9', '-',
    ];

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly string[] WrongTypedValues = ["42", "-1e308", "[]", "{}", "null", "true", "\"x\"", "[[1,2],{\"a\":null}]", "\"\\ud800\""];

    /// <summary>
    /// Mutations of a text: a character deleted, replaced or inserted (from separators, quotes, NUL, BOM, CR/LF, lone
    /// surrogates, non-ASCII digits), truncation, a duplicated span, upper/lower case, surrounding blanks, or the text
    /// repeated into a long line. The result may happen to be valid.
    /// </summary>
    /// <param name="text">The valid text to start from.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> MutatedText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return Gen.Elements(string.Empty, " ", "\uFEFF", "\0");
        }

        var index = Gen.Choose(0, text.Length - 1);
        var hostile = Gen.Elements(HostileChars);
        return Gen.OneOf(
            index.Select(i => text.Remove(i, 1)),
            Gen.Zip(index, hostile, (i, c) => string.Concat(text.AsSpan(0, i), new ReadOnlySpan<char>(in c), text.AsSpan(i + 1))),
            Gen.Zip(index, hostile, (i, c) => text.Insert(i, c.ToString())),
            index.Select(i => text[..i]),
            from start in index
            from length in Gen.Choose(1, text.Length - start)
            select text.Insert(start, text.Substring(start, length)),
            Gen.Elements(text.ToUpperInvariant(), text.ToLowerInvariant(), " " + text + " ", "\uFEFF" + text, text + "\r\n", text + "\0"),
            Gen.Choose(2, 2000).Select(n => new StringBuilder(text.Length * n).Insert(0, text, n).ToString()));
    }

    /// <summary>
    /// Mutations of a UTF-8 document (JSON or CSV): truncation, a flipped byte, invalid UTF-8, a byte order mark,
    /// LF turned into CRLF, a duplicated line (so duplicate JSON keys), a value replaced by one of the wrong type,
    /// a very long line, or deep nesting. Apply to real files to check a reader fails with a diagnostic, not a crash.
    /// </summary>
    /// <param name="document">The valid document to start from.</param>
    /// <returns>The generator.</returns>
    public static Gen<byte[]> MutatedDocument(byte[] document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Length == 0)
        {
            return Gen.Elements<byte[]>([], Utf8Bom, [0xFF], "{"u8.ToArray());
        }

        var index = Gen.Choose(0, document.Length - 1);
        var lineStarts = LineStarts(document);
        var line = Gen.Elements(lineStarts);
        return Gen.OneOf(
            index.Select(i => document[..i]),
            from i in index
            from mask in Gen.Choose(1, 255)
            select Replace(document, i, 1, [(byte)(document[i] ^ mask)]),
            from i in index
            from bad in Gen.Elements<byte[]>([0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF])
            select Replace(document, i, 0, bad),
            Gen.Constant(Concat(Utf8Bom, document)),
            Gen.Constant(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(document).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal))),
            from start in line
            select DuplicateLine(document, start),
            from start in line
            from value in Gen.Elements(WrongTypedValues)
            select ReplaceValueOnLine(document, start, value),
            from start in line
            from length in Gen.Choose(10_000, 200_000)
            from filler in Gen.Elements('x', ' ', '"', ',', '\\')
            select Replace(document, start, 0, Encoding.UTF8.GetBytes(new string(filler, length))),
            from i in index
            from depth in Gen.Choose(100, 10_000)
            from open in Gen.Elements('[', '{')
            select Replace(document, i, 0, Encoding.UTF8.GetBytes(Nested(depth, open))));
    }

    /// <summary>A JSON value nested <paramref name="depth"/> arrays deep: <c>[[[...]]]</c>.</summary>
    /// <param name="depth">How deep.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> is negative.</exception>
    public static string DeeplyNestedJson(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        return new StringBuilder(depth * 2).Append('[', depth).Append(']', depth).ToString();
    }

    private static string Nested(int depth, char open) =>
        open == '['
            ? new StringBuilder(depth * 2).Append('[', depth).ToString()
            : new StringBuilder(depth * 6).Insert(0, "{\"a\":", depth).ToString();

    private static int[] LineStarts(byte[] document)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < document.Length - 1; i++)
        {
            if (document[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int LineEnd(byte[] document, int start)
    {
        var end = Array.IndexOf(document, (byte)'\n', start);
        return end < 0 ? document.Length : end + 1;
    }

    private static byte[] DuplicateLine(byte[] document, int start)
    {
        var end = LineEnd(document, start);
        return Replace(document, end, 0, document[start..end]);
    }

    // Replaces what follows the first ':' on the line (a JSON value) up to ',' or the line end.
    private static byte[] ReplaceValueOnLine(byte[] document, int start, string value)
    {
        var end = LineEnd(document, start);
        var colon = Array.IndexOf(document, (byte)':', start, end - start);
        if (colon < 0)
        {
            return Replace(document, start, 0, Encoding.UTF8.GetBytes(value));
        }

        var valueEnd = colon + 1;
        while (valueEnd < end && document[valueEnd] is not ((byte)',' or (byte)'\n' or (byte)'\r'))
        {
            valueEnd++;
        }

        return Replace(document, colon + 1, valueEnd - colon - 1, Encoding.UTF8.GetBytes(" " + value));
    }

    private static byte[] Replace(byte[] document, int index, int removed, byte[] inserted)
    {
        var result = new byte[document.Length - removed + inserted.Length];
        document.AsSpan(0, index).CopyTo(result);
        inserted.CopyTo(result, index);
        document.AsSpan(index + removed).CopyTo(result.AsSpan(index + inserted.Length));
        return result;
    }

    private static byte[] Concat(byte[] first, byte[] second) => [.. first, .. second];
}
