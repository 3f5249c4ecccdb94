namespace Iso27k.Risk.Cvss;

/// <summary>A parsed CVSS vector of any supported version.</summary>
/// <remarks>
/// Implemented by <see cref="CvssV31Vector"/> and <see cref="CvssV40Vector"/>. Call their own methods on the hot path:
/// going through this interface boxes the struct.
/// </remarks>
public interface ICvssVector
{
    /// <summary>The CVSS version of the vector.</summary>
    CvssVersion Version { get; }

    /// <summary>Scores the vector into the version-independent <see cref="CvssResult"/>.</summary>
    /// <returns>The result.</returns>
    CvssResult Evaluate();

    /// <summary>A multi-line explanation of how the score was computed.</summary>
    /// <returns>The explanation.</returns>
    string Explain();

    /// <summary>The canonical vector string.</summary>
    /// <returns>The vector string.</returns>
    string ToString();
}
