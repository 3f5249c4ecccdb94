using Iso27k.Mapping;
using Iso27k.Oscal.Internal;

namespace Iso27k.Oscal;

/// <summary>
/// Exports a <see cref="ControlMapping"/>, such as <see cref="IsoMappings.Iso27001_2013To2022"/>, as an OSCAL 1.2.2
/// mapping collection.
/// </summary>
/// <remarks>
/// One map per stated pair, with the NIST IR 8477 relationship (<c>equal-to</c>, <c>subset-of</c>,
/// <c>superset-of</c>, <c>intersects-with</c>) and matching rationale (<c>syntactic</c>, <c>semantic</c>,
/// <c>functional</c>); provenance says the mapping was made by people and is complete; the target gap summary lists
/// the controls no source reaches (the 11 controls new in 2022) and the source gap summary those that reach no target.
/// The mapping model exists only from OSCAL 1.2.0 on, so <see cref="OscalExportOptions.Version"/> is ignored.
/// </remarks>
public static class OscalMapping
{
    /// <summary>Writes the mapping as an OSCAL 1.2.2 mapping collection (UTF-8 JSON, indented, LF line ends).</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">Fixed time; <see langword="null"/> for the defaults.</param>
    public static void Write(ControlMapping mapping, Stream stream, OscalExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(stream);
        MappingExporter.Write(mapping, stream, options ?? OscalExportOptions.Default);
    }

    /// <summary>Returns the mapping collection as UTF-8 bytes.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="options">Fixed time; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    public static byte[] ToUtf8Bytes(ControlMapping mapping, OscalExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(mapping, stream, options);
        return stream.ToArray();
    }

    /// <summary>Writes the mapping collection to a file, replacing it.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">Fixed time; <see langword="null"/> for the defaults.</param>
    public static void Save(ControlMapping mapping, string path, OscalExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        Write(mapping, stream, options);
    }

    /// <summary>The OSCAL relationship token: <c>equal-to</c>, <c>subset-of</c>, <c>superset-of</c> or <c>intersects-with</c>.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>The token.</returns>
    public static string RelationshipToken(MappingRelationship relationship) => MappingExporter.Relationship(relationship);
}
