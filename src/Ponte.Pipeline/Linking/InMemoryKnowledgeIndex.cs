using Ponte.Core.Knowledge;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Linking;

/// <summary>An in-memory knowledge index: for tests, benchmarks and one-shot runs.</summary>
public sealed class InMemoryKnowledgeIndex : IKnowledgeIndex
{
    private readonly Dictionary<string, KbEntity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _entityKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KbStory> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _storyKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentLinks> _links = new(StringComparer.Ordinal);
    private readonly HashSet<(string Key, string Id)> _filedEntities = [];
    private readonly HashSet<(string Key, string Id)> _filedStories = [];
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

                if (_filedEntities.Add((key, entity.Id)))
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

    public void PutStory(KbStory story, IEnumerable<string> keys)
    {
        lock (_gate)
        {
            _stories[story.Id] = story;
            foreach (var key in keys)
            {
                if (!_storyKeys.TryGetValue(key, out var ids))
                {
                    _storyKeys[key] = ids = [];
                }

                if (_filedStories.Add((key, story.Id)))
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

    public void Flush()
    {
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
