namespace Ponte.Pipeline.Ingest;

/// <summary>One input as the user named it: a file path, a URL, or "-" for standard input.</summary>
public sealed record InputSource(string Location);

/// <summary>
/// Reads inputs — files, folders, gzip, JSON Lines, HTML, feeds, standard input — into raw documents and problems.
/// Streams: a folder of a million files is never held in memory. Never throws on data.
/// </summary>
public interface IInputReader
{
    /// <summary>Reads every document reachable from <paramref name="source"/>.</summary>
    IEnumerable<ReadResult> Read(InputSource source, CancellationToken cancellationToken = default);
}
