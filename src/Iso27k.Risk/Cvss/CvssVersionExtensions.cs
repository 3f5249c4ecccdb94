namespace Iso27k.Risk.Cvss;

/// <summary>Formatting helpers for <see cref="CvssVersion"/>.</summary>
public static class CvssVersionExtensions
{
    /// <summary>The version as written in a vector prefix: <c>3.0</c>, <c>3.1</c> or <c>4.0</c>.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The version number text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not a defined value.</exception>
    public static string ToVersionString(this CvssVersion version) => version switch
    {
        CvssVersion.V30 => "3.0",
        CvssVersion.V31 => "3.1",
        CvssVersion.V40 => "4.0",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown CVSS version."),
    };
}
