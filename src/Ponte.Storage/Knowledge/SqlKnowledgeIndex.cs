using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Ponte.Core.Knowledge;
using Ponte.Core.Model;

namespace Ponte.Storage.Knowledge;

/// <summary>
/// The knowledge index kept in the store's own database (SQLite or PostgreSQL: the SQL is common to both). Reads go
/// through a bounded cache that keeps what the stream keeps naming; writes wait in memory until <see cref="Flush"/> writes
/// them in one transaction, so an ingest batch and its links land together. Not thread-safe: one ingest at a time uses it.
/// </summary>
/// <remarks>
/// What a read returns never depends on what happens to be cached: a cached posting list is always the one the database
/// plus the pending writes would give (entities: the first <see cref="PostingLimit"/> ids in id order; stories: the
/// greatest ids and the exact count), so the same documents link the same way whenever the cache is trimmed.
/// </remarks>
public sealed class SqlKnowledgeIndex : IKnowledgeIndex, IDisposable
{
    // Entries per cache generation and kind; at most twice as many are held. A generation of entities, stories and their
    // postings at this size is ~100 MiB at most: large enough that the entities and keys a stream keeps naming are
    // always read from memory, small enough that memory stays bounded however large the store grows.
    private const int Generation = 60_000;
    private const int PostingLimit = 256;

    // Story ids kept per cached story key: the greatest ones, enough for a caller's candidates.
    private const int StoryDepth = 64;
    private static readonly string[] TypeNames = Enum.GetValues<EntityType>().Select(t => t.ToString().ToLowerInvariant()).ToArray();

    private readonly DbConnection _connection;
    private readonly GenerationCache<KbEntity?> _entities;
    private readonly GenerationCache<KbStory?> _stories;
    private readonly GenerationCache<List<string>> _entityKeys;
    private readonly GenerationCache<PostedStories> _storyKeys;
    private readonly Dictionary<string, KbEntity> _dirtyEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbStory> _dirtyStories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _newEntityKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Id, int Seq)>> _newStoryKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentLinks> _links = new(StringComparer.Ordinal);
    private readonly SimilarityWindow _similar;
    private readonly Statements _sql;
    private readonly Func<IDisposable>? _enterWrite;
    private int? _storyCount;

    /// <summary>
    /// Opens the index on <paramref name="connection"/>. <paramref name="enterWrite"/>, when given, is held around each
    /// flush's transaction: the store passes the gate its own writes take, so that in one process a flush waits for a
    /// save to end (and the other way round) rather than polling the database's lock.
    /// </summary>
    public SqlKnowledgeIndex(DbConnection connection, Func<IDisposable>? enterWrite = null)
        : this(connection, Generation, enterWrite)
    {
    }

    /// <summary>
    /// An index whose cache keeps <paramref name="generation"/> entries per kind and generation, and whose text-similarity
    /// keys are those of the last <paramref name="similarFilings"/> filings; tests make both tiny.
    /// </summary>
    internal SqlKnowledgeIndex(DbConnection connection, int generation, Func<IDisposable>? enterWrite = null, int similarFilings = SimilarityWindow.DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _enterWrite = enterWrite;
        _similar = new SimilarityWindow(connection, similarFilings);
        _entities = new(generation);
        _stories = new(generation);
        _entityKeys = new(generation);
        _storyKeys = new(generation);
        var sqlite = connection is SqliteConnection;
        if (sqlite)
        {
            using var writing = enterWrite?.Invoke();
            ConvertRowidKeyTables(connection);
        }

        var hadWindow = TableExists(connection, "kb_band");
        foreach (var sql in sqlite ? SqliteSchema : Schema)
        {
            _connection.Execute(sql);
        }

        if (!hadWindow)
        {
            // Written before text-similarity keys had their window: those filed with the other story keys are read no more.
            using var writing = enterWrite?.Invoke();
            _connection.Execute($"DELETE FROM kb_story_key WHERE key LIKE '{StoryKeys.SimilarityPrefix}%'");
        }

        _sql = new Statements(connection);
    }

    /// <summary>Tables of the knowledge index, created when missing (on SQLite the key tables are WITHOUT ROWID and story keys carry their filing order).</summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        "CREATE TABLE IF NOT EXISTS kb_entity (id TEXT PRIMARY KEY, type TEXT NOT NULL, json TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS kb_entity_key (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id))",
        "CREATE TABLE IF NOT EXISTS kb_story (id TEXT PRIMARY KEY, json TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS kb_story_key (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id))",
        "CREATE TABLE IF NOT EXISTS kb_links (document_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, json TEXT NOT NULL)",
        .. SimilarityWindow.Schema,
    ];

    // On SQLite the key tables are each one b-tree ordered by key (WITHOUT ROWID): a rowid table plus its primary-key
    // index was two to write every row to (the index at a random place) and the index's entries were wider. A story key
    // row carries its filing number among the key's rows (seq), the order the rowid gave before.
    private static readonly string[] SqliteSchema =
    [
        Schema[0],
        "CREATE TABLE IF NOT EXISTS kb_entity_key (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID",
        Schema[2],
        "CREATE TABLE IF NOT EXISTS kb_story_key (key TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID",
        Schema[4],
        .. SimilarityWindow.Schema,
    ];

    // A store written before the key tables lost their rowid keeps its rows: each table is copied, in key order, into its
    // new form; a story key's rows are numbered in their rowid (filing) order.
    private static void ConvertRowidKeyTables(DbConnection connection)
    {
        var old = connection.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('kb_entity_key', 'kb_story_key') AND sql NOT LIKE '%WITHOUT ROWID%'").ToArray();
        if (old.Length == 0)
        {
            return;
        }

        using var tx = connection.BeginTransaction();
        foreach (var table in old)
        {
            var (create, copy) = table == "kb_story_key"
                ? (SqliteSchema[3], "INSERT INTO kb_story_key (key, id, seq) SELECT key, id, ROW_NUMBER() OVER (PARTITION BY key ORDER BY rowid) - 1 FROM kb_rowid_key ORDER BY key, id")
                : (SqliteSchema[1], "INSERT INTO kb_entity_key (key, id) SELECT key, id FROM kb_rowid_key ORDER BY key, id");
            connection.Execute($"ALTER TABLE {table} RENAME TO kb_rowid_key", transaction: tx);
            connection.Execute(create, transaction: tx);
            connection.Execute(copy, transaction: tx);
            connection.Execute("DROP TABLE kb_rowid_key", transaction: tx);
        }

        tx.Commit();
    }

    private static bool TableExists(DbConnection connection, string table) =>
        connection is SqliteConnection
            ? connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @table", new { table }) > 0
            : connection.ExecuteScalar<bool>("SELECT to_regclass(@table) IS NOT NULL", new { table });

    public int StoryCount => _storyCount ??= _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM kb_story");

    public IReadOnlyList<string> EntitiesByKey(string key, int limit = 64)
    {
        var ids = EntityPostings(key);
        return ids.Count <= limit ? ids : ids.GetRange(0, limit);
    }

    // The first PostingLimit ids filed under the key, in id order: reads never see more, so the cached list never grows
    // past it (nor does the scan).
    private List<string> EntityPostings(string key)
    {
        if (!_entityKeys.TryGetValue(key, out var ids))
        {
            ids = _sql.EntityPostings.Strings(key);
            ids.Sort(StringComparer.Ordinal);
            if (_newEntityKeys.TryGetValue(key, out var pending))
            {
                foreach (var id in pending)
                {
                    FileSorted(ids, id);
                }
            }

            _entityKeys.Set(key, ids);
        }

        return ids;
    }

    private static void FileSorted(List<string> ids, string id)
    {
        var at = ids.BinarySearch(id, StringComparer.Ordinal);
        if (at >= 0)
        {
            return;
        }

        at = ~at;
        if (at < PostingLimit)
        {
            ids.Insert(at, id);
            if (ids.Count > PostingLimit)
            {
                ids.RemoveAt(PostingLimit);
            }
        }
    }

    public KbEntity? GetEntity(string id)
    {
        if (!_entities.TryGetValue(id, out var entity))
        {
            var json = _sql.Entity.String(id);
            entity = json is null ? null : KnowledgeJson.Read<KbEntity>(json);
            _entities.Set(id, entity);
        }

        return entity;
    }

    public void PutEntity(KbEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        // Every key of the entity as it was is filed already (an entity and its keys are written in one transaction):
        // only the keys it gained need filing.
        var known = GetEntity(entity.Id);
        // Most documents that name a known entity leave it as it was (a place, a body, a role whose sources are full and
        // whose dates already cover the document): writing it again would rewrite its whole row for nothing.
        if (known is not null && SameContent(known, entity))
        {
            return;
        }

        var filed = known?.Keys ?? [];
        _entities.Set(entity.Id, entity);
        _dirtyEntities[entity.Id] = entity;
        var keys = entity.Keys;
        // Merging appends keys, so the known ones are usually the new list's prefix, the very same strings.
        var shared = 0;
        while (shared < filed.Count && shared < keys.Count && string.Equals(filed[shared], keys[shared], StringComparison.Ordinal))
        {
            shared++;
        }

        for (var i = shared; i < keys.Count; i++)
        {
            var key = keys[i];
            if (shared < filed.Count && filed.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            FileSorted(EntityPostings(key), entity.Id);
            Pending(_newEntityKeys, key).Add(entity.Id);
        }
    }

    private static bool SameContent(KbEntity known, KbEntity entity) =>
        known.Type == entity.Type
        && string.Equals(known.Name, entity.Name, StringComparison.Ordinal)
        && known.Keys.SequenceEqual(entity.Keys, StringComparer.Ordinal)
        && known.Roles.SequenceEqual(entity.Roles)
        && known.Documents.SequenceEqual(entity.Documents, StringComparer.Ordinal)
        && (ReferenceEquals(known.Names, entity.Names) || (known.Names.Count == entity.Names.Count && known.Names.All(
            n => entity.Names.TryGetValue(n.Key, out var names) && n.Value.SequenceEqual(names, StringComparer.Ordinal))));

    private static List<T> Pending<T>(Dictionary<string, List<T>> pending, string key)
    {
        if (!pending.TryGetValue(key, out var ids))
        {
            pending[key] = ids = [];
        }

        return ids;
    }

    public (IReadOnlyList<string> Ids, int Total) StoriesByKey(string key, int limit)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (StoryKeys.IsSimilarity(key))
        {
            return _similar.StoriesByKey(key, limit);
        }

        var postings = StoryPostings(key, limit);
        var ids = postings.Ids.Count <= limit ? postings.Ids : postings.Ids.GetRange(0, limit);
        return (ids, postings.Total);
    }

    // The story ids filed last under the key (at least `limit` of them when there are as many), newest first, and their
    // exact count.
    private PostedStories StoryPostings(string key, int limit)
    {
        if (_storyKeys.TryGetValue(key, out var postings) && (postings.Complete || postings.Ids.Count >= limit))
        {
            return postings;
        }

        var depth = Math.Max(limit, StoryDepth);
        var (ids, total) = _sql.StoryPostings.Newest(key, depth);
        postings = new PostedStories(ids, total, byId: _connection is not SqliteConnection);
        if (_newStoryKeys.TryGetValue(key, out var pending))
        {
            foreach (var (id, _) in pending)
            {
                postings.Add(id);
            }
        }

        _storyKeys.Set(key, postings);
        return postings;
    }

    public KbStory? GetStory(string id)
    {
        if (!_stories.TryGetValue(id, out var story))
        {
            var json = _sql.Story.String(id);
            story = json is null ? null : KnowledgeJson.Read<KbStory>(json);
            _stories.Set(id, story);
        }

        return story;
    }

    public void PutStory(KbStory story, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(keys);
        var known = GetStory(story.Id) is not null;
        if (!known)
        {
            _storyCount = StoryCount + 1;
        }

        // The list of documents is not stored with the story: the links record each document's story.
        var stored = story.Documents.Count == 0 ? story : story with { Documents = [] };
        _stories.Set(story.Id, stored);
        _dirtyStories[story.Id] = stored;
        List<string>? similar = null;
        foreach (var key in keys)
        {
            if (StoryKeys.IsSimilarity(key))
            {
                (similar ??= []).Add(key);
                continue;
            }

            var postings = StoryPostings(key, 0);
            // A story never stored before is filed nowhere; a known one may be filed before the ids the cache holds.
            if (known && (postings.Holds(story.Id) || (!postings.Complete
                && ((_newStoryKeys.TryGetValue(key, out var waiting) && waiting.Exists(w => string.Equals(w.Id, story.Id, StringComparison.Ordinal)))
                    || _sql.StoryFiled.Exists(key, story.Id)))))
            {
                continue;
            }

            // Its number among the key's rows, counted from 0 in filing order: the newest have the greatest.
            Pending(_newStoryKeys, key).Add((story.Id, postings.Total));
            postings.Add(story.Id);
        }

        if (similar is not null)
        {
            _similar.File(story.Id, similar);
        }
    }

    public void PutLinks(DocumentLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        _links[links.DocumentId] = links;
    }

    public DocumentLinks? GetLinks(string documentId)
    {
        if (_links.TryGetValue(documentId, out var links))
        {
            return links;
        }

        var json = _sql.Links.String(documentId);
        return json is null ? null : KnowledgeJson.Read<DocumentLinks>(json);
    }

    public IEnumerable<KbEntity> AllEntities()
    {
        Flush();
        return _connection.Query<string>("SELECT json FROM kb_entity ORDER BY id").Select(KnowledgeJson.Read<KbEntity>).ToArray();
    }

    public IEnumerable<KbStory> AllStories()
    {
        Flush();
        return _connection.Query<string>("SELECT json FROM kb_story ORDER BY id").Select(KnowledgeJson.Read<KbStory>).ToArray();
    }

    /// <summary>All document links.</summary>
    public IReadOnlyList<DocumentLinks> AllLinks()
    {
        Flush();
        return _connection.Query<string>("SELECT json FROM kb_links").Select(KnowledgeJson.Read<DocumentLinks>).ToArray();
    }

    /// <summary>Writes what is pending and closes the connection.</summary>
    public void Dispose()
    {
        Flush();
        _sql.Dispose();
        _connection.Dispose();
    }

    /// <summary>Writes every change since the last flush in one transaction, then ages the cache.</summary>
    public void Flush()
    {
        if (_dirtyEntities.Count == 0 && _dirtyStories.Count == 0 && _newEntityKeys.Count == 0 && _newStoryKeys.Count == 0 && _links.Count == 0 && _similar.Pending.Count == 0)
        {
            return;
        }

        // Rows are serialised before the write turn is taken, so a save waiting on it waits only for the writing.
        var entities = _dirtyEntities.Values.Select(e => (e.Id, TypeNames[(int)e.Type], KnowledgeJson.Write(e))).ToArray();
        var stories = _dirtyStories.Values.Select(s => (s.Id, KnowledgeJson.Write(s))).ToArray();
        var links = _links.Values.Select(l => (l.DocumentId, l.StoryId, KnowledgeJson.Write(l))).ToArray();

        // One prepared command per kind of row, re-bound for each row: parsing a command per row cost more than the row.
        using (var writing = _enterWrite?.Invoke())
        using (var tx = _connection.BeginTransaction())
        {
            _sql.Enlist(tx);
            foreach (var (id, type, json) in entities)
            {
                _sql.PutEntity.Execute(id, type, json);
            }

            foreach (var (id, json) in stories)
            {
                _sql.PutStory.Execute(id, json);
            }

            // Key rows go in key order: each leaf of the key b-tree is then visited once per flush, not once per row.
            foreach (var (key, ids) in _newEntityKeys.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                foreach (var id in ids)
                {
                    _sql.FileEntities.Add(key, id);
                }
            }

            _sql.FileEntities.Finish();
            var seqs = _connection is SqliteConnection;
            foreach (var (key, ids) in _newStoryKeys.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                foreach (var (id, seq) in ids)
                {
                    _sql.FileStories.Add(key, id, seqs ? seq : null);
                }
            }

            _sql.FileStories.Finish();

            foreach (var (document, story, json) in links)
            {
                _sql.PutLinks.Execute(document, story, json);
            }

            if (_similar.Pending.Count > 0)
            {
                foreach (var (seq, story, keys) in _similar.Pending)
                {
                    _sql.FileBands.Add(seq, story, keys);
                }

                _sql.FileBands.Finish();
                _connection.Execute("DELETE FROM kb_band WHERE seq < @oldest", new { oldest = _similar.Oldest }, tx);
            }

            tx.Commit();
        }

        _sql.Enlist(null);
        _similar.Committed();
        _dirtyEntities.Clear();
        _dirtyStories.Clear();
        _newEntityKeys.Clear();
        _newStoryKeys.Clear();
        _links.Clear();
        _entities.Age();
        _stories.Age();
        _entityKeys.Age();
        _storyKeys.Age();
    }

    /// <summary>
    /// The story ids filed last under one key, newest first, and how many stories the key has in all. Where the database
    /// keeps no filing order (PostgreSQL), the greatest ids stand for the newest, here as in its query, so that what a read
    /// returns still never depends on what is cached.
    /// </summary>
    private sealed class PostedStories(List<string> ids, int total, bool byId)
    {
        public List<string> Ids { get; } = ids;

        public int Total { get; private set; } = total;

        public bool Complete => Ids.Count == Total;

        public bool Holds(string id) => Ids.Contains(id, StringComparer.Ordinal);

        /// <summary>Counts a newly filed id: the newest, or in its place among the greatest ids.</summary>
        public void Add(string id)
        {
            Total++;
            var at = 0;
            if (byId)
            {
                at = Ids.BinarySearch(id, Descending);
                at = at < 0 ? ~at : at;
            }

            if (at < 2 * StoryDepth)
            {
                Ids.Insert(at, id);
            }

            if (Ids.Count > 2 * StoryDepth)
            {
                Ids.RemoveAt(Ids.Count - 1);
            }
        }

        private static readonly Comparer<string> Descending = Comparer<string>.Create(static (x, y) => string.CompareOrdinal(y, x));
    }

    /// <summary>The index's commands, each prepared once and re-bound for every use.</summary>
    private sealed class Statements(DbConnection connection) : IDisposable
    {
        public Statement Entity { get; } = new(connection, "SELECT json FROM kb_entity WHERE id = @a");

        public Statement Story { get; } = new(connection, "SELECT json FROM kb_story WHERE id = @a");

        public Statement Links { get; } = new(connection, "SELECT json FROM kb_links WHERE document_id = @a");

        // The first ids in ordinal order, as the cache files them: PostgreSQL's default collation orders text otherwise.
        public Statement EntityPostings { get; } = new(
            connection,
            connection is SqliteConnection
                ? $"SELECT id FROM kb_entity_key WHERE key = @a ORDER BY id LIMIT {PostingLimit}"
                : $"SELECT id FROM kb_entity_key WHERE key = @a ORDER BY id COLLATE \"C\" LIMIT {PostingLimit}");

        // Every row of the key, with the order it was filed in (on SQLite each row's number among the key's rows;
        // PostgreSQL keeps no such order, and the greatest ids count as the newest there): one walk of the key's rows gives
        // the newest and the count, where COUNT(*) alone walked them too.
        public Statement StoryPostings { get; } = new(
            connection,
            connection is SqliteConnection
                ? "SELECT seq, id FROM kb_story_key WHERE key = @a"
                : "SELECT 0, id FROM kb_story_key WHERE key = @a");

        public Statement StoryFiled { get; } = new(connection, "SELECT 1 FROM kb_story_key WHERE key = @a AND id = @b");

        public Statement PutEntity { get; } = new(connection, "INSERT INTO kb_entity (id, type, json) VALUES (@a, @b, @c) ON CONFLICT (id) DO UPDATE SET json = excluded.json");

        public Statement PutStory { get; } = new(connection, "INSERT INTO kb_story (id, json) VALUES (@a, @b) ON CONFLICT (id) DO UPDATE SET json = excluded.json");

        public RowWriter FileEntities { get; } = new(connection, "kb_entity_key (key, id)", 2);

        public RowWriter FileStories { get; } = connection is SqliteConnection
            ? new(connection, "kb_story_key (key, id, seq)", 3)
            : new(connection, "kb_story_key (key, id)", 2);

        public RowWriter FileBands { get; } = new(connection, "kb_band (seq, story_id, keys)", 3);

        public Statement PutLinks { get; } = new(connection, "INSERT INTO kb_links (document_id, story_id, json) VALUES (@a, @b, @c) ON CONFLICT (document_id) DO UPDATE SET story_id = excluded.story_id, json = excluded.json");

        private IEnumerable<DbCommand> Writes => [PutEntity.Command, PutStory.Command, PutLinks.Command, .. FileEntities.Commands, .. FileStories.Commands, .. FileBands.Commands];

        public void Enlist(DbTransaction? tx)
        {
            foreach (var command in Writes)
            {
                command.Transaction = tx;
            }
        }

        public void Dispose()
        {
            foreach (var command in new[] { Entity, Story, Links, EntityPostings, StoryPostings, StoryFiled }.Select(s => s.Command).Concat(Writes))
            {
                command.Dispose();
            }
        }
    }

    /// <summary>
    /// Inserts rows into one table, <see cref="Rows"/> to a statement, skipping those already there: a statement per row
    /// cost several times what SQLite spends storing it.
    /// </summary>
    private sealed class RowWriter
    {
        // Not more: Microsoft.Data.Sqlite finds each parameter by name on every execution, and SQLite looks a name up by
        // walking the statement's list, so the binding of one row grows with the rows of the statement (64 rows spent
        // more in that walk than 16 save in statements).
        private const int Rows = 16;
        private readonly int _columns;
        private readonly DbCommand _many;
        private readonly DbCommand _one;
        private int _buffered;

        /// <param name="target">The table and its columns, as in <c>INSERT INTO kb_x (a, b)</c>.</param>
        public RowWriter(DbConnection connection, string target, int columns)
        {
            _columns = columns;
            _many = Insert(connection, target, Rows);
            _one = Insert(connection, target, 1);
        }

        public IEnumerable<DbCommand> Commands => [_many, _one];

        private DbCommand Insert(DbConnection connection, string target, int rows)
        {
            var command = connection.CreateCommand();
            var values = new System.Text.StringBuilder();
            for (var r = 0; r < rows; r++)
            {
                values.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < _columns; c++)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@p" + (r * _columns + c).ToString(CultureInfo.InvariantCulture);
                    command.Parameters.Add(parameter);
                    values.Append(c == 0 ? string.Empty : ", ").Append(parameter.ParameterName);
                }

                values.Append(')');
            }

            // On SQLite, OR IGNORE rather than ON CONFLICT DO NOTHING: a statement of many rows that may abort halfway (a
            // NOT NULL failure) has SQLite copy every page it changes to a statement journal first, in case; one that
            // ignores every conflict needs none.
            command.CommandText = connection is SqliteConnection
                ? $"INSERT OR IGNORE INTO {target} VALUES {values}"
                : $"INSERT INTO {target} VALUES {values} ON CONFLICT DO NOTHING";
            return command;
        }

        /// <summary>Buffers one row (its values in column order), writing the buffer when it is full.</summary>
        public void Add(object a, object b, object? c = null)
        {
            var at = _buffered * _columns;
            _many.Parameters[at].Value = a;
            _many.Parameters[at + 1].Value = b;
            if (_columns > 2)
            {
                _many.Parameters[at + 2].Value = c;
            }

            if (++_buffered == Rows)
            {
                // Emptied first: a failed write leaves nothing behind for the retried flush to write twice.
                _buffered = 0;
                _many.ExecuteNonQuery();
            }
        }

        /// <summary>Writes the rows still buffered, one statement each.</summary>
        public void Finish()
        {
            var buffered = _buffered;
            _buffered = 0;
            for (var r = 0; r < buffered; r++)
            {
                for (var c = 0; c < _columns; c++)
                {
                    _one.Parameters[c].Value = _many.Parameters[r * _columns + c].Value;
                }

                _one.ExecuteNonQuery();
            }
        }
    }

    /// <summary>One command with positional-looking named parameters @a, @b, @c.</summary>
    private sealed class Statement
    {
        private static readonly string[] Names = ["@a", "@b", "@c"];
        private readonly DbParameter[] _parameters;

        public Statement(DbConnection connection, string sql)
        {
            Command = connection.CreateCommand();
            Command.CommandText = sql;
            _parameters = Names.Where(n => sql.Contains(n, StringComparison.Ordinal)).Select(n =>
            {
                var p = Command.CreateParameter();
                p.ParameterName = n;
                Command.Parameters.Add(p);
                return p;
            }).ToArray();
        }

        public DbCommand Command { get; }

        /// <summary>The second column of the <paramref name="count"/> rows greatest in their first column (then second), greatest first; and how many rows there are.</summary>
        public (List<string> Ids, int Total) Newest(string a, int count)
        {
            _parameters[0].Value = a;
            var rows = new List<(long Order, string Id)>();
            using (var reader = Command.ExecuteReader())
            {
                while (reader.Read())
                {
                    rows.Add((reader.GetInt64(0), reader.GetString(1)));
                }
            }

            rows.Sort(static (x, y) => x.Order != y.Order ? y.Order.CompareTo(x.Order) : string.CompareOrdinal(y.Id, x.Id));
            var ids = new List<string>(Math.Min(count, rows.Count));
            for (var i = 0; i < rows.Count && i < count; i++)
            {
                ids.Add(rows[i].Id);
            }

            return (ids, rows.Count);
        }

        public string? String(string a)
        {
            _parameters[0].Value = a;
            using var reader = Command.ExecuteReader();
            return reader.Read() && !reader.IsDBNull(0) ? reader.GetString(0) : null;
        }

        public List<string> Strings(string a)
        {
            _parameters[0].Value = a;
            var list = new List<string>();
            using var reader = Command.ExecuteReader();
            while (reader.Read())
            {
                list.Add(reader.GetString(0));
            }

            return list;
        }

        public bool Exists(string a, string b)
        {
            _parameters[0].Value = a;
            _parameters[1].Value = b;
            using var reader = Command.ExecuteReader();
            return reader.Read();
        }

        public void Execute(string a, string b, string? c = null)
        {
            _parameters[0].Value = a;
            _parameters[1].Value = b;
            if (_parameters.Length > 2)
            {
                _parameters[2].Value = c;
            }

            Command.ExecuteNonQuery();
        }
    }
}
