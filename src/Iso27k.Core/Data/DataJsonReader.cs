using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Iso27k.Data;

// A strict, forward-only walk over a data document. It stands in for the source-generated serializer, whose
// metadata and converters cost tens of milliseconds to set up on first use, several times the whole walk; the
// Utf8JsonReader underneath is precompiled in the framework. Errors name the source, the JSON path and the line.
// The path is rebuilt only when an error is reported, so reading a valid document tracks nothing.
internal ref struct DataJsonReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow };

    private readonly ReadOnlySpan<byte> json;
    private readonly string sourceName;
    private Utf8JsonReader reader;
    private char[] buffer;

    public DataJsonReader(ReadOnlySpan<byte> json, string sourceName)
    {
        // Editors may save a byte order mark; the reader itself rejects one.
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        this.json = json;
        this.sourceName = sourceName;
        reader = new Utf8JsonReader(json, Options);
        buffer = new char[128];
    }

    // Where the current token starts, to report a problem found after the token was read.
    public readonly long TokenStart => reader.TokenStartIndex;

    public readonly bool IsNull => reader.TokenType == JsonTokenType.Null;

    // Advances to the next token; malformed JSON becomes a CatalogDataException.
    public void Read()
    {
        bool read;
        try
        {
            read = reader.Read();
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }

        if (!read)
        {
            throw Fail(json.Length, "the document ends early.");
        }
    }

    // Skips the current value, nested content included.
    public void Skip()
    {
        try
        {
            reader.Skip();
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    // After the root value: nothing but white space may follow.
    public void ReadEndOfDocument()
    {
        try
        {
            if (reader.Read())
            {
                throw Fail(reader.TokenStartIndex, "expected the end of the document.");
            }
        }
        catch (JsonException ex)
        {
            throw Malformed(ex);
        }
    }

    public readonly void ExpectObject()
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected("an object");
        }
    }

    public readonly void ExpectArray()
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected("an array");
        }
    }

    // Inside an object: reads the next property name and moves to its value. Returns the member's name as given in
    // the table, or null at the end of the object once every required member was seen.
    public string? NextProperty(JsonMembers members, ref int seen)
    {
        Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            var missing = members.RequiredMask & ~seen;
            if (missing != 0)
            {
                throw FailHere($"the required property '{members.Names[BitOperations.TrailingZeroCount(missing)]}' is missing.");
            }

            return null;
        }

        var name = CopyString();
        var names = members.Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                if ((seen & (1 << i)) != 0)
                {
                    throw FailHere($"the property '{names[i]}' occurs twice.");
                }

                seen |= 1 << i;
                Read();
                return names[i];
            }
        }

        throw FailHere($"unknown property '{name}': expected {string.Join(", ", names)}.");
    }

    // Inside an array: moves to the next element, or returns false at the end of the array.
    public bool NextElement()
    {
        Read();
        return reader.TokenType != JsonTokenType.EndArray;
    }

    public readonly string GetString()
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Unexpected("a string");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw FailHere("the string is not valid UTF-8.");
        }
    }

    public readonly string? GetNullableString() => IsNull ? null : GetString();

    // The current string without allocating; valid until the next call.
    public ReadOnlySpan<char> GetChars()
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Unexpected("a string");
        }

        return CopyString();
    }

    public readonly int GetInt32()
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            throw Unexpected("an integer");
        }

        return value;
    }

    public readonly bool GetBoolean() => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected("true or false"),
    };

    public readonly CatalogDataException FailHere(string problem) => Fail(reader.TokenStartIndex, problem);

    // A problem at a token: names the JSON path and the line where the token starts.
    public readonly CatalogDataException Fail(long offset, string problem, Exception? inner = null)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var column = before.Length - before.LastIndexOf((byte)'\n');
        return new CatalogDataException(
            sourceName,
            PathAt(json, offset),
            string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: {problem}"),
            inner);
    }

    private readonly CatalogDataException Unexpected(string expected) =>
        FailHere($"expected {expected}, found {Describe(reader.TokenType)}.");

    private readonly CatalogDataException Malformed(JsonException ex)
    {
        // The reader's own message ends with zero-based positions; ours are one-based.
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        return new CatalogDataException(
            sourceName,
            PathAt(json, long.MaxValue),
            string.Create(CultureInfo.InvariantCulture, $"line {ex.LineNumber + 1}, column {ex.BytePositionInLine + 1}: malformed JSON: {message}"),
            ex);
    }

    private ReadOnlySpan<char> CopyString()
    {
        // Unescaping never lengthens a string, and UTF-8 never needs more UTF-16 units than bytes.
        if (buffer.Length < reader.ValueSpan.Length)
        {
            buffer = new char[reader.ValueSpan.Length];
        }

        try
        {
            return buffer.AsSpan(0, reader.CopyString(buffer));
        }
        catch (InvalidOperationException)
        {
            throw FailHere("the string is not valid UTF-8.");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.EndObject => "the end of the object",
        JsonTokenType.EndArray => "the end of the array",
        _ => token.ToString(),
    };

    // Re-reads the document up to the token at the offset (or up to a syntax error) and names its JSON path:
    // a property or element names the value, the end of an object or array names the container.
    internal static string PathAt(ReadOnlySpan<byte> json, long offset)
    {
        var frames = new List<PathFrame>();
        var scan = new Utf8JsonReader(json, Options);
        try
        {
            while (scan.Read())
            {
                var token = scan.TokenType;
                var isTarget = scan.TokenStartIndex >= offset;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (isTarget)
                    {
                        frames[^1] = frames[^1] with { Name = null, Index = -1 };
                        break;
                    }

                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    frames[^1] = frames[^1] with { Name = scan.GetString() };
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

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new PathFrame(token == JsonTokenType.StartArray, null, -1));
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // The path up to the last readable token is the best there is.
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
