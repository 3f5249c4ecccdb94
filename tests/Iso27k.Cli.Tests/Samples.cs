namespace Iso27k.Cli.Tests;

/// <summary>Paths to the repository's sample files and a scratch folder per test.</summary>
internal static class Samples
{
    public static string Root => Iso27k.Tests.Shared.RepositoryPaths.Root;

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static ScratchDirectory TempDirectory() => new();
}
