using System.Data.Common;
using Dapper;
using Ponte.Core.Knowledge;
using Ponte.Core.Model;

namespace Ponte.Storage.Knowledge;

/// <summary>
/// The knowledge index kept in the store's own database (SQLite or PostgreSQL: the SQL is common to both). Reads go
/// through a write-back cache; <see cref="Flush"/> writes what changed in one transaction, so an ingest batch and its
/// links land together. Not thread-safe: one ingest at a time uses it.
/// </summary>
public sealed class SqlKnowledgeIndex : IKnowledgeIndex, IDisposable
{
    private const int CacheLimit = 200_000;
    private const int PostingLimit = 256;
    private readonly DbConnection _connection;
    private readonly Dictionary<string, KbEntity?> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbStory?> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _entityKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<string> Ids, int Total)> _storyKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentLinks> _links = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirtyEntities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirtyStories = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Id, char Kind)> _newKeys = [];
    private readonly HashSet<(string Key, string Id, char Kind)> _filed = [];
    private readonly Func<IDisposable>? _enterWrite;
    private int? _storyCount;

    /// <summary>
    /// Opens the index on <paramref name="connection"/>. <paramref name="enterWrite"/>, when given, is held around each
    /// flush's transaction: the store passes the gate its own writes take, so that in one process a flush waits for a
    /// save to end (and the other way round) rather than polling the database's lock.
    /// </summary>
    public SqlKnowledgeIndex(DbConnection connection, Func<IDisposable>? enterWrite = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _enterWrite = enterWrite;
        foreach (var sql in Schema)
        {
            _connection.Execute(sql);
        }
    }

    /// <summary>Tables of the knowledge index; created when missing.</summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        "CREATE TABLE IF NOT EXISTS kb_entity (id TEXT PRIMARY KEY, type TEXT NOT NULL, json TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS kb_entity_key (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id))",
        "CREATE TABLE IF NOT EXISTS kb_story (id TEXT PRIMARY KEY, json TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS kb_story_key (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id))",
        "CREATE TABLE IF NOT EXISTS kb_links (document_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, json TEXT NOT NULL)",
    ];

    public int StoryCount => _storyCount ??= _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM kb_story");

    public IReadOnlyList<string> EntitiesByKey(string key, int limit = 64)
    {
        var ids = EntityPostings(key);
        return ids.Count <= limit ? ids : ids.GetRange(0, limit);
    }

    private List<string> EntityPostings(string key)
    {
        if (!_entityKeys.TryGetValue(key, out var ids))
        {
            ids = _connection.Query<string>("SELECT id FROM kb_entity_key WHERE key = @key ORDER BY id LIMIT @limit", new { key, limit = PostingLimit }).AsList();
            _entityKeys[key] = ids;
        }

        return ids;
    }

    public KbEntity? GetEntity(string id)
    {
        if (!_entities.TryGetValue(id, out var entity))
        {
            var json = _connection.QueryFirstOrDefault<string>("SELECT json FROM kb_entity WHERE id = @id", new { id });
            entity = json is null ? null : KnowledgeJson.Read<KbEntity>(json);
            _entities[id] = entity;
        }

        return entity;
    }

    public void PutEntity(KbEntity entity)
    {
        _entities[entity.Id] = entity;
        _dirtyEntities.Add(entity.Id);
        foreach (var key in entity.Keys)
        {
            if (!_filed.Add((key, entity.Id, 'e')))
            {
                continue;
            }

            // Reads see at most PostingLimit ids per key, so the cached list never grows past it (nor does the scan).
            var ids = EntityPostings(key);
            if (ids.Count < PostingLimit && !ids.Contains(entity.Id, StringComparer.Ordinal))
            {
                ids.Add(entity.Id);
            }

            _newKeys.Add((key, entity.Id, 'e'));
        }
    }

    public (IReadOnlyList<string> Ids, int Total) StoriesByKey(string key, int limit)
    {
        if (!_storyKeys.TryGetValue(key, out var entry))
        {
            var total = _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM kb_story_key WHERE key = @key", new { key });
            var ids = total == 0
                ? []
                : _connection.Query<string>("SELECT id FROM kb_story_key WHERE key = @key ORDER BY id DESC LIMIT @limit", new { key, limit }).AsList();
            entry = (ids, total);
            _storyKeys[key] = entry;
        }

        return (entry.Ids.Count <= limit ? entry.Ids : entry.Ids.GetRange(entry.Ids.Count - limit, limit), entry.Total);
    }

    public KbStory? GetStory(string id)
    {
        if (!_stories.TryGetValue(id, out var story))
        {
            var json = _connection.QueryFirstOrDefault<string>("SELECT json FROM kb_story WHERE id = @id", new { id });
            story = json is null ? null : KnowledgeJson.Read<KbStory>(json);
            _stories[id] = story;
        }

        return story;
    }

    public void PutStory(KbStory story, IEnumerable<string> keys)
    {
        if (GetStory(story.Id) is null)
        {
            _storyCount = StoryCount + 1;
        }

        // The list of documents is not stored with the story: the links record each document's story.
        _stories[story.Id] = story.Documents.Count == 0 ? story : story with { Documents = [] };
        _dirtyStories.Add(story.Id);
        foreach (var key in keys)
        {
            var (ids, total) = StoriesByKey(key, int.MaxValue);
            if (_filed.Add((key, story.Id, 's')) && !ids.Contains(story.Id, StringComparer.Ordinal))
            {
                var list = ids as List<string> ?? [.. ids];
                list.Add(story.Id);
                _storyKeys[key] = (list, total + 1);
                _newKeys.Add((key, story.Id, 's'));
            }
        }
    }

    public void PutLinks(DocumentLinks links) => _links[links.DocumentId] = links;

    public DocumentLinks? GetLinks(string documentId)
    {
        if (_links.TryGetValue(documentId, out var links))
        {
            return links;
        }

        var json = _connection.QueryFirstOrDefault<string>("SELECT json FROM kb_links WHERE document_id = @documentId", new { documentId });
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
        _connection.Dispose();
    }

    /// <summary>Writes every change since the last flush in one transaction, then trims the cache.</summary>
    public void Flush()
    {
        if (_dirtyEntities.Count == 0 && _dirtyStories.Count == 0 && _newKeys.Count == 0 && _links.Count == 0)
        {
            return;
        }

        // One command per kind of row, run over all of this flush's rows: Dapper prepares it once and re-binds the values,
        // where a call per row would build and parse a command each time (hundreds of rows per document flushed).
        using var writing = _enterWrite?.Invoke();
        using var tx = _connection.BeginTransaction();
        _connection.Execute(
            "INSERT INTO kb_entity (id, type, json) VALUES (@Id, @Type, @Json) ON CONFLICT (id) DO UPDATE SET json = excluded.json",
            _dirtyEntities.Select(id => _entities[id]!).Select(e => new Row(e.Id, e.Type.ToString().ToLowerInvariant(), KnowledgeJson.Write(e))),
            tx);
        _connection.Execute(
            "INSERT INTO kb_story (id, json) VALUES (@Id, @Json) ON CONFLICT (id) DO UPDATE SET json = excluded.json",
            _dirtyStories.Select(id => new Row(id, null, KnowledgeJson.Write(_stories[id]!))),
            tx);
        _connection.Execute(
            "INSERT INTO kb_entity_key (key, id) VALUES (@Key, @Id) ON CONFLICT DO NOTHING",
            _newKeys.Where(k => k.Kind == 'e').Select(k => new KeyRow(k.Key, k.Id)),
            tx);
        _connection.Execute(
            "INSERT INTO kb_story_key (key, id) VALUES (@Key, @Id) ON CONFLICT DO NOTHING",
            _newKeys.Where(k => k.Kind == 's').Select(k => new KeyRow(k.Key, k.Id)),
            tx);
        _connection.Execute(
            "INSERT INTO kb_links (document_id, story_id, json) VALUES (@Id, @Story, @Json) ON CONFLICT (document_id) DO UPDATE SET story_id = excluded.story_id, json = excluded.json",
            _links.Values.Select(l => new LinkRow(l.DocumentId, l.StoryId, KnowledgeJson.Write(l))),
            tx);
        tx.Commit();
        _dirtyEntities.Clear();
        _dirtyStories.Clear();
        _newKeys.Clear();
        _links.Clear();
        if (_entities.Count + _stories.Count + _entityKeys.Count + _storyKeys.Count > CacheLimit)
        {
            _entities.Clear();
            _stories.Clear();
            _entityKeys.Clear();
            _storyKeys.Clear();
            _filed.Clear();
        }
    }

    // Parameter rows of the flush.
    private sealed record Row(string Id, string? Type, string Json);

    private sealed record KeyRow(string Key, string Id);

    private sealed record LinkRow(string Id, string Story, string Json);
}
