namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>
/// Phrases of a language (a word, or several atoms such as "more than", "US$", "พ.ศ.") with what each means, looked up
/// by their first atom and matched longest first, case-insensitively. Built once per language pack, then read-only.
/// </summary>
internal sealed class PhraseTable<T>
    where T : class, new()
{
    private readonly Dictionary<string, T> _byPhrase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // One bit per first two ASCII characters and length (lengths from 15 up share one) of the first atoms, under every case
    // they match: most words of a text start no phrase, and this tells so without hashing them.
    private readonly BitSet _asciiStarts = new(1 << 18);

    // The same for first atoms in an unspaced script (Thai): one bit per first character and length. These scripts have
    // no case, so a character there equals only itself under OrdinalIgnoreCase.
    private readonly BitSet _unspacedStarts = new(UnspacedKeywords.Slots * 16);

    // First atoms written wholly in an unspaced script: under OrdinalIgnoreCase such an atom equals only itself, so these
    // are found by ordinal hashing (the case-insensitive hash of non-ASCII text is several times slower), behind a filter
    // on first character, length and last character.
    private readonly Dictionary<string, List<Entry>> _unspacedByFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> _unspacedLookup;
    private readonly BitSet _unspacedWords = new(UnspacedKeywords.Slots * 16 * 8);

    public PhraseTable(UnspacedKeywords keywords)
    {
        Keywords = keywords;
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _unspacedLookup = _unspacedByFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The keywords of unspaced scripts, shared with the lexer.</summary>
    public UnspacedKeywords Keywords { get; }

    /// <summary>The meaning of <paramref name="phrase"/>, created empty on first use so one phrase can gather several roles.</summary>
    public T this[string phrase]
    {
        get
        {
            var text = phrase.Trim();
            if (_byPhrase.TryGetValue(text, out var value))
            {
                return value;
            }

            value = new T();
            var atoms = AtomLexer.Lex(text, null);
            if (atoms.Count == 0)
            {
                return value;
            }

            _byPhrase.Add(text, value);
            var parts = atoms.Select(a => text[a.Start..a.End]).ToArray();
            // A lone letter of a longer phrase is an abbreviation's ("ก.ค."): its full stops already cut it out, and as a
            // keyword it would cut that letter out of every word of an unspaced script ("การค้า" read as "ก", "าร", "ค", "้า").
            foreach (var part in parts)
            {
                if (part.Length > 1 || parts.Length == 1)
                {
                    Keywords.Add(part);
                }
            }

            if (!_byFirst.TryGetValue(parts[0], out var list))
            {
                list = [];
                _byFirst.Add(parts[0], list);
                AddFirst(parts[0], list);
            }

            list.Add(new Entry(parts[1..], value));
            list.Sort((a, b) => b.Rest.Length.CompareTo(a.Rest.Length));
            return value;
        }
    }

    /// <summary>The longest phrase starting at atom <paramref name="index"/>: its meaning and how many atoms it spans.</summary>
    public bool TryMatch(string text, List<Atom> atoms, int index, out T value, out int count)
    {
        value = null!;
        count = 0;
        if ((uint)index >= (uint)atoms.Count)
        {
            return false;
        }

        var first = atoms[index];
        var word = text.AsSpan(first.Start, first.Length);
        var c0 = word[0];
        var c1 = word.Length > 1 ? word[1] : '\0';
        List<Entry>? entries;
        if (c0 < 128)
        {
            if ((c1 < 128 && !HasStart(c0, c1, word.Length)) || !_lookup.TryGetValue(word, out entries))
            {
                return false;
            }
        }
        else if (AtomLexer.IsUnspaced(c0))
        {
            if (!HasUnspacedStart(c0, word.Length))
            {
                return false;
            }

            if (IsWhollyUnspaced(word))
            {
                if (!HasUnspacedWord(word) || !_unspacedLookup.TryGetValue(word, out entries))
                {
                    return false;
                }
            }
            else if (!_lookup.TryGetValue(word, out entries))
            {
                return false;
            }
        }
        else if (!_lookup.TryGetValue(word, out entries))
        {
            return false;
        }

        foreach (var entry in entries)
        {
            if (index + entry.Rest.Length >= atoms.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < entry.Rest.Length; k++)
            {
                var atom = atoms[index + 1 + k];
                if (!text.AsSpan(atom.Start, atom.Length).Equals(entry.Rest[k], StringComparison.OrdinalIgnoreCase))
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                value = entry.Value;
                count = entry.Rest.Length + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks a first atom under every pair of ASCII characters its first two characters equal, ignoring case.</summary>
    private void AddFirst(string first, List<Entry> entries)
    {
        if (AtomLexer.IsUnspaced(first[0]))
        {
            _unspacedStarts.Add(UnspacedStartBit(first[0], first.Length));
            if (IsWhollyUnspaced(first))
            {
                _unspacedByFirst.Add(first, entries);
                _unspacedWords.Add(UnspacedWordBit(first));
            }
        }

        var firsts = BitSet.AsciiEquivalents(first[0]);
        var seconds = first.Length > 1 ? BitSet.AsciiEquivalents(first[1]) : ['\0'];
        foreach (var a in firsts)
        {
            foreach (var b in seconds)
            {
                _asciiStarts.Add(StartBit(a, b, first.Length));
            }
        }
    }

    private bool HasStart(char c0, char c1, int length) => _asciiStarts.Contains(StartBit(c0, c1, length));

    private bool HasUnspacedStart(char c0, int length) => _unspacedStarts.Contains(UnspacedStartBit(c0, length));

    private bool HasUnspacedWord(ReadOnlySpan<char> word) => _unspacedWords.Contains(UnspacedWordBit(word));

    private static int UnspacedWordBit(ReadOnlySpan<char> word) => (UnspacedStartBit(word[0], word.Length) << 3) | (word[^1] & 7);

    private static bool IsWhollyUnspaced(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!AtomLexer.IsUnspaced(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int UnspacedStartBit(char c0, int length) => UnspacedKeywords.Slot(c0) * 16 + Math.Min(length, 15);

    private static int StartBit(char c0, char c1, int length) => c0 | (c1 << 7) | (Math.Min(length, 15) << 14);

    private sealed record Entry(string[] Rest, T Value);
}
