using System.Buffers;
using System.Numerics;
using System.Text;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>A gazetteer entry found at a unit: the unit after it, its kind and preferred name.</summary>
internal readonly record struct GazetteerHit(int End, GazetteerKind Kind, string Name, bool Weak, bool Country);

/// <summary>
/// One document's working state for entity recognition: its units, which lexicon classes start at each unit, gazetteer
/// hits, which units are already part of a name, and the candidates found so far. The finders read and add to it in turn.
/// Its per-unit arrays are rented: <see cref="Release"/> gives them (and the units') back once the document is done.
/// </summary>
internal sealed class DocumentScan
{
    // Bounds so a pathological text cannot make the result unbounded.
    internal const int MaxCandidates = 100_000;

    private readonly bool _exact;
    private Lex[] _starts;

    // The trie node of each unit's word as a phrase's first word (null when none): Tag looks every word up once, and the
    // many phrase matches that start at a unit begin from it instead of hashing the word again.
    private PhraseTrie.Node?[] _firstNode;
    private GazetteerHit[] _gazetteer;
    private bool[] _gazetteerDone;
    private bool[] _inDate;
    private int[] _claim;
    private bool[] _cue;

    // The words written in lowercase, as an open-addressing set of unit numbers (plus one; 0 is an empty slot) compared
    // by their lookup keys: built on first use, with no string per word.
    private int[] _lowercase = [];
    private int _lowercaseMask;
    private bool _lowercaseBuilt;

    public DocumentScan(string text, UnitSequence units, EntityLexicon lexicon, IEntityGazetteer gazetteer, IReadOnlyList<DateMention> dates)
    {
        Text = text;
        Units = units;
        Lexicon = lexicon;
        Gazetteer = gazetteer;
        Count = units.Count;
        _exact = WritesVietnameseTones(text);
        Trie = _exact ? lexicon.ExactTrie : lexicon.Trie;
        _starts = Rent<Lex>(Count);
        _firstNode = Rent<PhraseTrie.Node?>(Count);
        _gazetteer = Rent<GazetteerHit>(Count);
        _gazetteerDone = Rent<bool>(Count);
        _inDate = Rent<bool>(Count);
        _claim = Rent<int>(Count);
        _cue = Rent<bool>(Count);
        _claim.AsSpan(0, Count).Fill(-1);
        Tag();
        MarkDates(dates);
        MarkHeadlines();
    }

    public string Text { get; }

    public UnitSequence Units { get; }

    /// <summary>Gives the rented arrays back, the units' too; the scan must not be read afterwards.</summary>
    public void Release()
    {
        Return(ref _starts);
        Return(ref _firstNode);
        Return(ref _gazetteer);
        Return(ref _gazetteerDone);
        Return(ref _inDate);
        Return(ref _claim);
        Return(ref _cue);
        Return(ref _lowercase);
        Units.Release();
    }

    // Cleared up to the document's length: the pool hands out longer arrays with other documents' values.
    private static T[] Rent<T>(int length)
    {
        if (length == 0)
        {
            return [];
        }

        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private static void Return<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        array = [];
    }

    public EntityLexicon Lexicon { get; }

    public IEntityGazetteer Gazetteer { get; }

    public int Count { get; }

    /// <summary>The lexicon's trie this document is read with: accent-exact for toned Vietnamese, folded otherwise.</summary>
    public PhraseTrie Trie { get; }

    /// <summary>The key unit <paramref name="i"/> is looked up with in <see cref="Trie"/>.</summary>
    public ReadOnlySpan<char> LookupKey(int i) => _exact ? Units.Key(i) : Units.Folded(i);

    public List<Candidate> Candidates { get; } = [];

    /// <summary>Every role phrase found, in text order.</summary>
    public List<RolePhrase> Roles { get; } = [];

    /// <summary>Head words standing alone ("the Association", "Hiệp hội"): references to a named body.</summary>
    public List<BareHead> BareHeads { get; } = [];

    private readonly Dictionary<int, RolePhrase> _rolesByEnd = [];
    private readonly Dictionary<int, BareHead> _bareHeadsByFirst = [];
    private readonly Dictionary<string, Candidate> _bodiesByWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Candidate> _bodiesByShortName = new(StringComparer.Ordinal);

    /// <summary>Records a role phrase.</summary>
    public void AddRole(RolePhrase role)
    {
        Roles.Add(role);
        _rolesByEnd[role.End] = role;
    }

    /// <summary>The last role phrase recorded that ends at unit <paramref name="end"/>, or null.</summary>
    public RolePhrase? RoleEndingAt(int end) => _rolesByEnd.GetValueOrDefault(end);

    /// <summary>Records a head word standing alone.</summary>
    public void AddBareHead(BareHead head)
    {
        BareHeads.Add(head);
        _bareHeadsByFirst.TryAdd(head.First, head);
    }

    /// <summary>The bare head starting at unit <paramref name="first"/>, or null.</summary>
    public BareHead? BareHeadAt(int first) => _bareHeadsByFirst.TryGetValue(first, out var head) ? head : null;

    /// <summary>Gives <paramref name="body"/> a short name the text defines for it ("ACR", "Kadin"), unless it has one.</summary>
    public void DefineShortName(Candidate body, string shortName)
    {
        if (body.Acronym is null)
        {
            body.Acronym = shortName;
            _bodiesByShortName.TryAdd(WordFolder.Fold(shortName), body);
        }
    }

    /// <summary>The first body found so far that has the word of unit <paramref name="i"/> in its name ("Vinamilk"), or null.</summary>
    public Candidate? BodyWithWord(int i) =>
        IsWord(i) && _bodiesByWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Units.Folded(i), out var body) ? body : null;

    // The distinctive words of a body's name: capitalised, not a head, portfolio or place ("Vinamilk" in "Công ty Vinamilk").
    private void IndexBodyWords(Candidate c)
    {
        if (c.Type is not (EntityType.Organization or EntityType.Initiative) || c.Target is not null ||
            (c.NameEnd - c.NameFirst < 2 && c.Evidence != Evidence.Noun))
        {
            return;
        }

        for (var i = c.NameFirst; i < c.NameEnd; i++)
        {
            if (IsCap(i) && Units[i].Length >= 3 && MatchEnd(i, Lex.AnyOrgHead | Lex.InitiativeHead | Lex.Portfolio) < 0 && GazetteerAt(i) is null)
            {
                _bodiesByWord.TryAdd(Units.Folded(i).ToString(), c);
            }
        }
    }

    /// <summary>Acronyms in brackets that matched no long form yet: the acronym's unit.</summary>
    public List<int> PendingAcronyms { get; } = [];

    public ref Unit this[int index] => ref Units[index];

    public bool IsWord(int i) => (uint)i < (uint)Count && Units[i].Is(UnitFlags.Word);

    /// <summary>A word written with a capital (or in a script without case): the shape of a name.</summary>
    public bool IsCap(int i) =>
        (uint)i < (uint)Count && (Units[i].Flags & (UnitFlags.Word | UnitFlags.Upper | UnitFlags.Caseless | UnitFlags.Number)) is var f &&
        (f & UnitFlags.Word) != 0 && (f & (UnitFlags.Upper | UnitFlags.Caseless)) != 0 && (f & UnitFlags.Number) == 0;

    public bool IsLower(int i) => (uint)i < (uint)Count && Units[i].Is(UnitFlags.Word) && Units[i].Is(UnitFlags.Lower);

    /// <summary>A word that is not written as a name: lowercase, or in a script without capitals.</summary>
    public bool IsPlain(int i) => (uint)i < (uint)Count && Units[i].Is(UnitFlags.Word) && Units[i].Is(UnitFlags.Lower | UnitFlags.Caseless);

    public bool IsPunct(int i, char c) => (uint)i < (uint)Count && Units[i].Is(UnitFlags.Punct) && Text[Units[i].Start] == c;

    public bool IsPunct(int i) => (uint)i < (uint)Count && Units[i].Is(UnitFlags.Punct);

    /// <summary>Whether a whole phrase of class <paramref name="flag"/> starts at unit <paramref name="i"/>.</summary>
    public bool Has(int i, Lex flag) => MayStart(i, flag) && MatchEnd(i, flag) > 0;

    private bool MayStart(int i, Lex flag) => (uint)i < (uint)Count && (_starts[i] & flag) != 0;

    public bool InDate(int i) => (uint)i < (uint)Count && _inDate[i];

    public bool IsClaimed(int i) => (uint)i < (uint)Count && _claim[i] >= 0;

    /// <summary>Whether unit <paramref name="i"/> is part of a title or role ("PGS.TS", "Dr"), so never a name.</summary>
    public bool IsCue(int i) => (uint)i < (uint)Count && _cue[i];

    /// <summary>Marks units [first, end) as a title or role.</summary>
    public void MarkCue(int first, int end)
    {
        for (var i = Math.Max(0, first); i < end && i < Count; i++)
        {
            _cue[i] = true;
        }
    }

    public Candidate? ClaimOf(int i) => (uint)i < (uint)Count && _claim[i] >= 0 ? Candidates[_claim[i]] : null;

    public GazetteerHit? GazetteerAt(int i)
    {
        if ((uint)i >= (uint)Count)
        {
            return null;
        }

        if (!_gazetteerDone[i])
        {
            _gazetteerDone[i] = true;
            _gazetteer[i] = LookUp(i);
        }

        return _gazetteer[i].End > i ? _gazetteer[i] : null;
    }

    /// <summary>
    /// A country adjective at unit <paramref name="i"/>, also one written in lowercase before another lowercase word, which
    /// <see cref="GazetteerAt"/> does not look up ("italiano" in "l'ambasciatore italiano in Malaysia").
    /// </summary>
    public GazetteerHit? DemonymAt(int i)
    {
        if (GazetteerAt(i) is { } hit)
        {
            return hit.Kind == GazetteerKind.Demonym ? hit : null;
        }

        if (!IsLower(i) || IsCap(i + 1))
        {
            return null;
        }

        var found = LookUp(i, lowercaseAlone: true);
        return found.End > i && found.Kind == GazetteerKind.Demonym ? found : null;
    }

    /// <summary>A gazetteer entry at unit <paramref name="i"/> that is not also a common word or personal name.</summary>
    public GazetteerHit? StrongGazetteerAt(int i) => GazetteerAt(i) is { Weak: false } hit ? hit : null;

    /// <summary>Whether the folded word occurs in lowercase somewhere in the document (a common word, not a name).</summary>
    public bool SeenLowercase(int i)
    {
        if ((uint)i >= (uint)Count)
        {
            return false;
        }

        if (!_lowercaseBuilt)
        {
            _lowercaseBuilt = true;
            IndexLowercase();
        }

        return _lowercase.Length > 0 && FindLowercase(LookupKey(i)) >= 0;
    }

    private static bool IsRunningLowercase(in Unit unit) =>
        unit.Is(UnitFlags.Word) && unit.Is(UnitFlags.Lower) && !unit.Is(UnitFlags.SentenceStart);

    private void IndexLowercase()
    {
        var words = 0;
        for (var u = 0; u < Count; u++)
        {
            words += IsRunningLowercase(Units[u]) ? 1 : 0;
        }

        if (words == 0)
        {
            return;
        }

        // At most half full, so every probe ends at an empty slot.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, words * 2));
        _lowercase = Rent<int>(size);
        _lowercaseMask = size - 1;
        for (var u = 0; u < Count; u++)
        {
            if (IsRunningLowercase(Units[u]) && FindLowercase(LookupKey(u)) is var slot && slot < 0)
            {
                _lowercase[~slot] = u + 1;
            }
        }
    }

    // The slot holding a unit with this key, or the complement of the empty slot where it would go.
    private int FindLowercase(ReadOnlySpan<char> key)
    {
        var mask = _lowercaseMask;
        var slot = string.GetHashCode(key) & mask;
        while (_lowercase[slot] != 0)
        {
            if (LookupKey(_lowercase[slot] - 1).SequenceEqual(key))
            {
                return slot;
            }

            slot = (slot + 1) & mask;
        }

        return ~slot;
    }

    /// <summary>Whether units <paramref name="a"/> and <paramref name="b"/> sit on the same line.</summary>
    public bool SameLine(int a, int b) =>
        (uint)a < (uint)Count && (uint)b < (uint)Count && Units[a].Line == Units[b].Line;

    /// <summary>
    /// The next unit of the same phrase after <paramref name="i"/>: the next word when nothing or only an attached
    /// hyphen, apostrophe, slash or dot sits between (“secretary-general”, “a/l”), on the same line; otherwise -1.
    /// </summary>
    public int NextInPhrase(int i)
    {
        var j = i + 1;
        if (j >= Count || Units[j].Is(UnitFlags.LineBefore))
        {
            return -1;
        }

        if (Units[j].Is(UnitFlags.Word))
        {
            return j;
        }

        if (IsJoiner(j) && j + 1 < Count && Units[j + 1].Is(UnitFlags.Word) && !Units[j + 1].Is(UnitFlags.SpaceBefore))
        {
            return j + 1;
        }

        // "Dato' Sri": an apostrophe closing a word (an elision, as the Malay title writes it) leaves the phrase going on.
        if (Units[j].Is(UnitFlags.Punct) && !Units[j].Is(UnitFlags.SpaceBefore) && Text[Units[j].Start] is '\'' or '\u2019' &&
            j + 1 < Count && Units[j + 1].Is(UnitFlags.Word) && !Units[j + 1].Is(UnitFlags.LineBefore))
        {
            return j + 1;
        }

        return -1;
    }

    /// <summary>Whether unit <paramref name="j"/> is a hyphen-like or apostrophe-like character glued to both neighbours.</summary>
    public bool IsJoiner(int j) =>
        (uint)j < (uint)Count && Units[j].Is(UnitFlags.Punct) && !Units[j].Is(UnitFlags.SpaceBefore) &&
        j + 1 < Count && !Units[j + 1].Is(UnitFlags.SpaceBefore) &&
        Text[Units[j].Start] is '-' or '\u2010' or '\u2011' or '\u2013' or '\'' or '\u2019' or '/' or '.' or '\u00B7';

    /// <summary>Whether unit <paramref name="j"/> is a hyphen glued to both neighbours.</summary>
    public bool IsHyphen(int j) => IsJoiner(j) && Text[Units[j].Start] is '-' or '\u2010' or '\u2011' or '\u2013';

    /// <summary>The unit after the longest phrase of class <paramref name="flag"/> starting at <paramref name="i"/>, or -1.</summary>
    public int MatchEnd(int i, Lex flag) => MatchEnd(i, flag, out _);

    /// <summary>As <see cref="MatchEnd(int, Lex)"/>, also giving the matched phrase's trie node.</summary>
    public int MatchEnd(int i, Lex flag, out PhraseTrie.Node? matched)
    {
        matched = null;
        if (!MayStart(i, flag))
        {
            return -1;
        }

        var node = Trie.Root;
        var best = -1;
        var j = i;
        while (j >= 0)
        {
            var next = j == i ? _firstNode[i] : node.Step(LookupKey(j));
            if (next is null || (next.Through & flag) == 0)
            {
                break;
            }

            node = next;
            if ((node.Flags & flag) != 0)
            {
                best = j + 1;
                matched = node;
            }

            var following = NextInPhrase(j);
            if (following < 0 && node.HasChildren && IsPunct(j + 1, ',') && IsWord(j + 2) && SameLine(j, j + 2))
            {
                // "Minister of Investment, Trade and Industry": a listed phrase may have commas inside.
                following = j + 2;
            }

            j = following;
        }

        return best;
    }

    /// <summary>The start of a phrase of class <paramref name="flag"/> ending exactly at <paramref name="end"/>, or -1.</summary>
    public int MatchEndingAt(int end, Lex flag, int maxWords = 4)
    {
        var best = -1;
        var start = end - 1;
        for (var words = 0; words < maxWords && start >= 0; words++)
        {
            if (IsWord(start) && MatchEnd(start, flag) == end)
            {
                best = start;
            }

            // Step back one word, over a glued joiner if any.
            start--;
            if (start >= 0 && IsJoiner(start))
            {
                start--;
            }

            while (start >= 0 && !IsWord(start))
            {
                if (!IsJoiner(start))
                {
                    return best;
                }

                start--;
            }
        }

        return best;
    }

    /// <summary>Whether the units [first, end) are all free.</summary>
    public bool IsFree(int first, int end)
    {
        for (var i = Math.Max(0, first); i < end && i < Count; i++)
        {
            if (_claim[i] >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds <paramref name="candidate"/> and claims its units when they are all free; false otherwise.</summary>
    public bool TryClaim(Candidate candidate)
    {
        if (candidate.End <= candidate.First || !IsFree(candidate.First, candidate.End) || Candidates.Count >= MaxCandidates)
        {
            return false;
        }

        var index = Candidates.Count;
        candidate.Index = index;
        Candidates.Add(candidate);
        var claim = _claim.AsSpan(0, Count);
        for (var i = candidate.First; i < candidate.End; i++)
        {
            claim[i] = index;
        }

        IndexBodyWords(candidate);
        return true;
    }

    /// <summary>Adds a candidate that claims no units (a pronoun or a role standing for a person).</summary>
    public void AddReference(Candidate candidate)
    {
        if (Candidates.Count < MaxCandidates)
        {
            Candidates.Add(candidate);
        }
    }

    /// <summary>Grows a claimed candidate to [first, end), taking free units only.</summary>
    public bool TryGrow(Candidate candidate, int first, int end)
    {
        var index = candidate.Index;
        if (index < 0)
        {
            return false;
        }

        var claim = _claim.AsSpan(0, Count);
        for (var i = first; i < end; i++)
        {
            if (claim[i] >= 0 && claim[i] != index)
            {
                return false;
            }
        }

        for (var i = first; i < end; i++)
        {
            claim[i] = index;
        }

        candidate.First = Math.Min(candidate.First, first);
        candidate.End = Math.Max(candidate.End, end);
        IndexBodyWords(candidate);
        return true;
    }

    /// <summary>The text of units [first, end) with every run of white space made one space.</summary>
    public string Slice(int first, int end)
    {
        if (end <= first)
        {
            return string.Empty;
        }

        var start = Units[first].Start;
        var stop = Units[end - 1].End;
        var span = Text.AsSpan(start, stop - start);
        if (!span.ContainsAny('\n', '\r', '\t') && !span.Contains("  ", StringComparison.Ordinal))
        {
            return span.ToString();
        }

        var sb = new StringBuilder(span.Length);
        var space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The folded key of a candidate's name (its name units' folded words, skipped ones left out).</summary>
    public string KeyOf(Candidate c)
    {
        // Asked for again and again (indexes, coreference, assembly) while the bounds rarely change.
        var bounds = (c.NameFirst, c.NameEnd, c.SkipFirst, c.SkipEnd);
        if (c.CachedKey is { } cached && c.CachedKeyFor == bounds)
        {
            return cached;
        }

        var key = BuildKey(c.NameFirst, c.NameEnd, c.SkipFirst, c.SkipEnd);
        c.CachedKey = key;
        c.CachedKeyFor = bounds;
        return key;
    }

    // Words are joined by one space, written only once something precedes (so an empty first word adds none).
    private string BuildKey(int first, int end, int skipFirst, int skipEnd)
    {
        var length = 0;
        for (var i = first; i < end && i < Count; i++)
        {
            if ((i < skipFirst || i >= skipEnd) && Units[i].Is(UnitFlags.Word))
            {
                length += (length > 0 ? 1 : 0) + Units[i].FoldLength;
            }
        }

        if (length == 0)
        {
            return string.Empty;
        }

        return string.Create(length, (this, first, end, skipFirst, skipEnd), static (buffer, state) =>
        {
            var (scan, first, end, skipFirst, skipEnd) = state;
            var at = 0;
            for (var i = first; i < end && i < scan.Count; i++)
            {
                if ((i < skipFirst || i >= skipEnd) && scan.Units[i].Is(UnitFlags.Word))
                {
                    if (at > 0)
                    {
                        buffer[at++] = ' ';
                    }

                    var word = scan.Units.Folded(i);
                    word.CopyTo(buffer[at..]);
                    at += word.Length;
                }
            }
        });
    }

    /// <summary>The name a candidate gives its entity: its name units, less any skipped ones.</summary>
    public string NameOf(Candidate c)
    {
        if (c.SkipFirst < 0 || c.SkipFirst <= c.NameFirst || c.SkipEnd >= c.NameEnd)
        {
            return Slice(c.NameFirst, c.NameEnd);
        }

        return Slice(c.NameFirst, c.SkipFirst) + " " + Slice(c.SkipEnd, c.NameEnd);
    }

    /// <summary>The body whose acronym or short name the text defined as <paramref name="i"/>'s word ("ACR", "Kadin"), or null.</summary>
    public Candidate? DefinedShortName(int i) =>
        IsWord(i) && _bodiesByShortName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Units.Folded(i), out var body) ? body : null;

    /// <summary>The body whose short name the text defined as the units [first, end) ("IEU-CEPA"), or null.</summary>
    public Candidate? DefinedShortName(int first, int end)
    {
        if (end - first == 1)
        {
            return DefinedShortName(first);
        }

        var sb = new StringBuilder();
        for (var i = first; i < end && i < Count; i++)
        {
            sb.Append(Units.Folded(i));
        }

        return _bodiesByShortName.GetValueOrDefault(sb.ToString());
    }

    /// <summary>The closest candidate ending at or before unit <paramref name="before"/> that satisfies <paramref name="accept"/>.</summary>
    public Candidate? LastBefore(int before, Func<Candidate, bool> accept)
    {
        // Every candidate claims its units, so walking back over the claims finds the nearest first; far-back ones are
        // not worth a reference.
        Candidate? last = null;
        for (var u = Math.Min(before, Count) - 1; u >= 0 && u >= before - 4000; u--)
        {
            var c = ClaimOf(u);
            if (c is null || c == last)
            {
                continue;
            }

            last = c;
            if (c.End <= before && !c.Hidden && accept(c))
            {
                return c;
            }
        }

        return null;
    }

    private void Tag()
    {
        var root = Trie.Root;
        for (var i = 0; i < Count; i++)
        {
            ref var unit = ref Units[i];
            if (!unit.Is(UnitFlags.Word))
            {
                continue;
            }

            var node = root.Step(LookupKey(i));
            _firstNode[i] = node;
            _starts[i] = node?.Through ?? Lex.None;
        }
    }

    // Letters only Vietnamese uses (ơ ư ă đ and the tone-marked vowels of Latin Extended Additional).
    private static bool WritesVietnameseTones(string text)
    {
        var hits = 0;
        foreach (var c in text)
        {
            if (c is >= '\u1EA0' and <= '\u1EF9' or 'ơ' or 'ư' or 'Ơ' or 'Ư' or 'ă' or 'Ă' or 'đ' or 'Đ')
            {
                if (++hits >= 3)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void MarkDates(IReadOnlyList<DateMention> dates)
    {
        if (dates.Count == 0)
        {
            return;
        }

        var d = 0;
        var sorted = InStartOrder(dates);
        for (var i = 0; i < Count && d < sorted.Count; i++)
        {
            while (d < sorted.Count && sorted[d].Span.End <= Units[i].Start)
            {
                d++;
            }

            if (d < sorted.Count && sorted[d].Span.Start <= Units[i].Start && Units[i].End <= sorted[d].Span.End)
            {
                _inDate[i] = true;
            }
        }
    }

    // The date stage gives its mentions in text order, so a sorted copy is rarely needed.
    private static IReadOnlyList<DateMention> InStartOrder(IReadOnlyList<DateMention> dates)
    {
        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i].Span.Start < dates[i - 1].Span.Start)
            {
                return dates.OrderBy(m => m.Span.Start).ToArray();
            }
        }

        return dates;
    }

    // A headline capitalises every word, so capitals say nothing there: only known names are taken from it.
    private void MarkHeadlines()
    {
        var i = 0;
        while (i < Count)
        {
            var line = Units[i].Line;
            var end = i;
            int words = 0, caps = 0, capitalisedSmallWords = 0, capitalisedCommonWords = 0;
            var first = true;
            while (end < Count && Units[end].Line == line)
            {
                ref var unit = ref Units[end];
                if (unit.Is(UnitFlags.Word) && !unit.Is(UnitFlags.Number))
                {
                    words++;
                    if (unit.Is(UnitFlags.Upper))
                    {
                        caps++;
                        // Only words written in lowercase in running text give a headline away (not weekdays or months).
                        if (!first && (_starts[end] & (Lex.Connector | Lex.Determiner | Lex.Stopper | Lex.Conjunction)) != 0 &&
                            MatchEnd(end, Lex.Connector | Lex.Determiner | Lex.Stopper | Lex.Conjunction) == end + 1)
                        {
                            capitalisedSmallWords++;
                        }
                        else if (!first && SeenLowercase(end))
                        {
                            capitalisedCommonWords++;
                        }
                    }

                    first = false;
                }

                end++;
            }

            // A line closed by a full stop is a sentence, however many capitals it has (Malay and Indonesian titles).
            var closedBySentenceEnd = end > i && Units[end - 1].Is(UnitFlags.Punct) && Text[Units[end - 1].Start] is '.' or '!' or '?';
            // Title case also shows in common words the text writes in lowercase elsewhere, when the headline keeps its
            // prepositions lowercase ("Syarikat Makanan Halal Sasar Jualan … di Pameran Milan").
            if (words >= 4 && caps * 4 >= words * 3 && (capitalisedSmallWords > 0 || caps == words || capitalisedCommonWords >= 2) &&
                !closedBySentenceEnd)
            {
                for (var u = i; u < end; u++)
                {
                    Units[u].Flags |= UnitFlags.Headline;
                }

                ReadInSentenceCase(i, end);
            }

            i = end;
        }
    }

    // Words of this kind are written in lowercase in running text; a title-case line capitalises them all the same.
    private const Lex LowercaseInRunningText = Lex.Connector | Lex.Determiner | Lex.Stopper | Lex.Conjunction | Lex.Verb | Lex.SpeechVerb;

    // Words of this kind may be capitalised in running text too, so a title-case line says nothing about them.
    private const Lex CapitalisedInRunningText = Lex.Particle | Lex.Role | Lex.RoleModifier | Lex.Honorific | Lex.FamilyName | Lex.GivenName |
                                                 Lex.AnyOrgHead | Lex.InitiativeHead | Lex.VenueHead | Lex.Agency | Lex.Portfolio;

    // A headline's verbs and function words are read as lowercase, as they would be written in a sentence, so that the
    // names found in it are those of the same line in sentence case ("Minister Visits Jakarta" has no person "Visits").
    // The line's first word keeps its capital, as a sentence's does, and so do place names ("Da Nang").
    private void ReadInSentenceCase(int first, int end)
    {
        var sawWord = false;
        for (var u = first; u < end; u++)
        {
            ref var unit = ref Units[u];
            if (!unit.Is(UnitFlags.Word) || unit.Is(UnitFlags.Number))
            {
                continue;
            }

            if (!sawWord || !unit.Is(UnitFlags.Upper) || unit.Is(UnitFlags.AllCaps))
            {
                sawWord = true;
                continue;
            }

            if (GazetteerAt(u) is { } place)
            {
                u = place.End - 1;
                continue;
            }

            var phraseEnd = MatchEnd(u, LowercaseInRunningText);
            if (phraseEnd <= u || MatchEnd(u, CapitalisedInRunningText) > u || phraseEnd > end)
            {
                continue;
            }

            for (var w = u; w < phraseEnd; w++)
            {
                if (Units[w].Is(UnitFlags.Word) && !Units[w].Is(UnitFlags.AllCaps))
                {
                    Units[w].Flags = (Units[w].Flags & ~UnitFlags.Upper) | UnitFlags.Lower;
                }
            }

            u = phraseEnd - 1;
        }
    }

    // Gazetteer entries are looked up when first asked for: most words are never asked about.
    private GazetteerHit LookUp(int i, bool lowercaseAlone = false)
    {
        ref var unit = ref Units[i];
        if (Gazetteer is EmptyGazetteer || !unit.Is(UnitFlags.Word) || unit.Is(UnitFlags.Number))
        {
            return default;
        }

        // Lowercase-led names ("châu Á") are looked up only when a capital follows; "US$" is a currency, not a country.
        if ((unit.Is(UnitFlags.Lower) && !IsCap(i + 1) && !lowercaseAlone) || (i + 1 < Count && IsPunct(i + 1, '$') && !Units[i + 1].Is(UnitFlags.SpaceBefore)))
        {
            return default;
        }

        if (!Gazetteer.TryMatchAt(Text, unit.Start, out var match) || match.End <= unit.Start || match.End > Text.Length)
        {
            return default;
        }

        var matchEnd = match.End;
        while (matchEnd > unit.End && char.IsWhiteSpace(Text[matchEnd - 1]))
        {
            matchEnd--;
        }

        var j = i;
        while (j < Count && Units[j].End < matchEnd)
        {
            j++;
        }

        // A name must show a capital ("nice" is no city); country adjectives go lowercase in Italian ("vietnamita").
        if (j >= Count || Units[j].End != matchEnd || (match.Kind != GazetteerKind.Demonym && !HasCapital(i, j + 1)))
        {
            return default;
        }

        // "Republik" alone is some country's short name in a gazetteer, never a place in running text.
        if (j == i && Has(i, Lex.NotPlace))
        {
            return default;
        }

        return new GazetteerHit(j + 1, match.Kind, match.Name, match.Weak, match.Country);
    }

    private bool HasCapital(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (Units[i].Is(UnitFlags.Upper | UnitFlags.Caseless))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A head word standing alone in the text, and the kind of entity such a head names.</summary>
internal readonly record struct BareHead(int First, int End, EntityType Type);

/// <summary>A role phrase in the text: its units, its head word, and the organisation it names if any.</summary>
internal sealed class RolePhrase
{
    public required int First { get; init; }

    public required int End { get; init; }

    public required int HeadFirst { get; init; }

    public required int HeadEnd { get; init; }

    /// <summary>The organisation the role belongs to as the text names it, when it does.</summary>
    public Candidate? Organization { get; init; }

    /// <summary>
    /// Where the words referring to the organisation start ("Hiệp hội" in "Chủ tịch Hiệp hội"), or <see cref="End"/> for a
    /// possessive ("its president"); -1 when the text names the organisation itself.
    /// </summary>
    public int ReferenceAt { get; init; } = -1;

    /// <summary>Whether a person has taken this role.</summary>
    public bool Attached { get; set; }

    /// <summary>The person the role was given to.</summary>
    public Candidate? Person { get; set; }
}
