namespace Iso27k.Testing.Tests;

// The real files of data/ and data/samples/, read once: the starting points of the mutation tests.
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data", "samples")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("data/samples not found above " + AppContext.BaseDirectory);
    });

    public static byte[] Read(string relativePath) => File.ReadAllBytes(Path.Combine(Root.Value, relativePath));
}
