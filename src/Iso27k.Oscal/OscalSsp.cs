using Iso27k.Oscal.Internal;
using Iso27k.Soa;

namespace Iso27k.Oscal;

/// <summary>
/// Exports a Statement of Applicability as an OSCAL system security plan whose control implementation lists every
/// Annex A control of the edition with OSCAL's <c>implementation-status</c>.
/// </summary>
/// <remarks>
/// States: implemented, partial (partially implemented), planned (planned or not started), not-applicable
/// (excluded, with the justification in the status remarks); undecided controls and applicable ones without a status
/// carry no state. Applicability, the exact status, reasons, owner, evidence and last review date travel as properties
/// in <see cref="OscalIds.Namespace"/>; notes become remarks. The system characteristics hold the SoA's organization
/// and scope and the minimum the SSP model requires.
/// </remarks>
public static class OscalSsp
{
    /// <summary>Writes the SoA as an OSCAL SSP (UTF-8 JSON, indented, LF line ends).</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">OSCAL version, fixed time, catalog and profile hrefs; <see langword="null"/> for the defaults.</param>
    public static void Write(StatementOfApplicability statement, Stream stream, OscalExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(stream);
        SspExporter.Write(statement, stream, options ?? OscalExportOptions.Default);
    }

    /// <summary>Returns the OSCAL SSP as UTF-8 bytes.</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="options">OSCAL version, fixed time, catalog and profile hrefs; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    public static byte[] ToUtf8Bytes(StatementOfApplicability statement, OscalExportOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(statement, stream, options);
        return stream.ToArray();
    }

    /// <summary>Writes the OSCAL SSP to a file, replacing it.</summary>
    /// <param name="statement">The SoA.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">OSCAL version, fixed time, catalog and profile hrefs; <see langword="null"/> for the defaults.</param>
    public static void Save(StatementOfApplicability statement, string path, OscalExportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.Create(path);
        Write(statement, stream, options);
    }

    /// <summary>The OSCAL <c>implementation-status</c> state an entry is exported with.</summary>
    /// <param name="entry">The SoA entry.</param>
    /// <returns><c>implemented</c>, <c>partial</c>, <c>planned</c>, <c>not-applicable</c>, or <see langword="null"/> for none.</returns>
    public static string? ImplementationState(SoaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return SspExporter.State(entry);
    }
}
