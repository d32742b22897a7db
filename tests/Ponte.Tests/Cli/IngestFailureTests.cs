using System.Data.Common;
using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Storage;
using Ponte.Storage.Sqlite;

namespace Ponte.Tests.Cli;

/// <summary>An ingest whose store fails part-way stops with the store's error, and keeps what it had stored and linked.</summary>
public sealed class IngestFailureTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ponte-failure-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_store_that_fails_stops_the_ingest_with_its_error_and_keeps_the_batches_before()
    {
        var inputs = Inputs("in", 12, i => $"Report {i}: the Italy-ASEAN business forum in Jakarta drew {100 + i} companies on Tuesday.");

        using var sqlite = new SqliteDocumentStore(Path.Combine(_folder.FullName, "p.db"));
        using var store = new FailingStore(sqlite, failOnSave: 3);
        using var index = sqlite.OpenKnowledge();
        var ingestor = new Ingestor(Composition.CreatePipeline(), Composition.CreateReader(), Composition.CreateLinker(), batchSize: 2);

        var error = Assert.Throws<IOException>(() => ingestor.Run([inputs.FullName], store, index));

        Assert.Equal("disk full (test)", error.Message);
        Assert.Equal(4, sqlite.Count);
        Assert.Equal(4, index.AllLinks().Count());
        Assert.Equal(3, store.Saves);
    }

    [Fact]
    public void Every_stored_document_is_linked_in_the_database_when_the_ingest_returns()
    {
        var inputs = Inputs("all", 9, i => $"Report {i}: ministers from Italy and Thailand met in Bangkok on {i + 1} March 2025 to discuss {i + 3} new projects.");

        using var store = new SqliteDocumentStore(Path.Combine(_folder.FullName, "q.db"));
        using var index = store.OpenKnowledge();
        var ingestor = new Ingestor(Composition.CreatePipeline(), Composition.CreateReader(), Composition.CreateLinker(), batchSize: 2);

        var summary = ingestor.Run([inputs.FullName], store, index);

        // Read through a second connection: what the index holds in memory does not count.
        using var reader = store.OpenKnowledge();
        Assert.Equal(9, summary.Ingested);
        Assert.Equal(9, reader.AllLinks().Count());
    }

    // A folder of `count` one-sentence reports, each its own document.
    private DirectoryInfo Inputs(string name, int count, Func<int, string> text)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, name));
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder.FullName, $"{i:D2}.txt"), text(i));
        }

        return folder;
    }

    /// <summary>A real store whose n-th save throws, as a full disk would.</summary>
    private sealed class FailingStore(IDocumentStore inner, int failOnSave) : IDocumentStore
    {
        public int Saves { get; private set; }

        public string Description => inner.Description;

        public long Count => inner.Count;

        public SaveResult Save(IReadOnlyList<DocumentAnalysis> batch) =>
            ++Saves == failOnSave ? throw new IOException("disk full (test)") : inner.Save(batch);

        public StoredDocument? Get(string idOrUniquePrefix) => inner.Get(idOrUniquePrefix);

        public IReadOnlyList<string> FindIds(string prefix, int limit) => inner.FindIds(prefix, limit);

        public IReadOnlyList<SearchHit> Search(string query, string? language, int limit) => inner.Search(query, language, limit);

        public IEnumerable<StoredDocument> All() => inner.All();

        public IReadOnlyList<StoredMention> FindMentions(string entityKey) => inner.FindMentions(entityKey);

        public StoreStats Stats() => inner.Stats();

        public void RecordRejected(Problem problem) => inner.RecordRejected(problem);

        public IReadOnlyList<RejectedInput> Rejected() => inner.Rejected();

        public DbConnection OpenConnection() => inner.OpenConnection();

        public void Dispose()
        {
        }
    }
}
