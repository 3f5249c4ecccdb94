namespace Iso27k.Benchmarks;

// Benchmarks reuse the repository's sample documents, found from the build output folder.
internal static class SamplePaths
{
    public static string Root { get; } = Find();

    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Iso27k.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
