using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using Ponte.Core.Model;
using Ponte.Storage.Search;

namespace Ponte.Storage.Postgres;

/// <summary>
/// The server store: the same contract and tables as the SQLite store, on PostgreSQL. Each batch is one transaction; a
/// document is inserted with ON CONFLICT DO NOTHING, so two processes ingesting the same text at once still store it once.
/// Search uses a <c>tsvector</c> of the folded title (weight A) and text (weight B) under the <c>simple</c> configuration,
/// ranked by <c>ts_rank_cd</c>. PostgreSQL text cannot hold U+0000, so that character is stored as U+FFFD (offsets stay valid).
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore
{
    /// <summary>Characters of folded text indexed per document: keeps every tsvector well under PostgreSQL's 1 MB limit.</summary>
    public const int MaxIndexedChars = 150_000;

    private const string DocumentColumns = """
        d.seq, d.id, d.language, d.language_confidence, d.source, d.title, d.author, d.published, d.published_inferred,
        d.ingested_at, d.text, d.analysis::text,
        (SELECT coalesce(json_agg(json_build_array(o.location, o.kind, o.first_seen) ORDER BY o.seq), '[]'::json)::text
           FROM origins o WHERE o.document_seq = d.seq)
        """;

    private readonly NpgsqlDataSource dataSource;
    private readonly TimeProvider time;
    private volatile bool disposed;

    /// <summary>Connects to the server <paramref name="connectionString"/> names and brings the schema up to date.</summary>
    public PostgresDocumentStore(string connectionString, TimeProvider? time = null)
        : this(connectionString, time, PostgresMigrations.All.Count)
    {
    }

    private PostgresDocumentStore(string connectionString, TimeProvider? time, int targetVersion)
    {
        var builder = PostgresConnectionStrings.Parse(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            // Reads are the same few statements over and over: let Npgsql keep them prepared on each pooled connection.
            builder.MaxAutoPrepare = 32;
        }

        Description = PostgresConnectionStrings.Describe(builder);
        this.time = time ?? TimeProvider.System;
        dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            Migrate(targetVersion);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            dataSource.Dispose();
            throw new StoreException($"Cannot reach {Description}: {e.Message}", e);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Schema versions this build knows.</summary>
    public static int SchemaVersion => PostgresMigrations.All.Count;

    /// <summary>Test hook: runs inside the batch transaction after each document, so tests can fail a batch half-way.</summary>
    internal Action<int>? AfterDocumentWritten { get; set; }

    /// <inheritdoc />
    public long Count
    {
        get
        {
            using var connection = Connect();
            return connection.ExecuteScalar<long>("SELECT count(*) FROM documents");
        }
    }

    /// <summary>Creates or upgrades a schema only up to <paramref name="version"/>, as an older Ponte would have left it.</summary>
    internal static void CreateAtVersion(string connectionString, int version) =>
        new PostgresDocumentStore(connectionString, null, version).Dispose();

    /// <inheritdoc />
    public SaveResult Save(IReadOnlyList<DocumentAnalysis> batch)
    {
        DocumentRow.Validate(batch);
        if (batch.Count == 0)
        {
            return new SaveResult([]);
        }

        var now = time.GetUtcNow();
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var known = connection.Query<(string Id, long Seq)>(
                "SELECT id, seq FROM documents WHERE id = ANY(@ids)",
                new { ids = batch.Select(a => Clean(a.Document.Id)).Distinct().ToArray() },
                transaction)
            .ToDictionary(r => r.Id, r => r.Seq, StringComparer.Ordinal);
        var rows = DocumentRow.ForNew(batch, id => known.ContainsKey(Clean(id)));

        using var insertDocument = Command(connection, transaction, """
            INSERT INTO documents (id, language, language_confidence, source, title, author, published, published_precision,
                published_inferred, published_start, published_end, problem_count, ingested_at, text, analysis)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            ON CONFLICT (id) DO NOTHING
            RETURNING seq
            """,
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Double, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
            NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Boolean, NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Integer,
            NpgsqlDbType.TimestampTz, NpgsqlDbType.Text, NpgsqlDbType.Jsonb);
        using var findDocument = Command(connection, transaction, "SELECT seq FROM documents WHERE id = $1", NpgsqlDbType.Text);
        using var insertText = Command(connection, transaction, """
            INSERT INTO document_text (document_seq, search)
            VALUES ($1, setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B'))
            """,
            NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text);
        using var insertOrigin = Command(connection, transaction, """
            INSERT INTO origins (document_seq, location, kind, first_seen) VALUES ($1, $2, $3, $4)
            ON CONFLICT (document_seq, location, kind) DO NOTHING
            """,
            NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz);
        using var clearRejected = Command(connection, transaction, "DELETE FROM rejected WHERE source = $1", NpgsqlDbType.Text);

        var entityKeys = new List<(long Seq, string Key)>();
        var outcomes = new SaveOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var analysis = batch[i];
            var document = analysis.Document;
            var id = Clean(document.Id);
            var added = false;
            if (!known.TryGetValue(id, out var seq))
            {
                var row = rows[i] ?? DocumentRow.From(analysis);
                var inserted = InsertDocument(insertDocument, row, now);
                if (inserted is { } newSeq)
                {
                    seq = newSeq;
                    added = true;
                    insertText.Parameters[0].Value = seq;
                    insertText.Parameters[1].Value = row.FoldedTitle;
                    insertText.Parameters[2].Value = Indexed(row.FoldedText);
                    insertText.ExecuteNonQuery();
                    entityKeys.AddRange(row.EntityKeys(Clean).Select(key => (seq, key)));
                }
                else
                {
                    // Another process stored the same text after our lookup: its row is committed and visible now.
                    findDocument.Parameters[0].Value = id;
                    seq = (long)findDocument.ExecuteScalar()!;
                }

                known[id] = seq;
            }

            var originAdded = false;
            foreach (var origin in document.Origins)
            {
                insertOrigin.Parameters[0].Value = seq;
                insertOrigin.Parameters[1].Value = Clean(origin.Location);
                insertOrigin.Parameters[2].Value = Clean(origin.Kind);
                insertOrigin.Parameters[3].Value = now;
                originAdded |= insertOrigin.ExecuteNonQuery() > 0;
                clearRejected.Parameters[0].Value = Clean(origin.Location);
                clearRejected.ExecuteNonQuery();
            }

            outcomes[i] = new SaveOutcome(document.Id, added ? SaveStatus.Added : originAdded ? SaveStatus.OriginAdded : SaveStatus.Known);
            AfterDocumentWritten?.Invoke(i);
        }

        CopyEntityKeys(connection, entityKeys);
        transaction.Commit();
        return new SaveResult(outcomes);
    }

    /// <inheritdoc />
    public StoredDocument? Get(string idOrUniquePrefix)
    {
        ArgumentNullException.ThrowIfNull(idOrUniquePrefix);
        var key = Clean(idOrUniquePrefix.Trim());
        using var connection = Connect();
        return StoredDocuments.ByIdOrUniquePrefix(
            key,
            id => ReadDocuments(connection, $"SELECT {DocumentColumns} FROM documents d WHERE d.id = $1", id),
            (low, high) => ReadDocuments(connection,
                $"SELECT {DocumentColumns} FROM documents d WHERE d.id >= $1 AND d.id < $2 ORDER BY d.id LIMIT 2", low, high));
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

        using var connection = Connect();
        return connection.Query<string>(
            "SELECT id FROM documents WHERE id >= @low AND id < @high ORDER BY id LIMIT @limit",
            new { low, high = DocumentRow.PrefixUpperBound(low), limit }).AsList();
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

        // As in the SQLite store, only the newest MaxRanked matches are ranked: ts_rank_cd reads each match's tsvector.
        var filtered = !string.IsNullOrWhiteSpace(language);
        var sql = $"""
            WITH q AS (SELECT to_tsquery('simple', $1) AS q),
            matches AS (
                SELECT t.document_seq, t.search
                FROM document_text t {(filtered ? "JOIN documents l ON l.seq = t.document_seq" : "")}, q
                WHERE t.search @@ q.q {(filtered ? "AND lower(l.language) = lower($3)" : "")}
                ORDER BY t.document_seq DESC
                LIMIT {DocumentStores.MaxRanked}),
            ranked AS (
                SELECT m.document_seq, ts_rank_cd(m.search, q.q) AS score
                FROM matches m, q
                ORDER BY score DESC, m.document_seq DESC
                LIMIT $2)
            SELECT {SearchHits.Columns}, r.score
            FROM ranked r JOIN documents d ON d.seq = r.document_seq
            ORDER BY r.score DESC, r.document_seq DESC
            """;

        using var connection = Connect();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = parsed.ToTsQuery() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = limit });
        if (filtered)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = Clean(language!.Trim()) });
        }

        return SearchHits.Read(command, parsed.Words, static (reader, i) => reader.GetFloat(i));
    }

    /// <inheritdoc />
    public IEnumerable<StoredDocument> All()
    {
        ThrowIfDisposed();
        return StoredDocuments.Stream(after =>
        {
            using var connection = Connect();
            return ReadDocuments(connection,
                $"SELECT {DocumentColumns} FROM documents d WHERE d.seq > $1 ORDER BY d.seq LIMIT $2",
                after, StoredDocuments.PageSize);
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredMention> FindMentions(string entityKey)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        using var connection = Connect();
        var key = Clean(entityKey);
        return StoredDocuments.MentionsOf(
            ReadDocuments(connection,
                $"SELECT {DocumentColumns} FROM entity_documents e JOIN documents d ON d.seq = e.document_seq WHERE e.entity_key = $1", key),
            key);
    }

    /// <inheritdoc />
    public StoreStats Stats()
    {
        using var connection = Connect();
        var (documents, origins, problems, rejected) = connection.QuerySingle<(long, long, long, long)>("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM origins),
                   (SELECT coalesce(sum(problem_count), 0)::bigint FROM documents WHERE problem_count > 0), (SELECT count(*) FROM rejected)
            """);
        var languages = connection.Query<(string, long)>("SELECT language, count(*) FROM documents GROUP BY language")
            .ToDictionary(r => r.Item1, r => r.Item2);
        var sources = connection.Query<(string, long)>("SELECT coalesce(source, ''), count(*) FROM documents GROUP BY coalesce(source, '')")
            .ToDictionary(r => r.Item1, r => r.Item2);
        var earliest = connection.QueryFirstOrDefault<(string?, bool)>(
            "SELECT published, published_inferred FROM documents WHERE published_start IS NOT NULL ORDER BY published_start, seq LIMIT 1");
        var latest = connection.QueryFirstOrDefault<(string?, bool)>(
            "SELECT published, published_inferred FROM documents WHERE published_end IS NOT NULL ORDER BY published_end DESC, seq LIMIT 1");
        return new StoreStats(documents, languages, sources, origins, problems, rejected, Date(earliest), Date(latest));

        static PartialDate? Date((string? Value, bool Inferred) row) =>
            PartialDate.TryParse(row.Value) is { } date ? date with { Inferred = row.Inferred } : null;
    }

    /// <inheritdoc />
    public void RecordRejected(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        using var connection = Connect();
        connection.Execute("""
            INSERT INTO rejected (source, code, message, span_start, span_end, first_seen, last_seen)
            VALUES (@source, @code, @message, @start, @end, @now, @now)
            ON CONFLICT (source, code) DO UPDATE SET
                message = excluded.message, span_start = excluded.span_start, span_end = excluded.span_end,
                last_seen = excluded.last_seen, times = rejected.times + 1
            """,
            new
            {
                source = Clean(problem.Source ?? string.Empty),
                code = Clean(problem.Code),
                message = Clean(problem.Message),
                start = problem.Span?.Start,
                end = problem.Span?.End,
                now = time.GetUtcNow(),
            });
    }

    /// <inheritdoc />
    public IReadOnlyList<RejectedInput> Rejected()
    {
        using var connection = Connect();
        return connection.Query<(string Source, string Code, string Message, int? Start, int? End, DateTime First, DateTime Last, int Times)>(
                "SELECT source, code, message, span_start, span_end, first_seen, last_seen, times FROM rejected ORDER BY seq")
            .Select(r => new RejectedInput(
                new Problem(r.Code, r.Message, r.Source.Length == 0 ? null : r.Source,
                    r.Start is { } s && r.End is { } e ? new TextSpan(s, e) : null),
                Utc(r.First),
                Utc(r.Last),
                r.Times))
            .ToArray();
    }

    /// <inheritdoc />
    public DbConnection OpenConnection() => Connect();

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        dataSource.Dispose();
    }

    /// <summary>PostgreSQL text cannot hold U+0000; the replacement character keeps every offset where it was.</summary>
    internal static string Clean(string value) => value.Contains('\0') ? value.Replace('\0', '\uFFFD') : value;

    /// <summary>
    /// jsonb refuses the escape \u0000 as well. Every backslash in JSON text starts an escape, so a scan that skips escapes
    /// finds exactly the NUL ones.
    /// </summary>
    internal static string CleanJson(string json)
    {
        if (!json.Contains("\\u0000", StringComparison.Ordinal))
        {
            return json;
        }

        var chars = json.ToCharArray();
        for (var i = 0; i < chars.Length - 1; i++)
        {
            if (chars[i] != '\\')
            {
                continue;
            }

            if (chars[i + 1] == 'u' && i + 5 < chars.Length && json.AsSpan(i + 2, 4).SequenceEqual("0000"))
            {
                "FFFD".CopyTo(chars.AsSpan(i + 2));
            }

            i++;
        }

        return new string(chars);
    }

    private static string Indexed(string folded)
    {
        if (folded.Length <= MaxIndexedChars)
        {
            return folded;
        }

        var cut = folded.LastIndexOf(' ', MaxIndexedChars);
        return folded[..(cut > 0 ? cut : MaxIndexedChars)];
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static long? InsertDocument(NpgsqlCommand command, DocumentRow row, DateTimeOffset now)
    {
        row.Bind(command.Parameters, now, static day => day, Clean, CleanJson);
        return command.ExecuteScalar() is long seq ? seq : null;
    }

    private static void CopyEntityKeys(NpgsqlConnection connection, List<(long Seq, string Key)> entityKeys)
    {
        if (entityKeys.Count == 0)
        {
            return;
        }

        // Binary COPY: one round trip for the whole batch instead of one per row.
        using var importer = connection.BeginBinaryImport("COPY entity_documents (entity_key, document_seq) FROM STDIN (FORMAT BINARY)");
        foreach (var (seq, key) in entityKeys)
        {
            importer.StartRow();
            importer.Write(key, NpgsqlDbType.Text);
            importer.Write(seq, NpgsqlDbType.Bigint);
        }

        importer.Complete();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params NpgsqlDbType[] types)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var type in types)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type, Value = DBNull.Value });
        }

        command.Prepare();
        return command;
    }

    private static List<(long Seq, StoredDocument Document)> ReadDocuments(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return StoredDocuments.Read(command, static (reader, i) => reader.GetFieldValue<DateTimeOffset>(i));
    }

    private NpgsqlConnection Connect()
    {
        ThrowIfDisposed();
        return dataSource.OpenConnection();
    }

    private void Migrate(int target)
    {
        using var connection = Connect();
        foreach (var step in PostgresMigrations.All.Take(target).Prepend(null))
        {
            using var transaction = connection.BeginTransaction();
            // One migrator per schema at a time: the advisory lock is released with the transaction.
            connection.Execute("SELECT pg_advisory_xact_lock(hashtext('ponte.schema:' || coalesce(current_schema(), '')))", transaction: transaction);
            var versioned = connection.ExecuteScalar<bool>("SELECT to_regclass('schema_version') IS NOT NULL", transaction: transaction);
            if (!versioned)
            {
                if (connection.ExecuteScalar<bool>("SELECT to_regclass('documents') IS NOT NULL", transaction: transaction))
                {
                    throw new StoreException($"{Description} has a documents table but no schema_version: it is not a Ponte store.");
                }

                connection.Execute(
                    "CREATE TABLE schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL)",
                    transaction: transaction);
            }

            var current = connection.ExecuteScalar<int>("SELECT coalesce(max(version), 0) FROM schema_version", transaction: transaction);
            if (current > PostgresMigrations.All.Count)
            {
                throw Migrations.TooNew(Description, current, PostgresMigrations.All.Count);
            }

            if (step is not null && current < step.Version)
            {
                connection.Execute(step.Sql, transaction: transaction);
                connection.Execute(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @now)",
                    new { step.Version, step.Description, now = time.GetUtcNow() },
                    transaction);
            }

            transaction.Commit();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(disposed, this);
}
