using System.Globalization;
using System.Text;

namespace Iso27k.Mapping;

/// <summary>
/// Human-readable output of a lookup, as <c>iso27k map A.12.4.1</c> and <c>iso27k map 8.15 --to 2013</c> print it.
/// </summary>
/// <remarks>
/// The first line is the control looked up with its title; each following line, indented by two spaces, is a mapped
/// control: <c>-&gt; 8.15 Logging [subset-of, semantic, merged]</c>. The relationship reads from the control looked
/// up to the mapped one. A control without a counterpart prints one line
/// <c>-&gt; no counterpart in ...</c>. Lines end with <c>\n</c>; the text is culture-invariant.
/// </remarks>
public static class MappingText
{
    /// <summary>Writes the lookup of one control.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="mapping">The mapping to look the control up in, e.g. <see cref="IsoMappings.Between"/>.</param>
    /// <param name="source">A control of the mapping's source catalog.</param>
    /// <exception cref="KeyNotFoundException">
    /// The mapping's source catalog has no such control (check first with <c>mapping.Source.Contains(id)</c>).
    /// </exception>
    public static void WriteLookup(TextWriter writer, ControlMapping mapping, ControlId source)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mapping);
        var control = mapping.Source[source];
        writer.Write(control.ToString());
        writer.Write('\n');
        var entries = mapping.TargetsOf(source);
        if (entries.IsEmpty)
        {
            writer.Write("  -> no counterpart in ");
            writer.Write(mapping.Target.Title);
            if (control.IsNewIn2022)
            {
                writer.Write(" (new in 2022)");
            }

            writer.Write('\n');
            return;
        }

        foreach (var entry in entries)
        {
            writer.Write("  -> ");
            writer.Write(mapping.Target[entry.Target].ToString());
            writer.Write(" [");
            writer.Write(entry.Relationship.ToToken());
            writer.Write(", ");
            writer.Write(entry.Rationale!.Value.ToToken());
            writer.Write(", ");
            writer.Write(entry.Kind.ToToken());
            writer.Write("]\n");
        }
    }

    /// <summary>Returns the lookup of one control as text; see <see cref="WriteLookup"/>.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="source">A control of the mapping's source catalog.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The mapping's source catalog has no such control.</exception>
    public static string FormatLookup(ControlMapping mapping, ControlId source)
    {
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        {
            WriteLookup(writer, mapping, source);
        }

        return builder.ToString();
    }
}
