using Ponte.Core.Model;

namespace Ponte.Core.Knowledge;

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

    /// <summary>Inserts or replaces a story and files it under evidence <paramref name="keys"/> (those of its newest document).</summary>
    void PutStory(KbStory story, IEnumerable<string> keys);

    /// <summary>How many stories exist.</summary>
    int StoryCount { get; }

    /// <summary>Records how a document was linked.</summary>
    void PutLinks(DocumentLinks links);

    /// <summary>How a document was linked, or null when it was not.</summary>
    DocumentLinks? GetLinks(string documentId);

    /// <summary>Makes every change so far durable (one transaction where the index is stored); a no-op in memory.</summary>
    void Flush();

    /// <summary>All entities.</summary>
    IEnumerable<KbEntity> AllEntities();

    /// <summary>All stories.</summary>
    IEnumerable<KbStory> AllStories();
}
