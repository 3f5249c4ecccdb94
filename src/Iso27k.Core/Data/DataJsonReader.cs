using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Iso27k.Data;

// A strict, forward-only walk over a data document, with its own tokenizer. It stands in for the source-generated
// serializer and for Utf8JsonReader: on first use, in a new process, each costs several times the whole walk
// (metadata, converters, the reader's many code paths), and reading a catalog document must stay in single
// milliseconds. It reads RFC 8259 JSON and nothing more (no comments, no trailing commas), validates UTF-8 where a
// string is decoded, and limits nesting. Errors name the source, the JSON path and the line. The path is rebuilt
// only when an error is reported, so reading a valid document tracks nothing.
// In a new process every method is compiled before it first runs, and compiling costs more than running: the
// common case (ASCII text without escapes) takes few, small methods, and escapes, other UTF-8 and error messages
// live in methods of their own that the shipped data never calls. The document stays a byte array, which even
// unoptimized code indexes inline. The methods that run per token are compiled once without optimization, as in
// CatalogReader (see there why).
internal ref struct DataJsonReader
{
    // As deep as Utf8JsonReader allowed by default; the open containers fit in one 64-bit stack.
    private const int MaxDepth = 64;

    private const string EndsEarly = "the document ends early.";

    private readonly byte[] json;
    private readonly string sourceName;

    // Where the document starts: after a byte order mark, if any. Offsets count from the start of the array.
    private readonly int origin;
    private char[] buffer;

    // The next byte to look at.
    private int position;
    private Token token;
    private int tokenStart;

    // A string's content between its quotes, or a number's text.
    private int valueStart;
    private int valueEnd;

    // The string is ASCII without escapes: each byte is its char.
    private bool plain;

    // One bit per open container, innermost lowest: 1 for an array, 0 for an object.
    private ulong containers;
    private int depth;

    // Where the problem that Advance returned was found.
    private int errorAt;

    public DataJsonReader(byte[] json, string sourceName)
    {
        this.json = json;
        this.sourceName = sourceName;

        // Editors may save a byte order mark.
        origin = json.Length >= 3 && json[0] == 0xEF && json[1] == 0xBB && json[2] == 0xBF ? 3 : 0;
        position = origin;
        buffer = new char[128];
    }

    private enum Token : byte
    {
        None,
        StartObject,
        EndObject,
        StartArray,
        EndArray,
        PropertyName,
        String,
        Number,
        True,
        False,
        Null,
        EndOfDocument,
    }

    // Where the current token starts, to report a problem found after the token was read.
    public readonly long TokenStart => tokenStart;

    public readonly bool IsNull => token == Token.Null;

    // Advances to the next token; malformed JSON becomes a CatalogDataException.
    public void Read()
    {
        if (Advance() is { } problem)
        {
            throw Fail(errorAt, "malformed JSON: " + problem);
        }

        if (token == Token.EndOfDocument)
        {
            throw Fail(json.Length, EndsEarly);
        }
    }

    // Skips the current value, nested content included.
    public void Skip()
    {
        if (token is Token.StartObject or Token.StartArray)
        {
            var outer = depth - 1;
            do
            {
                Read();
            }
            while (depth != outer);
        }
    }

    // After the root value: nothing but white space may follow.
    public void ReadEndOfDocument()
    {
        if (Advance() is { } problem)
        {
            throw Fail(errorAt, problem);
        }
    }

    public readonly void ExpectObject()
    {
        if (token != Token.StartObject)
        {
            throw Unexpected("an object");
        }
    }

    public readonly void ExpectArray()
    {
        if (token != Token.StartArray)
        {
            throw Unexpected("an array");
        }
    }

    // Inside an object: reads the next property name and moves to its value. Returns the member's index in the
    // table, or -1 at the end of the object once every required member was seen.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    public int NextMember(JsonMembers members, ref int seen)
    {
        Read();
        if (token == Token.EndObject)
        {
            if ((members.RequiredMask & ~seen) != 0)
            {
                throw MemberProblem(members, seen, -1);
            }

            return -1;
        }

        var names = members.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (ValueIs(names[i]))
            {
                if ((seen & (1 << i)) != 0)
                {
                    throw MemberProblem(members, seen, i);
                }

                seen |= 1 << i;
                Read();
                return i;
            }
        }

        throw MemberProblem(members, seen, -1);
    }

    // Inside an array: moves to the next element, or returns false at the end of the array.
    public bool NextElement()
    {
        Read();
        return token != Token.EndArray;
    }

    public string GetString()
    {
        if (token != Token.String)
        {
            throw Unexpected("a string");
        }

        // For ASCII bytes Latin-1 gives the same chars. The first ASCII or UTF-8 transcoding in a process costs
        // milliseconds (measured: ~3 ms for Encoding.ASCII.GetString, Encoding.UTF8.GetString or Utf8.ToUtf16, ~15 µs
        // for Encoding.Latin1.GetString), so the shipped data, which is ASCII, never takes that path.
        return plain ? Encoding.Latin1.GetString(json, valueStart, valueEnd - valueStart) : new string(CopyString());
    }

    public string? GetNullableString() => IsNull ? null : GetString();

    // Whether the current string or property name is the given ASCII text. A plain string is compared byte by byte,
    // without decoding it; generic span helpers would cost more to compile on first use than the comparison.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    public bool ValueIs(string text)
    {
        if (token is not (Token.String or Token.PropertyName))
        {
            throw Unexpected("a string");
        }

        var length = valueEnd - valueStart;
        if (!plain)
        {
            return DecodesTo(text);
        }

        if (text.Length != length)
        {
            return false;
        }

        for (var k = 0; k < length; k++)
        {
            if (json[valueStart + k] != text[k])
            {
                return false;
            }
        }

        return true;
    }

    // The current string's bytes when it is plain ASCII (each byte is its char); otherwise empty.
    public readonly ReadOnlySpan<byte> PlainBytes =>
        plain && token == Token.String ? new ReadOnlySpan<byte>(json, valueStart, valueEnd - valueStart) : default;

    // The current string without allocating; valid until the next call.
    public ReadOnlySpan<char> GetChars()
    {
        if (token != Token.String)
        {
            throw Unexpected("a string");
        }

        return CopyString();
    }

    [MethodImpl(MethodImplOptions.NoOptimization)]
    public readonly int GetInt32()
    {
        // Digits only, as Utf8JsonReader.TryGetInt32 accepted: no fraction or exponent, not even "1.0".
        var negative = json[valueStart] == '-';
        var first = negative ? valueStart + 1 : valueStart;
        var valid = token == Token.Number && valueEnd - first <= 10;
        var value = 0L;
        for (var i = first; valid && i < valueEnd; i++)
        {
            valid = json[i] is >= (byte)'0' and <= (byte)'9';
            value = (value * 10) + json[i] - '0';
        }

        value = negative ? -value : value;
        if (!valid || value is < int.MinValue or > int.MaxValue)
        {
            throw Unexpected("an integer");
        }

        return (int)value;
    }

    public readonly bool GetBoolean() => token switch
    {
        Token.True => true,
        Token.False => false,
        _ => throw Unexpected("true or false"),
    };

    public readonly CatalogDataException FailHere(string problem) => Fail(tokenStart, problem);

    // A problem at a token: names the JSON path and the line where the token starts.
    public readonly CatalogDataException Fail(long offset, string problem, Exception? inner = null)
    {
        var before = json.AsSpan(origin, (int)Math.Clamp(offset - origin, 0, json.Length - origin));
        var line = before.Count((byte)'\n') + 1;
        var column = before.Length - before.LastIndexOf((byte)'\n');
        return new CatalogDataException(
            sourceName,
            PathAt(json, offset),
            string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: {problem}"),
            inner);
    }

    private readonly CatalogDataException Unexpected(string expected) =>
        FailHere($"expected {expected}, found {Describe(token)}.");

    private CatalogDataException MemberProblem(JsonMembers members, int seen, int duplicate)
    {
        var names = members.Names;
        var missing = members.RequiredMask & ~seen;
        return duplicate >= 0 ? FailHere($"the property '{names[duplicate]}' occurs twice.")
            : token == Token.EndObject ? FailHere($"the required property '{names[BitOperations.TrailingZeroCount(missing)]}' is missing.")
            : FailHere($"unknown property '{CopyString()}': expected {string.Join(", ", names)}.");
    }

    // Moves to the next token and checks it may come here. Returns null, or what is wrong at errorAt.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private string? Advance()
    {
        var text = json;
        var i = SkipWhiteSpace(text, position);

        var previous = token;
        var complete = previous is not (Token.None or Token.StartObject or Token.StartArray or Token.PropertyName);
        errorAt = i;
        if (complete && depth == 0)
        {
            if (i < text.Length)
            {
                return "expected the end of the document.";
            }

            position = i;
            token = Token.EndOfDocument;
            return null;
        }

        if (i == text.Length)
        {
            return EndsEarly;
        }

        var next = text[i];
        var inArray = (containers & 1) != 0;
        var wantName = false;
        var separator = previous == Token.PropertyName ? (byte)':' : complete ? (byte)',' : (byte)0;
        if (previous is Token.StartObject or Token.StartArray || complete)
        {
            // The end of the container, or (after a value) the comma that must come first.
            if (next == (inArray ? ']' : '}'))
            {
                containers >>= 1;
                depth--;
                token = inArray ? Token.EndArray : Token.EndObject;
                tokenStart = i;
                position = i + 1;
                return null;
            }

            wantName = !inArray;
        }

        if (separator != 0)
        {
            if (next != separator)
            {
                return separator == ':' ? "expected ':' after the property name."
                    : inArray ? "expected ',' or ']' after the array element."
                    : "expected ',' or '}' after the property value.";
            }

            i = SkipWhiteSpace(text, i + 1);

            errorAt = i;
            if (i == text.Length)
            {
                return EndsEarly;
            }

            next = text[i];
        }

        tokenStart = i;
        position = i + 1;
        if (next == '"')
        {
            // Escapes are checked here and decoded only when the string is read; UTF-8 is checked while decoding.
            var j = SkipPlain(text, i + 1);
            plain = true;
            if ((j == text.Length || text[j] != '"') && ScanString(ref j) is { } problem)
            {
                return problem;
            }

            valueStart = i + 1;
            valueEnd = j;
            position = j + 1;
            token = wantName ? Token.PropertyName : Token.String;
            return null;
        }

        if (wantName)
        {
            return "expected a property name in double quotes.";
        }

        if (next is (byte)'{' or (byte)'[')
        {
            if (depth == MaxDepth)
            {
                return "the document nests deeper than 64 levels.";
            }

            containers = (containers << 1) | (next == '[' ? 1UL : 0UL);
            depth++;
            token = next == '[' ? Token.StartArray : Token.StartObject;
            return null;
        }

        if (next is (byte)'-' or (>= (byte)'0' and <= (byte)'9'))
        {
            // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, checked one part at a time.
            var j = next == '-' ? i + 1 : i;
            var part = 0;
            while (part < 3)
            {
                var digits = j;
                while (j < text.Length && text[j] is >= (byte)'0' and <= (byte)'9')
                {
                    j++;
                }

                if (j == digits || (part == 0 && text[digits] == '0' && j > digits + 1))
                {
                    errorAt = digits;
                    return j == text.Length ? EndsEarly : "expected a number.";
                }

                part = part == 0 && j < text.Length && text[j] == '.' ? 1
                    : part < 2 && j < text.Length && text[j] is (byte)'e' or (byte)'E' ? 2
                    : 3;
                if (part < 3)
                {
                    j++;
                    if (part == 2 && j < text.Length && text[j] is (byte)'+' or (byte)'-')
                    {
                        j++;
                    }
                }
            }

            valueStart = i;
            valueEnd = j;
            position = j;
            token = Token.Number;
            return null;
        }

        // true, false or null: the rest of the word must follow.
        var word = next switch
        {
            (byte)'t' => "true",
            (byte)'f' => "false",
            (byte)'n' => "null",
            _ => null,
        };
        if (word is null)
        {
            return "expected a value.";
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (i + k == text.Length || text[i + k] != word[k])
            {
                errorAt = i + k;
                return i + k == text.Length ? EndsEarly : "expected a value.";
            }
        }

        position = i + word.Length;
        token = next == 't' ? Token.True : next == 'f' ? Token.False : Token.Null;
        return null;
    }

    // The loops over every byte of the document, compiled once without optimization like the rest of the reader.
    // With profiling probes (a loop's first tier), running them cost more than all the rest of reading the document;
    // fully optimized, compiling them cost about 0.25 ms each, more than unoptimized code takes to run them.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static int SkipWhiteSpace(byte[] text, int i)
    {
        while (i < text.Length && text[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    // Moves past printable ASCII other than the quote and the backslash: the common content of a string.
    [MethodImpl(MethodImplOptions.NoOptimization)]
    private static int SkipPlain(byte[] text, int j)
    {
        while (j < text.Length && text[j] is >= 0x20 and < 0x80 and not (byte)'"' and not (byte)'\\')
        {
            j++;
        }

        return j;
    }

    // The rest of a string that holds an escape or other UTF-8 (or is malformed), from json[j] to its closing quote.
    // A method of its own, so that reading the shipped data, which is plain ASCII, does not compile it.
    private string? ScanString(ref int j)
    {
        var text = json;
        while (true)
        {
            if (j == text.Length)
            {
                errorAt = j;
                return EndsEarly;
            }

            var c = text[j];
            if (c == '"')
            {
                return null;
            }

            if (c is >= 0x20 and < 0x80 and not (byte)'\\')
            {
                j++;
                continue;
            }

            if (c < 0x20)
            {
                errorAt = j;
                return "a control character in a string must be written as an escape.";
            }

            plain = false;
            if (c == '\\' && ScanEscape(ref j) is { } problem)
            {
                return problem;
            }

            j += c == '\\' ? 0 : 1;
        }
    }

    // Checks the escape at json[j] and moves past it.
    private string? ScanEscape(ref int j)
    {
        var length = j + 1 < json.Length && json[j + 1] == 'u' ? 6 : 2;
        if (j + length > json.Length)
        {
            errorAt = json.Length;
            return EndsEarly;
        }

        var valid = length == 6
            ? char.IsAsciiHexDigit((char)json[j + 2]) && char.IsAsciiHexDigit((char)json[j + 3]) && char.IsAsciiHexDigit((char)json[j + 4]) && char.IsAsciiHexDigit((char)json[j + 5])
            : json[j + 1] is (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t';
        if (!valid)
        {
            errorAt = j;
            return "expected an escape: \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits.";
        }

        j += length;
        return null;
    }

    private ReadOnlySpan<char> CopyString()
    {
        var length = valueEnd - valueStart;
        if (plain)
        {
            if (buffer.Length < length)
            {
                buffer = new char[length];
            }

            for (var k = 0; k < length; k++)
            {
                buffer[k] = (char)json[valueStart + k];
            }

            return new ReadOnlySpan<char>(buffer, 0, length);
        }

        length = Decode();
        if (length < 0)
        {
            throw FailHere("the string is not valid UTF-8, or holds an unpaired surrogate escape.");
        }

        return new ReadOnlySpan<char>(buffer, 0, length);
    }

    private bool DecodesTo(string name)
    {
        var length = Decode();
        return length >= 0 && buffer.AsSpan(0, length).SequenceEqual(name);
    }

    // Decodes the current string, escapes and any UTF-8, into the buffer. Returns its length, or -1 if it is not
    // valid UTF-8 or an escape names half of a surrogate pair.
    private int Decode()
    {
        var raw = json.AsSpan(valueStart, valueEnd - valueStart);

        // Unescaping never lengthens a string, and UTF-8 never needs more UTF-16 units than bytes.
        if (buffer.Length < raw.Length)
        {
            buffer = new char[raw.Length];
        }

        var written = 0;
        while (true)
        {
            var slash = raw.IndexOf((byte)'\\');
            if (Utf8.ToUtf16(slash < 0 ? raw : raw[..slash], buffer.AsSpan(written), out _, out var count, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return -1;
            }

            written += count;
            if (slash < 0)
            {
                return written;
            }

            // The tokenizer checked the escape's form.
            var escape = raw[slash + 1];
            var length = 2;
            var unit = 0;
            if (escape == 'u')
            {
                length = 6;
                for (var k = slash + 2; k < slash + 6; k++)
                {
                    unit = (unit << 4) | (raw[k] <= '9' ? raw[k] - '0' : (raw[k] | 0x20) - 'a' + 10);
                }
            }
            else
            {
                unit = escape switch
                {
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    _ => escape,
                };
            }

            // A high surrogate must be followed at once by an escaped low one; a low one never stands first.
            var pairs = written > 0 && char.IsHighSurrogate(buffer[written - 1]);
            if (pairs != char.IsLowSurrogate((char)unit) || (char.IsHighSurrogate((char)unit) && !raw[(slash + length)..].StartsWith("\\u"u8)))
            {
                return -1;
            }

            buffer[written++] = (char)unit;
            raw = raw[(slash + length)..];
        }
    }

    private static string Describe(Token token) => token switch
    {
        Token.StartObject => "an object",
        Token.StartArray => "an array",
        Token.String => "a string",
        Token.Number => "a number",
        Token.True => "true",
        Token.False => "false",
        Token.Null => "null",
        Token.EndObject => "the end of the object",
        Token.EndArray => "the end of the array",
        _ => "the end of the document",
    };

    // Re-reads the document up to the token at the offset (or up to a syntax error) and names its JSON path:
    // a property or element names the value, the end of an object or array names the container.
    internal static string PathAt(byte[] json, long offset)
    {
        var frames = new List<PathFrame>();
        var scan = new DataJsonReader(json, string.Empty);
        while (scan.Advance() is null && scan.token != Token.EndOfDocument)
        {
            var token = scan.token;
            var isTarget = scan.tokenStart >= offset;
            if (token is Token.EndObject or Token.EndArray)
            {
                if (isTarget)
                {
                    frames[^1] = frames[^1] with { Name = null, Index = -1 };
                    break;
                }

                frames.RemoveAt(frames.Count - 1);
                continue;
            }

            if (token == Token.PropertyName)
            {
                var length = scan.Decode();
                if (length < 0)
                {
                    break;
                }

                frames[^1] = frames[^1] with { Name = new string(scan.buffer, 0, length) };
                if (isTarget)
                {
                    break;
                }

                continue;
            }

            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
            }

            if (isTarget)
            {
                break;
            }

            if (token is Token.StartObject or Token.StartArray)
            {
                frames.Add(new PathFrame(token == Token.StartArray, null, -1));
            }
        }

        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
            }
            else if (!frame.IsArray && frame.Name is { } name)
            {
                if (IsPlainName(name))
                {
                    path.Append('.').Append(name);
                }
                else
                {
                    path.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                }
            }
        }

        return path.ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '$'))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct PathFrame(bool IsArray, string? Name, int Index);
}
