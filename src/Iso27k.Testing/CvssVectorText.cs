namespace Iso27k.Testing;

/// <summary>A generated CVSS vector as written, and the canonical form the library formats it to.</summary>
public sealed class CvssVectorText
{
    /// <summary>Creates a sample.</summary>
    /// <param name="text">The vector as written.</param>
    /// <param name="canonical">Its canonical form.</param>
    public CvssVectorText(string text, string canonical)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(canonical);
        Text = text;
        Canonical = canonical;
    }

    /// <summary>The vector as written (components possibly reordered, Not Defined metrics possibly written).</summary>
    public string Text { get; }

    /// <summary>The canonical form: specification order, Not Defined optional metrics left out.</summary>
    public string Canonical { get; }

    /// <summary>Returns <see cref="Text"/> (FsCheck prints it when a property fails).</summary>
    /// <returns>The vector.</returns>
    public override string ToString() => Text;
}
