using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Iso27k.Oscal.Internal;

// Shared pieces of every exporter: writer settings that make output byte-stable, metadata, props, timestamps.
internal static class OscalWriter
{
    private static readonly DateTimeOffset FallbackTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Utf8JsonWriter Create(Stream stream) => new(stream, new JsonWriterOptions
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    // OSCAL's string type: non-empty, no leading or trailing white space, no line break.
    public static bool IsOscalString(string? text) =>
        !string.IsNullOrEmpty(text)
        && !char.IsWhiteSpace(text[0])
        && !char.IsWhiteSpace(text[^1])
        && text.AsSpan().IndexOfAny('\n', '\r') < 0;

    public static string Timestamp(DateTimeOffset time)
    {
        var text = time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return time.Offset == TimeSpan.Zero ? text + "Z" : text + time.ToString("zzz", CultureInfo.InvariantCulture);
    }

    // "2026.11.21" or "2026-11-21..." -> midnight UTC of that day; anything else -> a fixed fallback.
    public static DateTimeOffset FromDataVersion(string? version)
    {
        if (version is { Length: >= 10 }
            && int.TryParse(version.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && version[4] is '.' or '-'
            && int.TryParse(version.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && version[7] is '.' or '-'
            && int.TryParse(version.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        }

        return FallbackTime;
    }

    public static DateTimeOffset FromDate(NodaTime.LocalDate? date) =>
        date is { } d ? new DateTimeOffset(d.Year, d.Month, d.Day, 0, 0, 0, TimeSpan.Zero) : FallbackTime;

    public static void WriteMetadata(
        Utf8JsonWriter w,
        string title,
        DateTimeOffset lastModified,
        string version,
        OscalVersion oscalVersion,
        IReadOnlyList<OscalProp> props,
        string? remarks,
        Action<Utf8JsonWriter>? extra = null)
    {
        w.WriteStartObject("metadata");
        w.WriteString("title", title);
        w.WriteString("last-modified", Timestamp(lastModified));
        w.WriteString("version", IsOscalString(version) ? version : version.Trim() is { Length: > 0 } t && IsOscalString(t) ? t : "unversioned");
        w.WriteString("oscal-version", oscalVersion.ToVersionString());
        WriteProps(w, props);
        extra?.Invoke(w);
        if (!string.IsNullOrEmpty(remarks))
        {
            w.WriteString("remarks", remarks);
        }

        w.WriteEndObject();
    }

    public static void WriteProps(Utf8JsonWriter w, IReadOnlyList<OscalProp> props)
    {
        if (props.Count == 0)
        {
            return;
        }

        w.WriteStartArray("props");
        foreach (var prop in props)
        {
            w.WriteStartObject();
            w.WriteString("name", prop.Name);
            if (prop.Ns is not null)
            {
                w.WriteString("ns", prop.Ns);
            }

            w.WriteString("value", prop.Value);
            if (prop.Class is not null)
            {
                w.WriteString("class", prop.Class);
            }

            if (!string.IsNullOrEmpty(prop.Remarks))
            {
                w.WriteString("remarks", prop.Remarks);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteStringIfAny(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }

    // A back-matter resource that points at another OSCAL document.
    public static void WriteLinkedResource(Utf8JsonWriter w, string uuid, string title, string href, string mediaType, string role)
    {
        w.WriteStartObject();
        w.WriteString("uuid", uuid);
        w.WriteString("title", title);
        WriteProps(w, [OscalProp.Ours("resource-role", role)]);
        w.WriteStartArray("rlinks");
        w.WriteStartObject();
        w.WriteString("href", href);
        w.WriteString("media-type", mediaType);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
