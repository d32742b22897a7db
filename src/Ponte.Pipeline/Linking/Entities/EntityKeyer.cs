using System.Collections.Concurrent;
using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Languages;

namespace Ponte.Pipeline.Linking.Entities;

/// <summary>Finds the canonical identifier of a place or an international body named in any language.</summary>
public interface IPlaceResolver
{
    /// <summary>The place id for <paramref name="name"/>, or null; with <paramref name="allowTypos"/>, small typos are forgiven.</summary>
    string? PlaceId(string name, bool allowTypos);

    /// <summary>The id of the international organisation or news outlet named <paramref name="name"/>, or null.</summary>
    string? OrganisationId(string name);

    /// <summary>
    /// Whether <paramref name="entity"/> is background in news of any event: a country, region or continent, or an international
    /// body or outlet the gazetteer knows. Cities are not: where an event happened tells events apart.
    /// </summary>
    bool IsBackground(Entity entity);
}

/// <summary>The keys under which one document entity is filed in the store, strongest first.</summary>
public sealed record EntityKeys(string Exact, IReadOnlyList<string> Strong, IReadOnlyList<string> Concepts);

/// <summary>
/// Computes language-neutral matching keys for entities: folded names, word-order-free person keys, acronyms, place ids
/// from the gazetteer, and concept bags that translate organisation and initiative words through each language's lexicon
/// ("Hiệp hội Italy-ASEAN" and "Italy-ASEAN Association" both become association·asean·italy). Thread-safe.
/// </summary>
public sealed class EntityKeyer
{
    private readonly IPlaceResolver _places;
    private readonly ConcurrentDictionary<string, Lexicon> _lexicons = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, EntityKeys> _memo = new(StringComparer.Ordinal);
    private int _memoCount;

    public EntityKeyer(IPlaceResolver places)
    {
        ArgumentNullException.ThrowIfNull(places);
        _places = places;
    }

    /// <summary>Keys of <paramref name="entity"/> found in a document written in <paramref name="language"/>.</summary>
    public EntityKeys KeysOf(Entity entity, string language)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(language);

        // The keys depend only on the type, the language, the names and (for a place) the spellings of its mentions, and
        // news names the same entities again and again: each is keyed once while it is remembered. The memory is bounded
        // by forgetting everything at once when full, so a stream of ever new names costs only a cleared table now and then.
        var memo = MemoKey(entity, language);
        if (_memo.TryGetValue(memo, out var known))
        {
            return known;
        }

        var keys = Compute(entity, language);

        // Counted here rather than asked of the table, whose Count takes every lock of it.
        if (Interlocked.Increment(ref _memoCount) > MemoCapacity)
        {
            _memo.Clear();
            Interlocked.Exchange(ref _memoCount, 0);
        }

        _memo[memo] = keys;
        return keys;
    }

    /// <summary>Names remembered with their keys before the memory is cleared.</summary>
    internal const int MemoCapacity = 65_536;

    private static string MemoKey(Entity entity, string language)
    {
        var key = new System.Text.StringBuilder(64).Append((int)entity.Type).Append('\u0001').Append(language).Append('\u0001').Append(entity.Name);
        foreach (var alias in entity.Aliases)
        {
            key.Append('\u0002').Append(alias);
        }

        if (entity.Type == EntityType.Location)
        {
            // Each spelling once, in the order first met, as the keys take them.
            for (var i = 0; i < entity.Mentions.Count; i++)
            {
                var text = entity.Mentions[i].Text;
                var again = false;
                for (var j = 0; j < i && !again; j++)
                {
                    again = entity.Mentions[j].Text == text;
                }

                if (!again)
                {
                    key.Append('\u0003').Append(text);
                }
            }
        }

        return key.ToString();
    }

    private EntityKeys Compute(Entity entity, string language)
    {
        var prefix = Prefix(entity.Type);
        var folded = NameFolder.Fold(entity.Name);
        var exact = prefix + folded;
        var strong = new List<string>();
        var concepts = new List<string>();
        switch (entity.Type)
        {
            case EntityType.Person:
                var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 1)
                {
                    strong.Add(prefix + "w:" + string.Join(' ', words.Order(StringComparer.Ordinal)));
                }

                break;
            case EntityType.Location:
                if (_places.PlaceId(entity.Name, allowTypos: false) is { } id)
                {
                    strong.Add("place:" + id);
                }
                else if (_places.PlaceId(entity.Name, allowTypos: true) is { } near)
                {
                    strong.Add("place:" + near);
                }

                // A place is mostly mentioned by the same words again and again: each spelling is looked up once (a
                // spelling already seen would only add a key already there).
                var seen = new HashSet<string>(StringComparer.Ordinal) { entity.Name };
                foreach (var mention in entity.Mentions)
                {
                    if (seen.Add(mention.Text) && _places.PlaceId(mention.Text, allowTypos: false) is { } mid)
                    {
                        strong.Add("place:" + mid);
                    }
                }

                break;
            default:
                foreach (var alias in entity.Aliases)
                {
                    if (IsAcronym(alias))
                    {
                        strong.Add(prefix + "acr:" + NameFolder.Fold(alias));
                    }
                }

                foreach (var name in entity.Aliases.Prepend(entity.Name))
                {
                    if (_places.OrganisationId(name) is { } body)
                    {
                        strong.Add(prefix + "id:" + body);
                    }
                }

                if (IsAcronym(entity.Name))
                {
                    strong.Add(prefix + "acr:" + folded);
                }

                var bag = ConceptBag(entity.Name, language);
                if (bag.Count > 0)
                {
                    strong.Add(prefix + "bag:" + string.Join('·', bag));
                    concepts.AddRange(bag.Select(c => prefix + "c:" + c));
                }

                break;
        }

        return new EntityKeys(exact, strong.Distinct(StringComparer.Ordinal).ToArray(), concepts.Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The sorted, de-duplicated concepts of a name: lexicon phrases translated, places as ids, function words gone.</summary>
    public IReadOnlyList<string> ConceptBag(string name, string language)
    {
        var lexicon = _lexicons.GetOrAdd(language, l => new Lexicon(LanguagePacks.Get(l)));
        var english = _lexicons.GetOrAdd("en", l => new Lexicon(LanguagePacks.Get(l)));
        var words = NameFolder.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bag = new SortedSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < words.Length)
        {
            var taken = lexicon.Match(words, i, bag) ?? english.Match(words, i, bag);
            if (taken is { } n)
            {
                i += n;
                continue;
            }

            var word = words[i];
            if (lexicon.IsStopword(word) || english.IsStopword(word) || IsOrdinal(word) || word.All(char.IsDigit))
            {
                i++;
                continue;
            }

            // Two-word place names first ("thai lan", "sud est"), then the single word.
            if (i + 1 < words.Length && _places.PlaceId(words[i] + " " + words[i + 1], allowTypos: false) is { } two)
            {
                bag.Add("@" + two);
                i += 2;
                continue;
            }

            bag.Add(_places.PlaceId(word, allowTypos: false) is { } place ? "@" + place : lexicon.Singular(english.Singular(word)));
            i++;
        }

        return bag.ToArray();
    }

    /// <summary>Whether a name is an acronym: two to eight letters or digits, mostly capitals, no spaces.</summary>
    public static bool IsAcronym(string name)
    {
        if (name.Length is < 2 or > 8 || name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (!char.IsDigit(c) && c != '&' && c != '-')
            {
                return false;
            }
        }

        return upper >= 2;
    }

    /// <summary>The key prefix of an entity type.</summary>
    public static string Prefix(EntityType type) => type switch
    {
        EntityType.Person => "per:",
        EntityType.Organization => "org:",
        EntityType.Location => "loc:",
        _ => "ini:",
    };

    private static bool IsOrdinal(string word) =>
        word.Length > 2 && char.IsDigit(word[0]) && word.AsSpan().TrimStart("0123456789").Length is > 0 and <= 3
        && !char.IsDigit(word[^1]);

    private sealed class Lexicon
    {
        private readonly Dictionary<string, string[]> _phrases = new(StringComparer.Ordinal);
        private readonly HashSet<string> _stopwords = new(StringComparer.Ordinal);
        private readonly string[] _plurals;
        private readonly string[] _singularEndings;
        private readonly int _longest;

        public Lexicon(LanguagePack pack)
        {
            var data = pack.Lexicon;
            foreach (var (phrase, concept) in data.Concepts)
            {
                var key = NameFolder.Fold(phrase);
                if (key.Length > 0)
                {
                    _phrases[key] = concept.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    _longest = Math.Max(_longest, key.Count(c => c == ' ') + 1);
                }
            }

            foreach (var s in data.Stopwords)
            {
                _stopwords.Add(NameFolder.Fold(s));
            }

            _plurals = [.. data.PluralSuffixes];
            _singularEndings = [.. data.SingularEndings];
        }

        public bool IsStopword(string word) => _stopwords.Contains(word);

        public int? Match(string[] words, int start, ISet<string> bag)
        {
            // Phrases are looked up as spans of one buffer, longest first: no string per attempt.
            var phrases = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> buffer = stackalloc char[256];
            for (var n = Math.Min(_longest, words.Length - start); n >= 1; n--)
            {
                var length = n - 1;
                for (var k = 0; k < n; k++)
                {
                    length += words[start + k].Length;
                }

                scoped ReadOnlySpan<char> phrase;
                if (n == 1)
                {
                    phrase = words[start];
                }
                else if (length <= buffer.Length)
                {
                    var at = 0;
                    for (var k = 0; k < n; k++)
                    {
                        if (k > 0)
                        {
                            buffer[at++] = ' ';
                        }

                        words[start + k].CopyTo(buffer[at..]);
                        at += words[start + k].Length;
                    }

                    phrase = buffer[..length];
                }
                else
                {
                    phrase = string.Join(' ', words, start, n);
                }

                if (phrases.TryGetValue(phrase, out var concepts))
                {
                    foreach (var c in concepts)
                    {
                        bag.Add(c);
                    }

                    return n;
                }
            }

            return null;
        }

        public string Singular(string word)
        {
            foreach (var suffix in _plurals)
            {
                if (word.Length > 5 && word.EndsWith(suffix, StringComparison.Ordinal) && !_singularEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)))
                {
                    return word[..^suffix.Length];
                }
            }

            return word;
        }
    }
}
