using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Iso27k.Data;

namespace Iso27k.Tests;

// The data reader's own tokenizer: strict RFC 8259 JSON, and nothing but CatalogDataException for anything else.
public class DataJsonReaderTest
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    // Reads a document that holds one string in an array.
    private static string ReadString(byte[] json)
    {
        var reader = new DataJsonReader(json, "test.json");
        reader.Read();
        reader.ExpectArray();
        Assert.True(reader.NextElement());
        var value = reader.GetString();
        Assert.False(reader.NextElement());
        reader.ReadEndOfDocument();
        return value;
    }

    private static string ReadString(string json) => ReadString(Encoding.UTF8.GetBytes(json));

    // Reads the root value, whatever it is, then the end of the document.
    private static void ReadDocument(byte[] json)
    {
        var reader = new DataJsonReader(json, "test.json");
        reader.Read();
        reader.Skip();
        reader.ReadEndOfDocument();
    }

    private static void ReadDocument(string json) => ReadDocument(Encoding.UTF8.GetBytes(json));

    private static CatalogDataException Rejects(string json) => Assert.Throws<CatalogDataException>(() => ReadDocument(json));

    private static CatalogDataException RejectsString(byte[] json) => Assert.Throws<CatalogDataException>(() => ReadString(json));

    private static byte[] Quoted(params byte[] content) => [(byte)'[', (byte)'"', .. content, (byte)'"', (byte)']'];

    [Theory]
    [InlineData("""["\""]""", "\"")]
    [InlineData("""["\\"]""", "\\")]
    [InlineData("""["\/"]""", "/")]
    [InlineData("""["\b\f\n\r\t"]""", "\b\f\n\r\t")]
    [InlineData("""["\u0041\u00e9\u20AC\u0000"]""", "Aé€\0")]
    [InlineData("""["a\nb\u0063d"]""", "a\nbcd")]
    [InlineData("""["\uD83D\uDE00"]""", "\U0001F600")]
    [InlineData("""["x\ud83d\ude00y"]""", "x\U0001F600y")]
    [InlineData("""["Ünïcödé Δ 😀"]""", "Ünïcödé Δ 😀")]
    [InlineData("""[""]""", "")]
    public void DecodesEveryEscapeForm(string json, string expected)
    {
        Assert.Equal(expected, ReadString(json));
    }

    [Theory]
    [InlineData("""["\uD83D"]""")]
    [InlineData("""["\uDE00"]""")]
    [InlineData("""["\uDE00\uD83D"]""")]
    [InlineData("""["\uD83D\uD83D"]""")]
    [InlineData("""["\uD83Dx\uDE00"]""")]
    [InlineData("""["\uD83D\n"]""")]
    [InlineData("""["\uD83D\u0041"]""")]
    public void RejectsUnpairedSurrogateEscapes(string json)
    {
        var ex = Assert.Throws<CatalogDataException>(() => ReadString(json));
        Assert.Contains("surrogate", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""["\x"]""")]
    [InlineData("""["\'"]""")]
    [InlineData("""["\U0041"]""")]
    [InlineData("""["\u00G1"]""")]
    [InlineData("""["\u12"]""")]
    [InlineData("""["\"]""")]
    public void RejectsMalformedEscapes(string json)
    {
        Rejects(json);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { (byte)'a', 0xE2, 0x82, (byte)'\\', (byte)'n' })]
    public void RejectsInvalidUtf8(byte[] content)
    {
        var ex = RejectsString(Quoted(content));
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodesUtf8AsAStrictDecoderDoes()
    {
        // Any bytes but the quote, the backslash and control characters: valid UTF-8 decodes alike, invalid fails.
        var content = Gen.ArrayOf(Gen.Choose(0x20, 0xFF).Where(b => b is not ('"' or '\\')).Select(b => (byte)b));
        Prop.ForAll(content.ToArbitrary(), bytes =>
            {
                string? expected;
                try
                {
                    expected = StrictUtf8.GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    expected = null;
                }

                try
                {
                    return ReadString(Quoted(bytes)) == expected;
                }
                catch (CatalogDataException)
                {
                    return expected is null;
                }
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DecodesAnyStringWrittenWithEscapes()
    {
        // Every UTF-16 unit written as \uXXXX: valid text comes back unchanged, unpaired surrogates are rejected.
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            {
                text ??= string.Empty;
                var json = new StringBuilder("[\"");
                foreach (var c in text)
                {
                    json.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                }

                var isWellFormed = IsWellFormedUtf16(text);
                try
                {
                    return ReadString(json.Append("\"]").ToString()) == text && isWellFormed;
                }
                catch (CatalogDataException)
                {
                    return !isWellFormed;
                }
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void DecodesAnyWellFormedStringAsWrittenByAnotherWriter()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            {
                text ??= string.Empty;
                if (!IsWellFormedUtf16(text))
                {
                    return true;
                }

                return ReadString("[" + Newtonsoft.Json.JsonConvert.ToString(text) + "]") == text;
            })
            .QuickCheckThrowOnFailure();
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void RejectsEveryRawControlCharacterInStrings()
    {
        for (var c = 0; c < 0x20; c++)
        {
            var ex = RejectsString(Quoted((byte)'a', (byte)c, (byte)'b'));
            Assert.Contains("control character", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal("a\u007Fb", ReadString(Quoted((byte)'a', 0x7F, (byte)'b')));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("7")]
    [InlineData("-120")]
    [InlineData("1.5")]
    [InlineData("0.25e10")]
    [InlineData("1E+2")]
    [InlineData("-12.0e-3")]
    [InlineData("[1,2.0,3e3]")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData(" \t\r\n{ \"a\" : [ ] , \"b\" : { } }\n ")]
    [InlineData("[[],{},[[]],\"\",0]")]
    public void ReadsValidDocuments(string json)
    {
        ReadDocument(json);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("-")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("+1")]
    [InlineData("1e")]
    [InlineData("1e+")]
    [InlineData("1.e3")]
    [InlineData("0x1")]
    [InlineData("-01")]
    [InlineData("tru")]
    [InlineData("truex")]
    [InlineData("nul")]
    [InlineData("False")]
    [InlineData("NaN")]
    [InlineData("'a'")]
    [InlineData("[1,]")]
    [InlineData("[,1]")]
    [InlineData("[1 2]")]
    [InlineData("{\"a\":1,}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{a:1}")]
    [InlineData("{\"a\":}")]
    [InlineData("{\"a\":1]")]
    [InlineData("[1}")]
    [InlineData("[1] // comment")]
    [InlineData("/* comment */ [1]")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[")]
    [InlineData("{\"a\":[1,{\"b\":")]
    public void RejectsMalformedDocuments(string json)
    {
        var ex = Rejects(json);
        Assert.Contains("line 1, column", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[] x")]
    [InlineData("[] []")]
    [InlineData("{}}")]
    [InlineData("1 2")]
    public void RejectsContentAfterTheDocument(string json)
    {
        var ex = Rejects(json);
        Assert.Contains("end of the document", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsByteOrderMarkOnlyAtTheStart()
    {
        ReadDocument([0xEF, 0xBB, 0xBF, (byte)'[', (byte)']']);
        Assert.Throws<CatalogDataException>(() => ReadDocument([(byte)' ', 0xEF, 0xBB, 0xBF, (byte)'[', (byte)']']));
        Assert.Throws<CatalogDataException>(() => ReadDocument([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, (byte)'[', (byte)']']));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("-7", -7)]
    [InlineData("0", 0)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void ReadsIntegers(string json, int expected)
    {
        var reader = new DataJsonReader(Encoding.UTF8.GetBytes(json), "test.json");
        reader.Read();
        Assert.Equal(expected, reader.GetInt32());
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999")]
    [InlineData("1.0")]
    [InlineData("1e0")]
    [InlineData("\"1\"")]
    [InlineData("true")]
    public void RejectsNonIntegers(string json)
    {
        var ex = Assert.Throws<CatalogDataException>(() =>
        {
            var reader = new DataJsonReader(Encoding.UTF8.GetBytes(json), "test.json");
            reader.Read();
            reader.GetInt32();
        });
        Assert.Contains("expected an integer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestsSixtyFourLevelsDeepButNoDeeper()
    {
        ReadDocument(new string('[', 64) + new string(']', 64));
        ReadDocument(new string('[', 63) + "{\"a\":1}" + new string(']', 63));
        var ex = Rejects(new string('[', 65) + new string(']', 65));
        Assert.Contains("64", ex.Message, StringComparison.Ordinal);
        Rejects(new string('[', 100000));
    }

    [Fact]
    public void NamesPathLineAndColumnOfSyntaxError()
    {
        var ex = Rejects("{\"a\":[1,\n  2,\n  x]}");
        Assert.Equal("$.a[1]", ex.Location);
        Assert.Contains("line 3, column 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("test.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesPathOfUnescapedControlCharacter()
    {
        var ex = Rejects("{\"list\":[{\"title\":\"a\tb\"}]}");
        Assert.Equal("$.list[0].title", ex.Location);
        Assert.Contains("column 21", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesQuotedPathOfUnusualPropertyName()
    {
        var ex = Rejects("{\"it's \\u00e9\":[tru]}");
        Assert.Equal("$['it\\'s é']", ex.Location);
    }

    [Fact]
    public void EveryTruncationThrowsCatalogDataException()
    {
        // A small catalog that uses escapes, non-ASCII text, numbers, true and null: every proper prefix is broken.
        var json = Encoding.UTF8.GetBytes(
            """
            {"formatVersion":1,"dataVersion":"x","edition":"2022","title":"t\u00e9 \"q\" \uD83D\uDE00 Δ","provenance":{"sources":[],"notes":null},
             "groups":[{"id":"5","kind":"theme","title":"Organizational controls","controls":[
              {"id":"5.1","title":"T\/\\","summary":"S","alternateTitle":null,"newIn2022":true}]}]}
            """);
        var catalog = Catalog.FromStream(new MemoryStream(json), "valid.json");
        Assert.Equal("té \"q\" \U0001F600 Δ", catalog.Title);
        for (var length = 0; length < json.Length; length++)
        {
            var prefix = json[..length];
            var ex = Assert.Throws<CatalogDataException>(() => Catalog.FromStream(new MemoryStream(prefix), "cut.json"));
            Assert.Contains("cut.json", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MutatedDocumentsOnlyEverThrowCatalogDataException()
    {
        var valid = Encoding.UTF8.GetBytes(
            """{"formatVersion":1,"dataVersion":"x","edition":"2022","title":"t\u00e9\uD83D\uDE00","provenance":{"sources":[]},"groups":[{"id":"5","kind":"theme","title":"Organizational controls","controls":[{"id":"5.1","title":"T\n","summary":"S","newIn2022":false}]}]}""");
        var special = Gen.Elements<byte>((byte)'"', (byte)'\\', (byte)'u', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'0', (byte)'-', (byte)'e', (byte)'.', 0xC3, 0xED, 0xF0, 0x80, 0x00, (byte)'\n');
        var value = Gen.OneOf(Gen.Choose(0, 255).Select(b => (byte)b), special);
        var mutated =
            from count in Gen.Choose(1, 3)
            from positions in Gen.ArrayOf(Gen.Choose(0, valid.Length - 1), count)
            from values in Gen.ArrayOf(value, count)
            from insert in ArbMap.Default.GeneratorFor<bool>()
            from cut in Gen.Choose(1, valid.Length + 3)
            select Mutate(valid, positions, values, insert, cut);
        Prop.ForAll(mutated.ToArbitrary(), bytes =>
            {
                try
                {
                    Catalog.FromStream(new MemoryStream(bytes), "mutated.json");
                    return true;
                }
                catch (CatalogDataException ex)
                {
                    return ex.Message.Contains("mutated.json", StringComparison.Ordinal);
                }
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    private static byte[] Mutate(byte[] valid, int[] positions, byte[] values, bool insert, int cut)
    {
        var bytes = valid.ToList();
        for (var i = 0; i < positions.Length; i++)
        {
            if (insert)
            {
                bytes.Insert(positions[i], values[i]);
            }
            else
            {
                bytes[positions[i]] = values[i];
            }
        }

        return [.. bytes.Take(cut)];
    }
}
