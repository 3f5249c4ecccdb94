namespace Iso27k.Data;

// The SHA-256 of a catalog's source document, computed when first asked for: hashing loads the native crypto library
// (milliseconds on first use). Not Lazy<string> with a lambda, which costs more to compile on first use than the rest
// of this class. Two threads may both compute the hash; both get the same text.
internal sealed class SourceHash
{
    private readonly byte[]? bytes;
    private readonly string? resourceName;
    private string? value;

    private SourceHash(byte[]? bytes, string? resourceName)
    {
        this.bytes = bytes;
        this.resourceName = resourceName;
    }

    public string Value => value ??= CatalogReader.Sha256Hex(bytes ?? EmbeddedResources.Read(resourceName!));

    public static SourceHash Of(byte[] bytes) => new(bytes, null);

    // The embedded bytes are always at hand, so a catalog keeps no copy of them just for its hash.
    public static SourceHash OfResource(string name) => new(null, name);
}
