namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>The classes of words and phrases a language's entity data names.</summary>
[Flags]
internal enum Lex : ulong
{
    None = 0,
    Honorific = 1UL << 0,
    Role = 1UL << 1,
    RoleModifier = 1UL << 2,
    RoleLink = 1UL << 3,
    Portfolio = 1UL << 4,
    AppositionLink = 1UL << 5,
    Copula = 1UL << 6,
    OrgHead = 1UL << 7,
    WeakOrgHead = 1UL << 8,
    LocativeHead = 1UL << 9,
    OrgNoun = 1UL << 10,
    InitiativeHead = 1UL << 11,
    InitiativeNoun = 1UL << 12,
    ListNoun = 1UL << 13,
    ListTrigger = 1UL << 14,
    Connector = 1UL << 15,
    Determiner = 1UL << 16,
    Stopper = 1UL << 17,
    FunctionWord = 1UL << 18,
    Particle = 1UL << 19,
    NameSuffix = 1UL << 20,
    Pronoun = 1UL << 21,
    Possessive = 1UL << 22,
    SpeechVerb = 1UL << 23,
    Conjunction = 1UL << 24,
    Byline = 1UL << 25,
    LocationCue = 1UL << 26,
    Ordinal = 1UL << 27,
    Agency = 1UL << 28,
    FamilyName = 1UL << 29,
    GivenName = 1UL << 30,
    NotName = 1UL << 31,
    CompanySuffix = 1UL << 32,
    VenueHead = 1UL << 33,
    NotPlace = 1UL << 34,
    Relative = 1UL << 35,
    Verb = 1UL << 36,
    PersonMarker = 1UL << 37,

    /// <summary>Any organisation head, strong or weak.</summary>
    AnyOrgHead = OrgHead | WeakOrgHead | LocativeHead | CompanySuffix,

    /// <summary>Words that announce a person next to a name.</summary>
    PersonCue = Honorific | Role,
}

/// <summary>
/// A trie over folded words: each node says which classes of phrase end there and which pass through it, so a walk
/// stops as soon as no phrase of the wanted class can follow. Built once per language, then read-only and shared.
/// </summary>
internal sealed class PhraseTrie
{
    /// <summary>The empty phrase.</summary>
    public Node Root { get; } = new();

    /// <summary>Adds a phrase of folded words under <paramref name="flag"/>.</summary>
    public void Add(IReadOnlyList<string> words, Lex flag, string? canonical = null)
    {
        if (words.Count == 0)
        {
            return;
        }

        var node = Root;
        node.Through |= flag;
        foreach (var word in words)
        {
            node = node.GetOrAdd(word);
            node.Through |= flag;
        }

        node.Flags |= flag;
        if (canonical is not null)
        {
            node.Canonical ??= canonical;
        }
    }

    /// <summary>Makes the trie ready for span lookups; call once after the last <see cref="Add"/>.</summary>
    public void Freeze() => Root.Freeze();

    /// <summary>A node of the trie.</summary>
    internal sealed class Node
    {
        private Dictionary<string, Node>? _next;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private bool _frozen;

        /// <summary>Classes of the phrases that end at this node.</summary>
        public Lex Flags { get; set; }

        /// <summary>Classes of the phrases that end here or further down.</summary>
        public Lex Through { get; set; }

        /// <summary>The spelling a phrase prefers ("Bernama" for "BERNAMA"), when the data gives one.</summary>
        public string? Canonical { get; set; }

        /// <summary>Whether longer phrases go on from this node.</summary>
        public bool HasChildren => _frozen;

        /// <summary>The child reached by <paramref name="word"/>, or null.</summary>
        public Node? Step(ReadOnlySpan<char> word) =>
            _frozen && _lookup.TryGetValue(word, out var node) ? node : null;

        internal Node GetOrAdd(string word)
        {
            _next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_next.TryGetValue(word, out var node))
            {
                node = new Node();
                _next[word] = node;
            }

            return node;
        }

        internal void Freeze()
        {
            if (_next is null)
            {
                return;
            }

            _lookup = _next.GetAlternateLookup<ReadOnlySpan<char>>();
            _frozen = true;
            foreach (var child in _next.Values)
            {
                child.Freeze();
            }
        }
    }
}
