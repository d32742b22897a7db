using Ponte.Core.Model;
using Ponte.Core.Text;

namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>One mention with the entity it belongs to.</summary>
internal readonly record struct EntityMention(int Start, int End, Entity Entity)
{
    public EntityType Type => Entity.Type;
}

/// <summary>
/// The entities of one document arranged for questions by position: which entity is mentioned here, who was the last person
/// named before this point, which person carries this surname or this role word.
/// </summary>
internal sealed class MentionIndex
{
    private const int MaxMentions = 20_000;

    private readonly EntityMention[] _mentions;
    private readonly IReadOnlyList<Entity> _entities;
    private readonly int _entityCount;
    private readonly int _textLength;
    private readonly Dictionary<string, List<Entity>> _personsByNameWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> _personsByRoleWord = new(StringComparer.Ordinal);
    private readonly List<(Entity Person, List<string[]> Roles)> _roleWords = [];
    private readonly Dictionary<Entity, Entity> _fullNames;
    private bool _personsIndexed;

    /// <summary>
    /// The index of <paramref name="context"/>'s entities, built by the first stage that asks (quotes) and shared with the
    /// next (events) while the entities stay as they were.
    /// </summary>
    public static MentionIndex For(ExtractionContext context)
    {
        var entities = context.Entities;
        if (context.Mentions is { } built && ReferenceEquals(built._entities, entities) && built._entityCount == entities.Count &&
            built._textLength == context.Text.Length)
        {
            return built;
        }

        var index = new MentionIndex(entities, context.Text.Length);
        context.Mentions = index;
        return index;
    }

    public MentionIndex(IReadOnlyList<Entity> entities, int textLength)
    {
        _entities = entities;
        _entityCount = entities.Count;
        _textLength = textLength;
        _fullNames = FullNames(entities.Where(e => e.Type == EntityType.Person).ToList());
        // Counted first, so the mentions go straight into an array of the right size; indexed loops enumerate without allocating.
        var count = 0;
        for (var e = 0; e < entities.Count; e++)
        {
            var mentions = entities[e].Mentions;
            for (var k = 0; k < mentions.Count; k++)
            {
                if (Valid(mentions[k].Span, textLength) && count < MaxMentions)
                {
                    count++;
                }
            }
        }

        _mentions = new EntityMention[count];
        var n = 0;
        for (var e = 0; e < entities.Count; e++)
        {
            var canonical = Canonical(entities[e]);
            var mentions = entities[e].Mentions;
            for (var k = 0; k < mentions.Count; k++)
            {
                var span = mentions[k].Span;
                if (Valid(span, textLength) && n < count)
                {
                    _mentions[n++] = new EntityMention(span.Start, span.End, canonical);
                }
            }
        }

        Array.Sort(_mentions, (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
    }

    private static bool Valid(TextSpan span, int textLength) => span.Start >= 0 && span.End <= textLength && span.Start < span.End;

    /// <summary>All mentions in text order.</summary>
    public ReadOnlySpan<EntityMention> All => _mentions;

    /// <summary>The longest mention overlapping [start, end) of one of the given types, if any.</summary>
    public EntityMention? At(int start, int end, Func<EntityType, bool> accept)
    {
        EntityMention? best = null;
        for (var i = FirstEndingAfter(start); i < _mentions.Length && _mentions[i].Start < end; i++)
        {
            var m = _mentions[i];
            if (m.End > start && accept(m.Type) && (best is null || m.End - m.Start > best.Value.End - best.Value.Start))
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>Mentions that lie inside [start, end).</summary>
    public MentionRange Within(int start, int end) => new(_mentions, FirstEndingAfter(start), start, end);

    /// <summary>Whether a mention of one of the given types strictly contains [start, end) and is longer than it.</summary>
    public bool InsideLonger(int start, int end, Func<EntityType, bool> accept)
    {
        for (var i = FirstEndingAfter(start); i < _mentions.Length && _mentions[i].Start <= start; i++)
        {
            var m = _mentions[i];
            if (m.Start <= start && m.End >= end && m.End - m.Start > end - start && accept(m.Type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person mentioned last before <paramref name="offset"/>, if any.</summary>
    public Entity? LastPersonBefore(int offset)
    {
        for (var i = FirstStartingAt(offset) - 1; i >= 0; i--)
        {
            if (_mentions[i].Type == EntityType.Person)
            {
                return _mentions[i].Entity;
            }
        }

        return null;
    }

    /// <summary>The person whose name contains the word ("Kao" → Kao Kim Hourn), preferring the one named last before <paramref name="offset"/>.</summary>
    public Entity? PersonByNameWord(ReadOnlySpan<char> word, int offset) =>
        Pick(_personsByNameWord, word, offset);

    /// <summary>The person whose roles contain the word ("minister"), preferring the one named last before <paramref name="offset"/>.</summary>
    public Entity? PersonByRoleWord(ReadOnlySpan<char> word, int offset) =>
        Pick(_personsByRoleWord, word, offset);

    /// <summary>
    /// The person whose roles hold the two words in a row ("Đại sứ": Vietnamese roles are made of short syllables, which alone
    /// say nothing), preferring the one named last before <paramref name="offset"/>.
    /// </summary>
    public Entity? PersonByRoleWords(ReadOnlySpan<char> first, ReadOnlySpan<char> second, int offset) =>
        Pick(_personsByRoleWord, string.Concat(first, " ", second), offset);

    /// <summary>
    /// The person one of whose roles <paramref name="word"/> abbreviates, from the first syllables of its first words in order
    /// ("Dubes" = Duta Besar, "Menlu" = Menteri Luar Negeri, "Konjen" = Konsul Jenderal), preferring the one named last
    /// before <paramref name="offset"/>.
    /// </summary>
    public Entity? PersonByRoleAbbreviation(ReadOnlySpan<char> word, int offset)
    {
        if (word.Length is < 4 or > 12)
        {
            return null;
        }

        EnsurePersonsIndexed();
        var folded = NameFolder.Fold(word);
        var candidates = _roleWords.Where(r => r.Roles.Exists(words => Abbreviates(folded, words, 0, 0))).Select(r => r.Person).ToList();
        return candidates.Count == 0 ? null : Latest(candidates, offset);
    }

    // Whether abbreviation[at..] is a run of prefixes of roleWords[w], roleWords[w + 1]…, two letters or more from each and
    // at least two words in all; words after the last one used are left out ("Menlu" leaves "negeri").
    private static bool Abbreviates(string abbreviation, string[] roleWords, int at, int w)
    {
        if (at == abbreviation.Length)
        {
            return w >= 2;
        }

        if (w == roleWords.Length)
        {
            return false;
        }

        var word = roleWords[w];
        for (var n = Math.Min(word.Length, abbreviation.Length - at); n >= 2; n--)
        {
            if (string.CompareOrdinal(abbreviation, at, word, 0, n) == 0 && Abbreviates(abbreviation, roleWords, at + n, w + 1))
            {
                return true;
            }
        }

        return false;
    }

    private Entity? Pick(Dictionary<string, List<Entity>> map, ReadOnlySpan<char> word, int offset)
    {
        EnsurePersonsIndexed();

        var key = NameFolder.Fold(word);
        return key.Length == 0 || !map.TryGetValue(key, out var candidates) ? null : Latest(candidates, offset);
    }

    /// <summary>Of <paramref name="candidates"/>, the one named last before <paramref name="offset"/> (else the first), as its full name.</summary>
    private Entity Latest(List<Entity> candidates, int offset)
    {
        if (candidates.Count == 1)
        {
            return Canonical(candidates[0]);
        }

        Entity? best = null;
        var bestStart = int.MinValue;
        foreach (var m in _mentions)
        {
            if (m.Start >= offset)
            {
                break;
            }

            if (candidates.Contains(m.Entity) && m.Start >= bestStart)
            {
                best = m.Entity;
                bestStart = m.Start;
            }
        }

        return Canonical(best ?? candidates[0]);
    }

    /// <summary>The entity itself, or the person whose full name it is a part of.</summary>
    private Entity Canonical(Entity entity) => _fullNames.GetValueOrDefault(entity, entity);

    /// <summary>
    /// Persons the entity stage left apart from their full name ("An" beside "Nguyễn Văn An"): a person whose name words all
    /// belong to exactly one other person's longer name is that person.
    /// </summary>
    private static Dictionary<Entity, Entity> FullNames(List<Entity> persons)
    {
        var map = new Dictionary<Entity, Entity>(ReferenceEqualityComparer.Instance);
        if (persons.Count < 2 || persons.Count > 2000)
        {
            return map;
        }

        var words = persons.Select(p => NameFolder.Fold(p.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)).ToArray();
        for (var i = 0; i < persons.Count; i++)
        {
            Entity? full = null;
            var count = 0;
            for (var j = 0; j < persons.Count && count < 2; j++)
            {
                if (j != i && words[i].Count > 0 && words[j].Count > words[i].Count && words[i].IsSubsetOf(words[j]))
                {
                    full = persons[j];
                    count++;
                }
            }

            if (count == 1)
            {
                map[persons[i]] = full!;
            }
        }

        return map;
    }

    // Only attributions ask by name or role word: the words are indexed on the first question.
    private void EnsurePersonsIndexed()
    {
        if (_personsIndexed)
        {
            return;
        }

        _personsIndexed = true;
        foreach (var entity in _entities)
        {
            if (entity.Type == EntityType.Person)
            {
                IndexPerson(entity);
            }
        }
    }

    private void IndexPerson(Entity person)
    {
        foreach (var name in person.Aliases.Prepend(person.Name))
        {
            foreach (var word in NameFolder.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Add(_personsByNameWord, word, person);
            }
        }

        List<string[]>? roleWords = null;
        foreach (var role in person.Roles.Concat(person.RoleMentions.Select(r => r.Role)))
        {
            var words = NameFolder.Fold(role).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            (roleWords ??= []).Add(words);
            for (var i = 0; i < words.Length; i++)
            {
                // Short words are articles and prepositions ("of", "the", "di"), not roles; two in a row may be one
                // ("đại sứ", "bộ trưởng").
                if (words[i].Length >= 4)
                {
                    Add(_personsByRoleWord, words[i], person);
                }

                if (i + 1 < words.Length)
                {
                    Add(_personsByRoleWord, words[i] + " " + words[i + 1], person);
                }
            }
        }

        if (roleWords is not null)
        {
            _roleWords.Add((person, roleWords));
        }
    }

    private static void Add(Dictionary<string, List<Entity>> map, string key, Entity entity)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(entity))
        {
            list.Add(entity);
        }
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/>.</summary>
    private int FirstStartingAt(int offset)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index from which to scan for mentions that could end after <paramref name="offset"/> (mentions sorted by start).</summary>
    private int FirstEndingAfter(int offset)
    {
        // Mentions are short: start the linear part a bounded distance before the first one starting at offset.
        var i = FirstStartingAt(offset);
        while (i > 0 && offset - _mentions[i - 1].Start < 400)
        {
            i--;
        }

        return i;
    }
}

/// <summary>The mentions that lie inside a range, in text order; enumerated without allocating.</summary>
internal struct MentionRange
{
    private readonly EntityMention[] _mentions;
    private readonly int _start;
    private readonly int _end;
    private int _index;

    public MentionRange(EntityMention[] mentions, int first, int start, int end)
    {
        _mentions = mentions;
        _index = first - 1;
        _start = start;
        _end = end;
    }

    /// <summary>The mention the enumeration stands on.</summary>
    public readonly EntityMention Current => _mentions[_index];

    /// <summary>The range itself, as its own enumerator.</summary>
    public readonly MentionRange GetEnumerator() => this;

    /// <summary>Moves to the next mention inside the range.</summary>
    public bool MoveNext()
    {
        while (++_index < _mentions.Length && _mentions[_index].Start < _end)
        {
            if (_mentions[_index].Start >= _start && _mentions[_index].End <= _end)
            {
                return true;
            }
        }

        _index = _mentions.Length;
        return false;
    }
}
