namespace Ponte.Core.Model;

/// <summary>A role an entity held, from the first to the last document that gives it, and the first documents that say so.</summary>
public sealed record KbRole(string Role, PartialDate? From, PartialDate? To, IReadOnlyList<string> Documents);

/// <summary>
/// One entity across the whole store: a canonical name, every name it goes by per language, the matching keys that
/// resolve new mentions to it, and its roles over time.
/// </summary>
public sealed record KbEntity
{
    public required string Id { get; init; }
    public required EntityType Type { get; init; }
    public required string Name { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> Keys { get; init; } = [];
    public IReadOnlyList<KbRole> Roles { get; init; } = [];

    /// <summary>
    /// Ids of the documents that name the entity. The knowledge index keeps none: a country named everywhere would make
    /// every new document cost as much as the store is large. The views fill this list from the document links.
    /// </summary>
    public IReadOnlyList<string> Documents { get; init; } = [];
}

/// <summary>A document's place in a story, as the story lists it.</summary>
public sealed record StoryDocument(string Id, string? File, string Language, string? Source, PartialDate? Date);

/// <summary>Documents from any outlet or language that report the same event.</summary>
public sealed record KbStory
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public PartialDate? FirstSeen { get; init; }
    public PartialDate? LastSeen { get; init; }

    /// <summary>How many documents the story has.</summary>
    public int DocumentCount { get; init; }

    /// <summary>Languages of the story's documents, in order of arrival.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>
    /// The story's documents. The knowledge index keeps only their count: a story reported a thousand times must not cost a
    /// thousand to extend. The views fill this list from the document links, which record each document's story.
    /// </summary>
    public IReadOnlyList<StoryDocument> Documents { get; init; } = [];
}

/// <summary>How one document's entities map to store entities, and which story it joined.</summary>
public sealed record DocumentLinks(string DocumentId, IReadOnlyList<string> EntityIds, string StoryId);
