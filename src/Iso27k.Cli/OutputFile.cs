using System.Text;

namespace Iso27k.Cli;

/// <summary>Writes a verb's data to stdout, or to the file named by --out.</summary>
internal static class OutputFile
{
    public static int Write(CliContext context, FileInfo? file, Action<TextWriter> write)
    {
        if (file is null)
        {
            write(context.Out);
            context.Out.Flush();
            return ExitCodes.Success;
        }

        try
        {
            if (file.Directory is { Exists: false } directory)
            {
                directory.Create();
            }

            using (var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.NewLine = "\n";
                write(writer);
            }

            context.Error.WriteLine($"Wrote {file.FullName}");
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return context.Fail($"cannot write {file.FullName}: {ex.Message}");
        }
    }

    /// <summary>Creates the folder a file will be written to, so --out may name a new folder.</summary>
    public static FileInfo Prepare(FileInfo file)
    {
        if (file.Directory is { Exists: false } directory)
        {
            directory.Create();
        }

        return file;
    }

    /// <summary>Writes what a stream-based writer produces (UTF-8 JSON, SARIF) to a text writer, with a final newline.</summary>
    public static void WriteUtf8(TextWriter writer, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }
}
