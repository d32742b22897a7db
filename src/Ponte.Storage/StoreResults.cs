using Ponte.Core.Model;

namespace Ponte.Storage;

/// <summary>What saving did with one document.</summary>
public enum SaveStatus
{
    /// <summary>The text was new: the document and its analysis were stored.</summary>
    Added,

    /// <summary>The text was already stored; a place it was read from was new and has been recorded.</summary>
    OriginAdded,

    /// <summary>The text and every origin were already stored; nothing changed.</summary>
    Known,
}

/// <summary>The fate of one document of a batch.</summary>
public sealed record SaveOutcome(string DocumentId, SaveStatus Status);

/// <summary>The fate of every document of a batch, in batch order.</summary>
public sealed record SaveResult(IReadOnlyList<SaveOutcome> Outcomes)
{
    /// <summary>Documents stored for the first time.</summary>
    public int Added => Outcomes.Count(o => o.Status == SaveStatus.Added);

    /// <summary>Known documents that gained an origin.</summary>
    public int OriginAdded => Outcomes.Count(o => o.Status == SaveStatus.OriginAdded);

    /// <summary>Documents that were already stored exactly so.</summary>
    public int Known => Outcomes.Count(o => o.Status == SaveStatus.Known);
}

/// <summary>A place a stored document was read from, and when Ponte first read it there.</summary>
public sealed record StoredOrigin(Origin Origin, DateTimeOffset FirstSeen);

/// <summary>A stored document: the analysis as saved (its document carrying every known origin) and when it was first stored.</summary>
public sealed record StoredDocument(DocumentAnalysis Analysis, IReadOnlyList<StoredOrigin> Origins, DateTimeOffset IngestedAt)
{
    /// <summary>The document itself.</summary>
    public Document Document => Analysis.Document;
}

/// <summary>
/// One search result. <see cref="Snippet"/> is a sentence of the original text (not the folded index) around the best match,
/// and <see cref="SnippetSpan"/> says where it is in that text.
/// </summary>
public sealed record SearchHit(
    string DocumentId,
    string? Title,
    string Language,
    string? File,
    string Snippet,
    TextSpan SnippetSpan,
    double Score);

/// <summary>A stored mention of an entity, for linking entities across documents.</summary>
public sealed record StoredMention(string DocumentId, EntityType Type, string Key, string Name, string Text, TextSpan Span);

/// <summary>
/// Store-wide counts. Sources without a name are counted under the empty string. <see cref="Earliest"/> and
/// <see cref="Latest"/> are the published dates that start first and end last.
/// </summary>
public sealed record StoreStats(
    long Documents,
    IReadOnlyDictionary<string, long> Languages,
    IReadOnlyDictionary<string, long> Sources,
    long Origins,
    long Problems,
    long Rejected,
    PartialDate? Earliest,
    PartialDate? Latest);

/// <summary>An input that could not be ingested, kept so it can be listed and replayed.</summary>
public sealed record RejectedInput(Problem Problem, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int Times);

/// <summary>
/// The store itself cannot be used: the file is not a Ponte database, or it was written by a newer Ponte. Data problems
/// are never reported this way.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
