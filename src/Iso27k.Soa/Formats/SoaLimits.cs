namespace Iso27k.Soa.Formats;

internal static class SoaLimits
{
    public const int JsonFormatVersion = SoaDocument.CurrentFormatVersion;

    public const int MaxEntries = SoaDocument.MaxEntries;

    public const int MaxJsonBytes = SoaDocument.MaxJsonBytes;

    public static bool TryReadBounded(Stream stream, int limit, out byte[] bytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                bytes = [];
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        bytes = buffer.ToArray();
        return true;
    }

    // The edition most ids belong to; a tie or no ids at all means the current edition.
    public static Edition InferEdition(IEnumerable<ControlId> ids)
    {
        var count2013 = 0;
        var count2022 = 0;
        foreach (var id in ids)
        {
            if (id.Edition == Edition.Iso2013)
            {
                count2013++;
            }
            else
            {
                count2022++;
            }
        }

        return count2013 > count2022 ? Edition.Iso2013 : Edition.Iso2022;
    }
}
