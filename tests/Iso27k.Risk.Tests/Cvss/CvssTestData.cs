using System.Globalization;

namespace Iso27k.Risk.Tests.Cvss;

/// <summary>Loads the reference vector files in Cvss/Data from the source tree.</summary>
internal static class CvssTestData
{
    private static readonly Lazy<string> Directory = new(FindDirectory);

    public static IEnumerable<string[]> Lines(string fileName) =>
        File.ReadLines(Path.Combine(Directory.Value, fileName))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static double Score(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    // Test data is read from the source tree (not copied to the output) so that the test project file stays untouched;
    // walk up from the test binaries to the repository.
    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Iso27k.Risk.Tests", "Cvss", "Data");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/Iso27k.Risk.Tests/Cvss/Data not found above " + AppContext.BaseDirectory);
    }
}
