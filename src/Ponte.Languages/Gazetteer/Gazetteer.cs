using System.Collections.Frozen;
using Ponte.Core.Model;

namespace Ponte.Languages.Gazetteer;

/// <summary>
/// Countries, capitals, major cities, states, continents and world regions in every language Ponte reads, with country
/// adjectives (demonyms) and international organisations; generated from iso-codes and CLDR plus hand-written facts
/// (see Gazetteer/README.md). Names are compared folded (case and diacritics ignored) but a name in running text must
/// start with a capital unless it is written lower-case in its language ("châu Á"), and acronyms only match in capitals.
/// Loaded once, immutable, thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NameTrie _trie;
    private readonly NameIndex<Place> _places;
    private readonly NameIndex<Place> _demonyms;
    private readonly NameIndex<InternationalOrganisation> _organisations;
    private readonly FrozenDictionary<string, Place> _byId;
    private readonly FrozenSet<string> _acronymKeys;

    // Per organisation terminal: whether its key is an acronym's.
    private readonly bool[] _acronymTerminals;
    private readonly Lazy<FuzzyIndex> _fuzzy1;
    private readonly Lazy<BkTree> _fuzzy2;

    private Gazetteer(GazetteerData data)
    {
        Places = data.Places;
        Organisations = data.Organisations;
        _byId = data.Places.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);

        var places = new NameIndex<Place>.Builder();
        foreach (var place in data.Places)
        {
            foreach (var written in data.WrittenPlaceNames[place.Id])
            {
                places.Add(written, place, (int)place.Kind);
            }
        }

        var demonyms = new NameIndex<Place>.Builder();
        foreach (var (countryId, words) in data.Demonyms)
        {
            if (_byId.TryGetValue(countryId, out var country))
            {
                foreach (var word in words)
                {
                    demonyms.Add(word, country, 0);
                }
            }
        }

        var organisations = new NameIndex<InternationalOrganisation>.Builder();
        var acronymKeys = new HashSet<string>(StringComparer.Ordinal);
        var rank = 0;
        foreach (var organisation in data.Organisations)
        {
            foreach (var acronym in organisation.Acronyms)
            {
                organisations.Add(acronym, organisation, rank);
                acronymKeys.Add(CharFold.FoldKey(acronym));
            }

            foreach (var names in organisation.Names.Values)
            {
                foreach (var name in names)
                {
                    organisations.Add(name, organisation, rank);
                }
            }

            rank++;
        }

        // One trie holds all three, so a caller wanting each kind at a position walks the text once.
        var trie = _trie = NameTrie.Build([places.Keys(), organisations.Keys(), demonyms.Keys()]);
        _places = places.Build(trie, 0);
        _organisations = organisations.Build(trie, 1);
        _demonyms = demonyms.Build(trie, 2);
        _acronymKeys = acronymKeys.ToFrozenSet(StringComparer.Ordinal);
        _acronymTerminals = new bool[_organisations.KeyCount];
        for (var t = 0; t < _acronymTerminals.Length; t++)
        {
            _acronymTerminals[t] = _acronymKeys.Contains(_organisations.KeyOf(t));
        }

        _fuzzy1 = new Lazy<FuzzyIndex>(() => FuzzyIndex.Build(_places.Keys, 1, MinFuzzyLength - 1));
        _fuzzy2 = new Lazy<BkTree>(() => BkTree.Build(_places.Keys, MinFuzzyLength2 - 2, FuzzyIndex.MaxKeyLength));
    }

    /// <summary>Shortest name <see cref="LookupFuzzy"/> corrects.</summary>
    public const int MinFuzzyLength = 5;

    /// <summary>Shortest name <see cref="LookupFuzzy"/> corrects with two edits.</summary>
    public const int MinFuzzyLength2 = 9;

    /// <summary>The gazetteer built from the data shipped in this assembly, loaded on first use.</summary>
    public static Gazetteer Default => Shared.Value;

    /// <summary>Every place, countries first.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>Every international organisation.</summary>
    public IReadOnlyList<InternationalOrganisation> Organisations { get; }

    /// <summary>Number of distinct folded place names.</summary>
    public int PlaceNameCount => _places.KeyCount;

    /// <summary>Loads a new gazetteer from the data embedded in this assembly (prefer <see cref="Default"/>).</summary>
    public static Gazetteer Load() => new(GazetteerData.LoadEmbedded());

    /// <summary>The place with id <paramref name="id"/> ("VN", "US-TX", "M49-035", "VN.ho-chi-minh-city"), or null.</summary>
    public Place? ById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>The longest known place name beginning exactly at <paramref name="start"/> and ending at a word boundary.</summary>
    public bool TryMatchAt(string text, int start, out PlaceMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_places.TryMatchAt(text, start, out int terminal, out var end))
        {
            match = new PlaceMatch(new TextSpan(start, end), _places.ValuesOf(terminal)[0], _places.IsWeak(terminal));
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The longest place, organisation and country adjective beginning exactly at <paramref name="start"/>, as
    /// <see cref="TryMatchAt"/>, <see cref="TryMatchOrganisationAt"/> and <see cref="TryMatchDemonymAt"/> find them, in one
    /// walk over the text. Any position is allowed: outside the text nothing is found.
    /// </summary>
    public NameMatches MatchAllAt(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((uint)start >= (uint)text.Length || !NameTrie.StartsWord(text, start))
        {
            return default;
        }

        var first = text[start];
        var layers = (_places.MayStart(first) ? 1 << _places.Layer : 0)
            | (_organisations.MayStart(first) ? 1 << _organisations.Layer : 0)
            | (_demonyms.MayStart(first) ? 1 << _demonyms.Layer : 0);
        int place = -1, placeEnd = -1, organisation = -1, organisationEnd = -1, demonym = -1, demonymEnd = -1;
        var walk = new NameTrie.Walk(_trie, text, start, layers);
        while (walk.Next())
        {
            if (!NameTrie.EndsWord(text, walk.End))
            {
                continue;
            }

            var here = _trie.LayersAt(walk.Node) & layers;
            Consider(_places, here, walk, text, start, ref place, ref placeEnd);
            Consider(_organisations, here, walk, text, start, ref organisation, ref organisationEnd);
            Consider(_demonyms, here, walk, text, start, ref demonym, ref demonymEnd);
        }

        return new NameMatches(
            place < 0 ? null : new PlaceMatch(new TextSpan(start, placeEnd), _places.ValuesOf(place)[0], _places.IsWeak(place)),
            organisation < 0 ? null : new OrganisationMatch(new TextSpan(start, organisationEnd),
                _organisations.ValuesOf(organisation)[0], _acronymTerminals[organisation]),
            demonym < 0 ? null : new DemonymMatch(new TextSpan(start, demonymEnd), _demonyms.ValuesOf(demonym)[0]));
    }

    private static void Consider<T>(NameIndex<T> index, int here, in NameTrie.Walk walk, string text, int start, ref int best, ref int bestEnd)
        where T : class
    {
        if ((here & (1 << index.Layer)) == 0)
        {
            return;
        }

        var terminal = index.TerminalAt(walk.Node);
        if (index.Fits(terminal, text, start, walk.End, out var end))
        {
            best = terminal;
            bestEnd = end;
        }
    }

    /// <summary>Every place name in <paramref name="text"/>: non-overlapping longest matches, left to right.</summary>
    public IReadOnlyList<PlaceMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PlaceMatch>();
        _places.FindAll(text, (span, place, weak) => found.Add(new PlaceMatch(span, place, weak)));
        return found;
    }

    /// <summary>The best place called <paramref name="name"/> in any language (case and diacritics ignored), or null.</summary>
    public Place? Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = _places.Lookup(name);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>Every place called <paramref name="name"/>, best first ("Georgia": the country, then the US state).</summary>
    public IReadOnlyList<Place> LookupAll(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _places.Lookup(name);
    }

    /// <summary>
    /// Like <see cref="Lookup"/>, but also forgives up to <paramref name="maxEdits"/> typing errors (a letter missing, extra,
    /// wrong or swapped: "Houson" → Houston) in names of at least <see cref="MinFuzzyLength"/> letters
    /// (<see cref="MinFuzzyLength2"/> for two edits). The closest name wins; ties go to the more important kind of place.
    /// </summary>
    public Place? LookupFuzzy(string name, int maxEdits = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfNegative(maxEdits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxEdits, 2);
        var key = CharFold.FoldKey(name);
        var exact = _places.ByKey(key);
        if (exact.Count > 0)
        {
            return exact[0];
        }

        if (maxEdits == 0 || key.Length < MinFuzzyLength)
        {
            return null;
        }

        if (maxEdits == 2 && key.Length < MinFuzzyLength2)
        {
            maxEdits = 1;
        }

        // One edit (the common case, including swapped letters) uses the deletion index; two use the BK-tree.
        var candidates = maxEdits == 1 ? _fuzzy1.Value.Search(key, 1) : _fuzzy2.Value.Search(key, 2);
        Place? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (candidate, distance) in candidates)
        {
            if (distance > bestDistance)
            {
                break;
            }

            var place = _places.ByKey(candidate)[0];
            if (best is null || place.Kind < best.Kind)
            {
                best = place;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// For a capitalised word of at least <see cref="MinFuzzyLength"/> letters at <paramref name="start"/> that is no
    /// known name, the place it is one typing error away from ("Houson, Texas" → Houston). The match is always weak:
    /// callers should want context (a following country or state, a preposition of place) before trusting it.
    /// </summary>
    public bool TryMatchFuzzyAt(string text, int start, out PlaceMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        match = default;
        if ((uint)start >= (uint)text.Length || !char.IsUpper(text[start]) ||
            (start > 0 && CharFold.IsWordChar(text[start - 1])))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && CharFold.IsWordChar(text[end]) && !CharFold.IsScriptioContinua(text[end]))
        {
            end++;
        }

        if (end - start < MinFuzzyLength || end - start > FuzzyIndex.MaxKeyLength || _places.Lookup(text[start..end]).Count > 0)
        {
            return false;
        }

        var place = LookupFuzzy(text[start..end]);
        if (place is null)
        {
            return false;
        }

        match = new PlaceMatch(new TextSpan(start, end), place, Weak: true);
        return true;
    }

    /// <summary>The country an adjective or demonym refers to ("Italian", "italiana", "vietnamita", "Ý"), or null.</summary>
    public Place? CountryOfDemonym(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var found = _demonyms.Lookup(word);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>The longest country adjective or demonym beginning exactly at <paramref name="start"/>.</summary>
    public bool TryMatchDemonymAt(string text, int start, out DemonymMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_demonyms.TryMatchAt(text, start, out int terminal, out var end))
        {
            match = new DemonymMatch(new TextSpan(start, end), _demonyms.ValuesOf(terminal)[0]);
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>Every country adjective or demonym in <paramref name="text"/>, non-overlapping, left to right.</summary>
    public IReadOnlyList<DemonymMatch> FindDemonyms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DemonymMatch>();
        _demonyms.FindAll(text, (span, country, _) => found.Add(new DemonymMatch(span, country)));
        return found;
    }

    /// <summary>The organisation with this name or acronym in any language ("ASEAN", "Liên minh châu Âu", "Ue"), or null.</summary>
    public InternationalOrganisation? LookupOrganisation(string nameOrAcronym)
    {
        ArgumentNullException.ThrowIfNull(nameOrAcronym);
        var found = _organisations.Lookup(nameOrAcronym);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>The longest organisation name or acronym beginning exactly at <paramref name="start"/>.</summary>
    public bool TryMatchOrganisationAt(string text, int start, out OrganisationMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_organisations.TryMatchAt(text, start, out int terminal, out var end))
        {
            // The text matched folds to the terminal's key, so its acronym flag is the text's.
            match = new OrganisationMatch(new TextSpan(start, end), _organisations.ValuesOf(terminal)[0], _acronymTerminals[terminal]);
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>Every organisation name or acronym in <paramref name="text"/>, non-overlapping, left to right.</summary>
    public IReadOnlyList<OrganisationMatch> FindOrganisations(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<OrganisationMatch>();
        _organisations.FindAll(text, (span, organisation, _) =>
        {
            var isAcronym = _acronymKeys.Contains(CharFold.FoldKey(text.AsSpan(span.Start, span.Length)));
            found.Add(new OrganisationMatch(span, organisation, isAcronym));
        });
        return found;
    }
}
