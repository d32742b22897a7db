using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Cli;

/// <summary>
/// What an ingest will read, measured before it starts so a progress bar has a total: the bytes of every file the reader
/// will take, walking folders as it does. Standard input and URLs have no size known beforehand and add nothing.
/// </summary>
internal static class IngestPlan
{
    /// <summary>The bytes of all local files <paramref name="inputs"/> name, folders walked recursively; streams, never lists.</summary>
    public static long TotalBytes(IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        var total = 0L;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                total += FolderBytes(input, cancellationToken);
            }
            else if (IsLocal(input))
            {
                total += FileBytes(input);
            }
        }

        return total;
    }

    /// <summary>The bytes of the file a read result came from (0 for standard input, URLs and missing files).</summary>
    public static long SizeOf(ReadResult result)
    {
        if (result.Documents.Count > 0)
        {
            var origin = result.Documents[0].Origin;
            return origin.Kind == Origin.FileKind ? FileBytes(origin.Location) : 0;
        }

        var source = result.Problems.Count > 0 ? result.Problems[0].Source : null;
        return source is null || !IsLocal(source) ? 0 : FileBytes(source);
    }

    private static bool IsLocal(string location) => location != "-" && !location.Contains("://", StringComparison.Ordinal);

    private static long FolderBytes(string root, CancellationToken cancellationToken)
    {
        var total = 0L;
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            var folder = pending.Pop();
            try
            {
                foreach (var entry in folder.EnumerateFileSystemInfos())
                {
                    if (entry is DirectoryInfo sub)
                    {
                        if (InputReader.EntersFolder(sub.FullName))
                        {
                            pending.Push(sub);
                        }
                    }
                    else if (entry is FileInfo file && InputReader.TakesFromFolder(file.FullName))
                    {
                        total += file.Length;
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The reader reports an unreadable folder itself; the total simply leaves it out.
            }
        }

        return total;
    }

    private static long FileBytes(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }
}
