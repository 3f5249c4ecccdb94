using System.Diagnostics.CodeAnalysis;

namespace Iso27k.Oscal;

/// <summary>Formatting and parsing of <see cref="OscalVersion"/> as OSCAL writes it (<c>1.1.3</c>, <c>1.2.2</c>).</summary>
public static class OscalVersionExtensions
{
    /// <summary>The version as written in <c>metadata.oscal-version</c>.</summary>
    /// <param name="version">The version.</param>
    /// <returns><c>1.1.3</c> or <c>1.2.2</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToVersionString(this OscalVersion version) => version switch
    {
        OscalVersion.V113 => "1.1.3",
        OscalVersion.V122 => "1.2.2",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Expected OscalVersion.V113 or OscalVersion.V122."),
    };

    /// <summary>Parses <c>1.1.3</c> or <c>1.2.2</c> (an optional leading <c>v</c> is accepted).</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version, when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text names a supported version.</returns>
    public static bool TryParseOscalVersion([NotNullWhen(true)] string? text, out OscalVersion version)
    {
        var trimmed = text.AsSpan().Trim();
        if (!trimmed.IsEmpty && (trimmed[0] == 'v' || trimmed[0] == 'V'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed is "1.1.3")
        {
            version = OscalVersion.V113;
            return true;
        }

        if (trimmed is "1.2.2")
        {
            version = OscalVersion.V122;
            return true;
        }

        version = default;
        return false;
    }
}
