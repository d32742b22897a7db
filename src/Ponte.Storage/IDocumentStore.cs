using System.Data.Common;
using Ponte.Core.Model;

namespace Ponte.Storage;

/// <summary>
/// Where analysed documents live. Saving is idempotent and atomic per batch: a document is keyed by the hash of its text, so
/// the same text read twice is stored once (with every place it was read from), and a batch that fails leaves nothing behind.
/// Implementations are safe to call from several threads; each call is one short unit of work.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>What this store is, for people: "SQLite ponte.db" or "PostgreSQL host:port/database" (never a password).</summary>
    string Description { get; }

    /// <summary>Number of stored documents.</summary>
    long Count { get; }

    /// <summary>Stores a batch in one transaction and says, per document and in batch order, what happened to it.</summary>
    SaveResult Save(IReadOnlyList<DocumentAnalysis> batch);

    /// <summary>The document with this id, or with the one id that starts with this prefix; null when none or several match.</summary>
    StoredDocument? Get(string idOrUniquePrefix);

    /// <summary>Ids that start with <paramref name="prefix"/>, at most <paramref name="limit"/>, so a caller can explain an ambiguous prefix.</summary>
    IReadOnlyList<string> FindIds(string prefix, int limit);

    /// <summary>
    /// Full-text search over folded title and text (case, accents and đ/ł-style letters ignored), best first, optionally in
    /// one language. Words are all required; a "quoted phrase" must appear in that order. An empty query finds nothing.
    /// </summary>
    IReadOnlyList<SearchHit> Search(string query, string? language, int limit);

    /// <summary>Every stored document, streamed in ingest order.</summary>
    IEnumerable<StoredDocument> All();

    /// <summary>Every mention of the entity with this key, across documents, in ingest order.</summary>
    IReadOnlyList<StoredMention> FindMentions(string entityKey);

    /// <summary>Counts and the published-date range of the store.</summary>
    StoreStats Stats();

    /// <summary>
    /// Remembers an input that could not be ingested (the problem's <see cref="Problem.Source"/> names it) so it can be listed
    /// and replayed. Recording the same code for the same source again only updates when it was last seen; a later successful
    /// save from that source forgets it.
    /// </summary>
    void RecordRejected(Problem problem);

    /// <summary>The rejected inputs still outstanding, oldest first.</summary>
    IReadOnlyList<RejectedInput> Rejected();

    /// <summary>
    /// A new open connection to the store's database, for companion tables kept beside the documents (the knowledge
    /// index). The caller owns and disposes it; the store's own tables are read and written only through this interface.
    /// </summary>
    DbConnection OpenConnection();

    /// <summary>Opens the store's knowledge index (store-wide entities, stories, links) on a connection of its own; dispose it.</summary>
    Knowledge.SqlKnowledgeIndex OpenKnowledge() => new(OpenConnection());
}
