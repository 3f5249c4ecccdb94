using System.Globalization;
using System.Text;

namespace Iso27k.Cli;

/// <summary>A plain, stable, aligned text table for humans; machines should ask for --format csv or json.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public void Add(params string[] cells) => rows.Add(cells);

    public void Write(TextWriter writer, int maxColumnWidth = 80)
    {
        var widths = headers.Select((h, i) => Math.Min(maxColumnWidth, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
        WriteRow(writer, headers, widths, bold: Ansi.Enabled(writer));
        WriteRow(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths, bool bold = false)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i].Length > widths[i] ? string.Concat(cells[i].AsSpan(0, widths[i] - 1), "…") : cells[i];
            line.Append(i == cells.Length - 1 ? cell : cell.PadRight(widths[i] + 2));
        }

        var text = line.ToString().TrimEnd();
        writer.WriteLine(bold ? Ansi.Bold(writer, text) : text);
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
