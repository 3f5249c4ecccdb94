using System.Globalization;

namespace Iso27k.Testing.Tests;

// A CSV SoA of any number of rows, produced row by row: a 1,000,000-row import without a file or a string.
internal sealed class GeneratedCsv(long rows, Func<long, string> row) : TextReader
{
    private string current = "control_id,applicable,reasons,justification,status,owner,evidence,last_reviewed,notes\n";
    private int index;
    private long next;

    public long RowsProduced => next;

    public static GeneratedCsv ValidRows(long rows) =>
        new(rows, i => string.Create(CultureInfo.InvariantCulture, $"{5 + (i % 4)}.{1 + (i % 37)},yes,legal,,implemented,CISO,EV-{i},2026-01-10,\n"));

    public static GeneratedCsv InvalidRows(long rows) =>
        new(rows, i => string.Create(CultureInfo.InvariantCulture, $"X-{i},maybe,,,,,,,\n"));

    public override int Peek() => Fill() ? current[index] : -1;

    public override int Read() => Fill() ? current[index++] : -1;

    private bool Fill()
    {
        while (index >= current.Length)
        {
            if (next >= rows)
            {
                return false;
            }

            current = row(next++);
            index = 0;
        }

        return true;
    }
}
