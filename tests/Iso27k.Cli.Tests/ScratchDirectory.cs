namespace Iso27k.Cli.Tests;

/// <summary>A fresh folder under the system's temporary path, deleted with everything in it on dispose.</summary>
/// <remarks>Converts to its path, so a test can pass it where the command line expects a folder.</remarks>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = Directory.CreateTempSubdirectory("iso27k-cli-").FullName;
    }

    public string Path { get; }

    public static implicit operator string(ScratchDirectory directory) => directory.Path;

    public override string ToString() => Path;

    public void Dispose()
    {
        // A test that failed half-way may have left the folder in use or already gone; neither should hide its result.
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
