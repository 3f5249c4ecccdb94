namespace Iso27k.Tests.Shared;

// Linked into every test project: the repository root, found by walking up from the test binaries to the solution
// file, so tests can read data/, docs/ and the approved API files wherever the repository is cloned.
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(Find);

    public static string Root => RootPath.Value;

    public static string Of(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Iso27k.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
