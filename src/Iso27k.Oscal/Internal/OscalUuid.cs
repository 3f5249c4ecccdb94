using System.Security.Cryptography;
using System.Text;

namespace Iso27k.Oscal.Internal;

// Name-based UUIDs (RFC 9562 version 5): the same name always gives the same UUID, which is what makes two exports
// byte-identical. SHA-1 is what version 5 is defined with; it is an identifier here, not a security control.
internal static class OscalUuid
{
    // This project's own namespace, generated once at random.
    private static readonly Guid ProjectNamespace = new("63ed81c0-ea87-4260-b9ab-4b99291d4d4a");

    public static string Create(string name) => Create(ProjectNamespace, name);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "RFC 9562 defines UUID version 5 with SHA-1; no security property depends on it.")]
    public static string Create(Guid namespaceId, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        if (!namespaceId.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _))
        {
            throw new InvalidOperationException("Could not write the namespace UUID.");
        }

        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString("D");
    }

    // A short, stable digest of the content a document is exported from: a new revision gets a new document UUID.
    public static string Digest(byte[] content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return Convert.ToHexString(hash[..16]);
    }
}
