using System.Collections.Concurrent;
using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Languages;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// One language's entity data compiled for lookups: every list of <see cref="EntitiesData"/> goes into one
/// <see cref="PhraseTrie"/> under its class, with the neutral pack's shared lists (agencies, family and given names, words
/// that are never names) added to every language. Built once per language and shared by all documents.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly ConcurrentDictionary<string, EntityLexicon> Cache = new(StringComparer.Ordinal);

    private EntityLexicon(LanguagePack pack)
    {
        var data = pack.Entities;
        var shared = LanguagePacks.NeutralPack.Entities;
        var caseless = new List<string>();
        var caselessTitles = new List<string>();
        var caselessSpeechVerbs = new List<string>();
        Add(data.Honorifics, Lex.Honorific);
        Add(data.Roles, Lex.Role);
        Add(data.RoleModifiers, Lex.RoleModifier);
        Add(data.RoleLinks, Lex.RoleLink);
        Add(data.Portfolios, Lex.Portfolio);
        Add(data.AppositionLinks, Lex.AppositionLink);
        Add(data.Copulas, Lex.Copula);
        Add(data.OrganizationHeads, Lex.OrgHead);
        Add(data.WeakOrganizationHeads, Lex.WeakOrgHead);
        Add(data.LocativeHeads, Lex.LocativeHead | Lex.OrgHead);
        Add(data.OrganizationNouns, Lex.OrgNoun);
        Add(data.VenueHeads, Lex.VenueHead);
        Add(data.InitiativeHeads, Lex.InitiativeHead);
        Add(data.InitiativeNouns, Lex.InitiativeNoun);
        Add(data.ListNouns, Lex.ListNoun);
        Add(data.ListTriggers, Lex.ListTrigger);
        Add(data.RelativePronouns, Lex.Relative);
        Add(data.Connectors, Lex.Connector);
        Add(data.Determiners, Lex.Determiner);
        Add(data.Stoppers, Lex.Stopper);
        Add(data.FunctionWords, Lex.FunctionWord);
        Add(data.NameParticles, Lex.Particle);
        Add(data.NameSuffixes, Lex.NameSuffix);
        Add(data.Pronouns, Lex.Pronoun);
        Add(data.Possessives, Lex.Possessive);
        Add(data.SpeechVerbs, Lex.SpeechVerb);
        Add(data.Verbs, Lex.Verb);
        Add(data.PersonMarkers, Lex.PersonMarker);
        Add(data.Conjunctions, Lex.Conjunction);
        Add(data.BylinePrefixes, Lex.Byline);
        Add(data.LocationCues, Lex.LocationCue);
        Add(data.OrdinalWords, Lex.Ordinal);
        // News outlets: the ingest's list of outlets and their printed forms, then the entity data's own agencies.
        foreach (var outlet in LanguagePacks.NeutralPack.Sources.Outlets)
        {
            foreach (var printed in outlet.Aliases.Prepend(outlet.Name))
            {
                // "Vietnam+" would fold to the country's name: forms with signs that folding drops are left out.
                if (!printed.Any(c => c is '+' or '&' or '@' or '#'))
                {
                    AddOne(printed, Lex.Agency, outlet.Name);
                }
            }
        }

        foreach (var source in ReferenceEquals(data, shared) ? [data] : new[] { data, shared })
        {
            Add(source.RegionalTitles, Lex.Honorific);
            Add(source.Agencies, Lex.Agency, canonical: true);
            Add(source.FamilyNames, Lex.FamilyName);
            Add(source.GivenNames, Lex.GivenName);
            Add(source.NotNames, Lex.NotName);
            Add(source.CompanySuffixes, Lex.CompanySuffix);
            Add(source.NotPlaces, Lex.NotPlace);
        }

        Trie.Freeze();
        ExactTrie.Freeze();
        HeadFirst = data.HeadFirst;
        CapitalizesFirstSyllable = data.CapitalizesFirstSyllable;
        RoleWithOrganization = data.RoleWithOrganization.Contains("{role}", StringComparison.Ordinal)
            ? data.RoleWithOrganization
            : "{role} {organization}";

        // Caseless scripts write titles onto the name ("นายเศรษฐา"): keep those entries to split units with, and the titles and
        // verbs of saying apart: a name the segmenter does not know runs into the verb after it ("นายมาริสกล่าว").
        CaselessWords = caseless.Count == 0 ? null : new CaselessWords(caseless, caselessTitles, caselessSpeechVerbs);

        void Add(List<string> entries, Lex flag, bool canonical = false)
        {
            foreach (var entry in entries)
            {
                AddOne(entry, flag, canonical ? entry.Trim() : null);
            }
        }

        void AddOne(string entry, Lex flag, string? canonical)
        {
            if (string.IsNullOrWhiteSpace(entry))
            {
                return;
            }

            Trie.Add(WordFolder.Words(entry, folded: true), flag, canonical);
            ExactTrie.Add(WordFolder.Words(entry, folded: false), flag, canonical);
            var trimmed = entry.Trim();
            if (trimmed.Length > 0 && char.IsLetter(trimmed[0]) && !char.IsUpper(trimmed[0]) && !char.IsLower(trimmed[0]) &&
                !trimmed.Contains(' ', StringComparison.Ordinal))
            {
                caseless.Add(trimmed);
                if ((flag & Lex.Honorific) != 0)
                {
                    caselessTitles.Add(trimmed);
                }
                else if ((flag & Lex.SpeechVerb) != 0)
                {
                    caselessSpeechVerbs.Add(trimmed);
                }
            }
        }
    }

    /// <summary>All words and phrases of the language by class, folded (accents and case ignored).</summary>
    public PhraseTrie Trie { get; } = new();

    /// <summary>
    /// The same phrases in lowercase with their accents, for texts that write Vietnamese tones: there "Đại" (great) and
    /// "Đài" (station), "vẫn" (still) and "Văn" (a name) are different words.
    /// </summary>
    public PhraseTrie ExactTrie { get; } = new();

    /// <summary>See <see cref="EntitiesData.HeadFirst"/>.</summary>
    public bool HeadFirst { get; }

    /// <summary>See <see cref="EntitiesData.CapitalizesFirstSyllable"/>.</summary>
    public bool CapitalizesFirstSyllable { get; }

    /// <summary>See <see cref="EntitiesData.RoleWithOrganization"/>.</summary>
    public string RoleWithOrganization { get; }

    /// <summary>The language's words in a script without spaces or capitals (Thai), or null when it has none.</summary>
    public CaselessWords? CaselessWords { get; }

    /// <summary>The compiled lexicon of <paramref name="pack"/>.</summary>
    public static EntityLexicon For(LanguagePack pack) => Cache.GetOrAdd(pack.Code, _ => new EntityLexicon(pack));
}

/// <summary>
/// Words of a caseless script the data names, for matching inside unspaced runs: a character trie walked once from a
/// position, so finding the longest word costs one step per character instead of a comparison per word of the data.
/// </summary>
internal sealed class CaselessWords
{
    private readonly CharTrie _trie;
    private readonly bool[] _endsWord;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly string[] _nameEnders;

    public CaselessWords(IEnumerable<string> words, IEnumerable<string> titles, IEnumerable<string> nameEnders)
    {
        _titles = new HashSet<string>(titles, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // Longest first, so "กล่าวว่า" is cut off whole rather than leaving "ว่า" on the name.
        _nameEnders = nameEnders.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToArray();
        var list = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _trie = CharTrie.Build(list, out var nodeOfWord);
        _endsWord = new bool[_trie.NodeCount];
        foreach (var node in nodeOfWord)
        {
            _endsWord[node] = true;
        }
    }

    /// <summary>
    /// The length of the longest word starting at <paramref name="start"/> (a word character) within its run of word
    /// characters that ends either where the run ends or where one of <paramref name="tokens"/> starts (anywhere when
    /// there are none); 0 when none.
    /// </summary>
    public int Longest(string text, int start, ReadOnlySpan<Token> tokens)
    {
        var best = 0;
        var node = CharTrie.Root;
        var at = start;
        while (true)
        {
            node = _trie.Child(node, text[at]);
            if (node < 0)
            {
                return best;
            }

            at++;
            var runEnds = at == text.Length || !UnitSequence.IsWordChar(text, at);
            if (_endsWord[node] && (runEnds || tokens.Length == 0 || UnitSequence.StartsToken(tokens, at)))
            {
                best = at - start;
            }

            if (runEnds)
            {
                return best;
            }
        }
    }

    /// <summary>Whether <paramref name="word"/> is a title written onto the name after it ("นาย", "ดร").</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>
    /// Where in [<paramref name="from"/>, <paramref name="to"/>) a verb of saying starts that ends where its run ends or a token
    /// starts, or -1: after a title, a name the segmenter does not know is cut into pieces that run on into the verb
    /// ("มาริ|สก|ล่า|ว" for "มาริส" + "กล่าว"), so the verb is looked for inside the pieces too.
    /// </summary>
    public int NameEnderWithin(string text, int from, int to, ReadOnlySpan<Token> tokens)
    {
        for (var p = from; p < to; p++)
        {
            var rest = text.AsSpan(p);
            foreach (var ender in _nameEnders)
            {
                if (!rest.StartsWith(ender, StringComparison.Ordinal))
                {
                    continue;
                }

                var end = p + ender.Length;
                if (end == text.Length || !UnitSequence.IsWordChar(text, end) || UnitSequence.StartsToken(tokens, end))
                {
                    return p;
                }
            }
        }

        return -1;
    }
}
