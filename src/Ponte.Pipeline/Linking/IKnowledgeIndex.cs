using Ponte.Core.Model;

namespace Ponte.Pipeline.Linking;

/// <summary>
/// The store-wide state that linking reads and updates: entities and stories filed under their keys. Lookups by key are
/// the only way in, so the cost of linking one document does not grow with the size of the store.
/// </summary>
public interface IKnowledgeIndex
{
    /// <summary>Ids of entities filed under <paramref name="key"/> (at most <paramref name="limit"/>).</summary>
    IReadOnlyList<string> EntitiesByKey(string key, int limit = 64);

    /// <summary>One entity, or null.</summary>
    KbEntity? GetEntity(string id);

    /// <summary>Inserts or replaces an entity and files it under its keys.</summary>
    void PutEntity(KbEntity entity);

    /// <summary>Ids of stories filed under evidence <paramref name="key"/> (most recent first, at most <paramref name="limit"/>), and how many there are.</summary>
    (IReadOnlyList<string> Ids, int Total) StoriesByKey(string key, int limit);

    /// <summary>One story, or null.</summary>
    KbStory? GetStory(string id);

    /// <summary>Inserts or replaces a story and files it under its evidence keys.</summary>
    void PutStory(KbStory story);

    /// <summary>How many stories exist.</summary>
    int StoryCount { get; }

    /// <summary>Records how a document was linked.</summary>
    void PutLinks(DocumentLinks links);

    /// <summary>How a document was linked, or null when it was not.</summary>
    DocumentLinks? GetLinks(string documentId);

    /// <summary>All entities.</summary>
    IEnumerable<KbEntity> AllEntities();

    /// <summary>All stories.</summary>
    IEnumerable<KbStory> AllStories();
}

/// <summary>An in-memory knowledge index: for tests, benchmarks and one-shot runs.</summary>
public sealed class InMemoryKnowledgeIndex : IKnowledgeIndex
{
    private readonly Dictionary<string, KbEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _entityKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbStory> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _storyKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentLinks> _links = new(StringComparer.Ordinal);
    private readonly HashSet<(string Key, string Id)> _filed = [];
    private readonly Lock _gate = new();

    public int StoryCount
    {
        get
        {
            lock (_gate)
            {
                return _stories.Count;
            }
        }
    }

    public IReadOnlyList<string> EntitiesByKey(string key, int limit = 64)
    {
        lock (_gate)
        {
            return _entityKeys.TryGetValue(key, out var ids) ? ids.Take(limit).ToArray() : [];
        }
    }

    public KbEntity? GetEntity(string id)
    {
        lock (_gate)
        {
            return _entities.GetValueOrDefault(id);
        }
    }

    public void PutEntity(KbEntity entity)
    {
        lock (_gate)
        {
            _entities[entity.Id] = entity;
            foreach (var key in entity.Keys)
            {
                if (!_entityKeys.TryGetValue(key, out var ids))
                {
                    _entityKeys[key] = ids = [];
                }

                if (_filed.Add(("e" + key, entity.Id)))
                {
                    ids.Add(entity.Id);
                }
            }
        }
    }

    public (IReadOnlyList<string> Ids, int Total) StoriesByKey(string key, int limit)
    {
        lock (_gate)
        {
            if (!_storyKeys.TryGetValue(key, out var ids))
            {
                return ([], 0);
            }

            return (ids.Count <= limit ? ids.ToArray() : ids.GetRange(ids.Count - limit, limit).ToArray(), ids.Count);
        }
    }

    public KbStory? GetStory(string id)
    {
        lock (_gate)
        {
            return _stories.GetValueOrDefault(id);
        }
    }

    public void PutStory(KbStory story)
    {
        lock (_gate)
        {
            _stories[story.Id] = story;
            foreach (var key in story.Evidence.Keys)
            {
                if (!_storyKeys.TryGetValue(key, out var ids))
                {
                    _storyKeys[key] = ids = [];
                }

                if (_filed.Add(("s" + key, story.Id)))
                {
                    ids.Add(story.Id);
                }
            }
        }
    }

    public void PutLinks(DocumentLinks links)
    {
        lock (_gate)
        {
            _links[links.DocumentId] = links;
        }
    }

    public DocumentLinks? GetLinks(string documentId)
    {
        lock (_gate)
        {
            return _links.GetValueOrDefault(documentId);
        }
    }

    public IEnumerable<KbEntity> AllEntities()
    {
        lock (_gate)
        {
            return _entities.Values.ToArray();
        }
    }

    public IEnumerable<KbStory> AllStories()
    {
        lock (_gate)
        {
            return _stories.Values.ToArray();
        }
    }
}
