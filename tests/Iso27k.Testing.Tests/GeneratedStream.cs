namespace Iso27k.Testing.Tests;

// A forward-only stream of a given length built from a prefix, a repeated unit and a suffix, produced on the fly:
// a 100 MB input that never exists in memory or on disk.
internal sealed class GeneratedStream(byte[] prefix, byte[] unit, long length, byte[] suffix) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public static GeneratedStream Of(string prefix, string unit, long length, string suffix = "") =>
        new(System.Text.Encoding.UTF8.GetBytes(prefix), System.Text.Encoding.UTF8.GetBytes(unit), length, System.Text.Encoding.UTF8.GetBytes(suffix));

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && position < length)
        {
            buffer[written++] = At(position++);
        }

        return written;
    }

    private byte At(long index)
    {
        if (index < prefix.Length)
        {
            return prefix[index];
        }

        var fromEnd = length - index;
        if (fromEnd <= suffix.Length)
        {
            return suffix[^(int)fromEnd];
        }

        return unit[(index - prefix.Length) % unit.Length];
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
