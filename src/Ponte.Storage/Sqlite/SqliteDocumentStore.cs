using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Ponte.Core.Model;
using Ponte.Storage.Search;

namespace Ponte.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Each batch is one IMMEDIATE transaction, so a process killed at any
/// moment leaves the file at the last committed batch; readers never block the writer. Full-text search runs on an FTS5
/// index of the folded title and text, ranked by BM25 with the title weighted five times the body.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    /// <summary>The file used when nothing else is configured.</summary>
    public const string DefaultPath = "ponte.db";

    private const int NotADatabase = 26;

    private const string DocumentColumns = """
        d.seq, d.id, d.language, d.language_confidence, d.source, d.title, d.author, d.published, d.published_inferred,
        d.ingested_at, d.text, d.analysis,
        (SELECT json_group_array(json_array(o.location, o.kind, o.first_seen))
           FROM (SELECT location, kind, first_seen FROM origins WHERE document_seq = d.seq ORDER BY seq) AS o)
        """;

    private readonly string connectionString;
    private readonly SqliteConnection connection;
    private readonly TimeProvider time;
    private readonly Lock gate = new();

    // Taken by every write transaction of this store and of the knowledge index opened on it. SQLite lets one connection
    // write at a time, and a connection that finds the file locked polls with growing sleeps (1, 2, 5… up to 100 ms): during
    // ingest the linking thread's flush spent 19 s of a 122 s run (30,000 documents) waiting that way behind saves. Waiting
    // here instead wakes it the moment the save commits. Other processes still take turns through the busy timeout.
    private readonly SemaphoreSlim writing = new(1, 1);
    private SqliteWriter? writer;
    private bool disposed;

    /// <summary>Opens (creating if needed) the store in the file at <paramref name="path"/> and brings its schema up to date.</summary>
    public SqliteDocumentStore(string path, TimeProvider? time = null)
        : this(path, time, SqliteMigrations.All.Count)
    {
    }

    private SqliteDocumentStore(string path, TimeProvider? time, int targetVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        this.time = time ?? TimeProvider.System;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            // WAL: readers and one writer work at once and a crash never corrupts; NORMAL syncs at checkpoints, which in WAL
            // mode can lose the last commits on power loss but never consistency.
            connection.Execute("PRAGMA journal_mode = WAL");
            Configure(connection);
            Migrate(targetVersion);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == NotADatabase)
        {
            connection.Dispose();
            throw new StoreException($"{Path} is not a SQLite database.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Description => $"SQLite {Path}";

    /// <summary>Schema versions this build knows.</summary>
    public static int SchemaVersion => SqliteMigrations.All.Count;

    /// <summary>Test hook: runs inside the batch transaction after each document, so tests can fail a batch half-way.</summary>
    internal Action<int>? AfterDocumentWritten { get; set; }

    /// <inheritdoc />
    public long Count
    {
        get
        {
            lock (gate)
            {
                ThrowIfDisposed();
                return connection.ExecuteScalar<long>("SELECT count(*) FROM documents");
            }
        }
    }

    /// <summary>Creates or upgrades a store file only up to <paramref name="version"/>, as an older Ponte would have left it.</summary>
    internal static void CreateAtVersion(string path, int version) => new SqliteDocumentStore(path, null, version).Dispose();

    /// <inheritdoc />
    public SaveResult Save(IReadOnlyList<DocumentAnalysis> batch)
    {
        DocumentRow.Validate(batch);
        if (batch.Count == 0)
        {
            return new SaveResult([]);
        }

        lock (gate)
        {
            ThrowIfDisposed();
            var statements = writer ??= new SqliteWriter(connection);
            var now = StoredDocuments.FormatTime(time.GetUtcNow());
            var outcomes = new SaveOutcome[batch.Count];

            // Rows are built before the write turn is taken, which the knowledge index's flush waits on. A document stored
            // meanwhile by another process is found again inside the transaction, and its row is not used.
            var rows = DocumentRow.ForNew(batch, statements.Exists);

            using var write = EnterWrite();
            using var transaction = connection.BeginTransaction(deferred: false);
            statements.Enlist(transaction);
            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    outcomes[i] = new SaveOutcome(batch[i].Document.Id, statements.Save(batch[i], rows[i], now));
                    AfterDocumentWritten?.Invoke(i);
                }

                transaction.Commit();
            }
            finally
            {
                statements.Enlist(null);
            }

            return new SaveResult(outcomes);
        }
    }

    /// <inheritdoc />
    public StoredDocument? Get(string idOrUniquePrefix)
    {
        ArgumentNullException.ThrowIfNull(idOrUniquePrefix);
        var key = idOrUniquePrefix.Trim();
        lock (gate)
        {
            ThrowIfDisposed();
            return StoredDocuments.ByIdOrUniquePrefix(
                key,
                id => ReadPage($"SELECT {DocumentColumns} FROM documents d WHERE d.id = $id", ("$id", id)),
                (low, high) => ReadPage(
                    $"SELECT {DocumentColumns} FROM documents d WHERE d.id >= $low AND d.id < $high ORDER BY d.id LIMIT 2",
                    ("$low", low), ("$high", high)));
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> FindIds(string prefix, int limit)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var low = prefix.Trim().ToLowerInvariant();
        if (!DocumentRow.IsIdPrefix(low))
        {
            return [];
        }

        lock (gate)
        {
            ThrowIfDisposed();
            return connection.Query<string>(
                "SELECT id FROM documents WHERE id >= @low AND id < @high ORDER BY id LIMIT @limit",
                new { low, high = DocumentRow.PrefixUpperBound(low), limit }).AsList();
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, string? language, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return [];
        }

        // BM25 costs a few microseconds per match, so ranking a word found in every document of a large store would take
        // most of a second: only the newest MaxRanked matches are ranked (finding them walks the index without ranking).
        // Without a language filter the ranking runs on the index alone and only the winners are joined; with one, the
        // filter applies before both the cut and the limit.
        var sql = string.IsNullOrWhiteSpace(language)
            ? $"""
              SELECT {SearchHits.Columns}, f.rank
              FROM (SELECT rowid, rank FROM document_text
                    WHERE document_text MATCH $query
                      AND rowid >= coalesce((SELECT rowid FROM document_text WHERE document_text MATCH $query
                                             ORDER BY rowid DESC LIMIT 1 OFFSET $skip), 0)
                    ORDER BY rank LIMIT $limit) AS f
              JOIN documents d ON d.seq = f.rowid
              ORDER BY f.rank
              """
            : $"""
              SELECT {SearchHits.Columns}, document_text.rank
              FROM document_text JOIN documents d ON d.seq = document_text.rowid
              WHERE document_text MATCH $query AND d.language = $language COLLATE NOCASE
                AND document_text.rowid >= coalesce((
                    SELECT t.rowid FROM document_text t JOIN documents l ON l.seq = t.rowid
                    WHERE t.document_text MATCH $query AND l.language = $language COLLATE NOCASE
                    ORDER BY t.rowid DESC LIMIT 1 OFFSET $skip), 0)
              ORDER BY document_text.rank
              LIMIT $limit
              """;

        lock (gate)
        {
            ThrowIfDisposed();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$query", parsed.ToFts5());
            command.Parameters.AddWithValue("$limit", limit);
            command.Parameters.AddWithValue("$skip", DocumentStores.MaxRanked - 1);
            command.Parameters.AddWithValue("$language", language?.Trim() ?? string.Empty);

            // BM25 ranks lower as better.
            return SearchHits.Read(command, parsed.Words, static (reader, i) => -reader.GetDouble(i));
        }
    }

    /// <inheritdoc />
    public IEnumerable<StoredDocument> All()
    {
        ThrowIfDisposed();
        return StoredDocuments.Stream(after =>
        {
            // Other calls can run between pages, so the WAL is never pinned by a slow consumer.
            lock (gate)
            {
                ThrowIfDisposed();
                return ReadPage(
                    $"SELECT {DocumentColumns} FROM documents d WHERE d.seq > $after ORDER BY d.seq LIMIT $limit",
                    ("$after", after), ("$limit", StoredDocuments.PageSize));
            }
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredMention> FindMentions(string entityKey)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        lock (gate)
        {
            ThrowIfDisposed();
            return StoredDocuments.MentionsOf(
                ReadPage($"SELECT {DocumentColumns} FROM entity_documents e JOIN documents d ON d.seq = e.document_seq WHERE e.entity_key = $key",
                    ("$key", entityKey)),
                entityKey);
        }
    }

    /// <inheritdoc />
    public StoreStats Stats()
    {
        lock (gate)
        {
            ThrowIfDisposed();
            var (documents, origins, problems, rejected) = connection.QuerySingle<(long, long, long, long)>("""
                SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM origins),
                       (SELECT ifnull(sum(problem_count), 0) FROM documents WHERE problem_count > 0), (SELECT count(*) FROM rejected)
                """);
            var languages = connection.Query<(string, long)>("SELECT language, count(*) FROM documents GROUP BY language")
                .ToDictionary(r => r.Item1, r => r.Item2);
            // Grouped by the column itself so its index serves; no source and an empty source are the same to people.
            var sources = connection.Query<(string?, long)>("SELECT source, count(*) FROM documents GROUP BY source")
                .GroupBy(r => r.Item1 ?? string.Empty)
                .ToDictionary(g => g.Key, g => g.Sum(r => r.Item2));
            var earliest = connection.QueryFirstOrDefault<(string?, long)>(
                "SELECT published, published_inferred FROM documents WHERE published_start IS NOT NULL ORDER BY published_start, seq LIMIT 1");
            var latest = connection.QueryFirstOrDefault<(string?, long)>(
                "SELECT published, published_inferred FROM documents WHERE published_end IS NOT NULL ORDER BY published_end DESC, seq LIMIT 1");
            return new StoreStats(documents, languages, sources, origins, problems, rejected, Date(earliest), Date(latest));
        }

        static PartialDate? Date((string? Value, long Inferred) row) =>
            PartialDate.TryParse(row.Value) is { } date ? date with { Inferred = row.Inferred != 0 } : null;
    }

    /// <inheritdoc />
    public void RecordRejected(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        lock (gate)
        {
            ThrowIfDisposed();
            using var write = EnterWrite();
            connection.Execute("""
                INSERT INTO rejected (source, code, message, span_start, span_end, first_seen, last_seen)
                VALUES (@source, @code, @message, @start, @end, @now, @now)
                ON CONFLICT (source, code) DO UPDATE SET
                    message = excluded.message, span_start = excluded.span_start, span_end = excluded.span_end,
                    last_seen = excluded.last_seen, times = times + 1
                """,
                new
                {
                    source = problem.Source ?? string.Empty,
                    code = problem.Code,
                    message = problem.Message,
                    start = problem.Span?.Start,
                    end = problem.Span?.End,
                    now = StoredDocuments.FormatTime(time.GetUtcNow()),
                });
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RejectedInput> Rejected()
    {
        lock (gate)
        {
            ThrowIfDisposed();
            return connection.Query<(string Source, string Code, string Message, long? Start, long? End, string First, string Last, long Times)>(
                    "SELECT source, code, message, span_start, span_end, first_seen, last_seen, times FROM rejected ORDER BY seq")
                .Select(r => new RejectedInput(
                    new Problem(r.Code, r.Message, r.Source.Length == 0 ? null : r.Source,
                        r.Start is { } s && r.End is { } e ? new TextSpan((int)s, (int)e) : null),
                    StoredDocuments.ParseTime(r.First),
                    StoredDocuments.ParseTime(r.Last),
                    (int)r.Times))
                .ToArray();
        }
    }

    /// <inheritdoc />
    public Knowledge.SqlKnowledgeIndex OpenKnowledge() => new(OpenConnection(), EnterWrite);

    /// <inheritdoc />
    public DbConnection OpenConnection()
    {
        ThrowIfDisposed();
        var other = new SqliteConnection(connectionString);
        try
        {
            other.Open();
            Configure(other);
            return other;
        }
        catch
        {
            other.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            writer?.Dispose();
            // Lets SQLite refresh the statistics its planner uses, cheaply, as its documentation advises on close.
            connection.Execute("PRAGMA optimize");
            connection.Dispose();
        }
    }

    // Per-connection settings. The busy timeout lets two connections or processes take turns at writing. A 64 MiB page
    // cache (SQLite's default is 2 MiB) keeps the upper levels of the growing indexes in memory (document ids, mentions,
    // the knowledge index's keys): new rows land anywhere in them, and with the small cache each insert read its pages
    // back from the OS. Ingest of 100,000 documents: 736 → 925 articles/s.
    // The WAL is copied into the database once it holds 16,384 pages (64 MiB) rather than SQLite's 1,000: a batch of 256
    // documents writes about 2.5 MiB, so the default checkpointed every other batch, rewriting the same index pages each time
    // and waiting on fsync in the storing thread. Storing 30,000 documents (`bench fill 30000`): 23.2 / 27.3 s → 16.4 / 15.6 s,
    // 486–533 → 458–508 µs of thread CPU per document. The cost: a power loss (not a crash) can drop up to that much of the
    // latest commits, never consistency; the WAL file is cut back to the same size after a checkpoint that grew it past it.
    private static void Configure(SqliteConnection connection) =>
        connection.Execute($"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA cache_size = -{PageCacheKib}; " +
            $"PRAGMA wal_autocheckpoint = {CheckpointPages}; PRAGMA journal_size_limit = {CheckpointPages * 4096L};");

    private const int PageCacheKib = 65536;

    /// <summary>WAL pages gathered before SQLite copies them into the database file.</summary>
    internal const int CheckpointPages = 16384;

    /// <summary>Sets this connection's page cache, in KiB; tests use SQLite's default to make a large batch spill into the WAL.</summary>
    internal void SetPageCache(int kib)
    {
        lock (gate)
        {
            connection.Execute($"PRAGMA cache_size = -{kib}");
        }
    }

    private void Migrate(int target)
    {
        var versioned = connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0;
        if (!versioned && connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") > 0)
        {
            throw new StoreException($"{Path} is a SQLite database but not a Ponte store (it has tables and no schema_version).");
        }

        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var step in SqliteMigrations.All.Take(target))
        {
            // IMMEDIATE takes the write lock before reading the version, so two processes opening an old file migrate it once.
            using var transaction = connection.BeginTransaction(deferred: false);
            var current = connection.ExecuteScalar<long>("SELECT ifnull(max(version), 0) FROM schema_version", transaction: transaction);
            if (current > SqliteMigrations.All.Count)
            {
                throw Migrations.TooNew(Path, (int)current, SqliteMigrations.All.Count);
            }

            if (current >= step.Version)
            {
                continue;
            }

            connection.Execute(step.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @now)",
                new { step.Version, step.Description, now = StoredDocuments.FormatTime(time.GetUtcNow()) },
                transaction);
            transaction.Commit();
        }

        var found = connection.ExecuteScalar<long>("SELECT ifnull(max(version), 0) FROM schema_version");
        if (found > SqliteMigrations.All.Count)
        {
            throw Migrations.TooNew(Path, (int)found, SqliteMigrations.All.Count);
        }
    }

    private List<(long Seq, StoredDocument Document)> ReadPage(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return StoredDocuments.Read(command, static (reader, i) => StoredDocuments.ParseTime(reader.GetString(i)));
    }

    /// <summary>Holds this store's write gate until disposed.</summary>
    private IDisposable EnterWrite()
    {
        writing.Wait();
        return new WriteTurn(writing);
    }

    private sealed class WriteTurn(SemaphoreSlim gate) : IDisposable
    {
        private SemaphoreSlim? held = gate;

        public void Dispose() => Interlocked.Exchange(ref held, null)?.Release();
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);
}
