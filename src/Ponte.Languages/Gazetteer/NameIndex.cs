using Ponte.Core.Model;

namespace Ponte.Languages.Gazetteer;

/// <summary>
/// Written names of things (places, organisations, demonyms) indexed two ways: a dictionary from the folded key for whole-name
/// look-ups, and a layer of a <see cref="NameTrie"/> (its own, or one shared with other indexes) for finding names in running
/// text without folding the text first. Immutable once built; safe to share between threads.
/// </summary>
/// <typeparam name="T">What a name stands for.</typeparam>
internal sealed class NameIndex<T>
    where T : class
{
    // Folded names this short must be spelt in the text as in the data, diacritics included (see Terminal.ExactForms).
    private const int MaxExactLength = 5;

    // Longest name checked against its exact forms on the stack; longer ones (diacritics written apart) are rare.
    private const int StackNormalizeMax = 64;

    private readonly NameTrie _trie;
    private readonly int _layer;
    private readonly Terminal[] _terminals;
    private readonly string[] _keys;
    private readonly Dictionary<string, int> _byKey;

    // Folded first characters of names that may be written with a lower-case initial ("châu Á", "italiano"): one bit per
    // UTF-16 unit, read for every lower-case word a caller looks up.
    private readonly ulong[] _lowerInitialStarts;

    private NameIndex(NameTrie trie, int layer, Terminal[] terminals, string[] keys, Dictionary<string, int> byKey,
        ulong[] lowerInitialStarts)
    {
        _trie = trie;
        _layer = layer;
        _terminals = terminals;
        _keys = keys;
        _byKey = byKey;
        _lowerInitialStarts = lowerInitialStarts;
    }

    /// <summary>Number of distinct folded keys.</summary>
    internal int KeyCount => _terminals.Length;

    /// <summary>Every folded key, for building the fuzzy index.</summary>
    internal IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>This index's layer in its trie.</summary>
    internal int Layer => _layer;

    /// <summary>The things a folded key stands for, best first; empty when unknown.</summary>
    internal IReadOnlyList<T> ByKey(string key) =>
        _byKey.TryGetValue(key, out var t) ? _terminals[t].Values : [];

    /// <summary>Whether the key stands only for names marked as common words.</summary>
    internal bool IsWeakKey(string key) => _byKey.TryGetValue(key, out var t) && _terminals[t].Weak;

    /// <summary>The things <paramref name="name"/> (any spelling, any case) stands for, best first.</summary>
    internal IReadOnlyList<T> Lookup(string name)
    {
        if (!_byKey.TryGetValue(CharFold.FoldKey(name), out var t))
        {
            return [];
        }

        var terminal = _terminals[t];
        return terminal.ExactForms is { } forms && !MatchesOneOf(name.AsSpan().Trim().TrimEnd('.'), forms) ? [] : terminal.Values;
    }

    /// <summary>The things terminal <paramref name="terminal"/> stands for, best first (never empty).</summary>
    internal T[] ValuesOf(int terminal) => _terminals[terminal].Values;

    /// <summary>Whether terminal <paramref name="terminal"/> stands only for names marked as common words.</summary>
    internal bool IsWeak(int terminal) => _terminals[terminal].Weak;

    /// <summary>This index's terminal at trie node <paramref name="node"/>, or -1.</summary>
    internal int TerminalAt(int node) => _trie.TerminalAt(node, _layer);

    /// <summary>The folded key of terminal <paramref name="terminal"/>.</summary>
    internal string KeyOf(int terminal) => _keys[terminal];

    /// <summary>The longest name that begins exactly at <paramref name="start"/> and ends at a word boundary.</summary>
    internal bool TryMatchAt(string text, int start, out TextSpan span, out IReadOnlyList<T> values, out bool weak)
    {
        if (TryMatchAt(text, start, out var terminal, out var end))
        {
            span = new TextSpan(start, end);
            values = _terminals[terminal].Values;
            weak = _terminals[terminal].Weak;
            return true;
        }

        span = default;
        values = [];
        weak = false;
        return false;
    }

    /// <summary>The terminal and end of the longest name that begins exactly at <paramref name="start"/>.</summary>
    internal bool TryMatchAt(string text, int start, out int terminal, out int end)
    {
        terminal = -1;
        end = -1;
        if ((uint)start >= (uint)text.Length || !NameTrie.StartsWord(text, start) || !MayStart(text[start]))
        {
            return false;
        }

        var walk = new NameTrie.Walk(_trie, text, start, 1 << _layer);
        while (walk.Next())
        {
            var t = TerminalAt(walk.Node);
            if (t >= 0 && NameTrie.EndsWord(text, walk.End) && Fits(t, text, start, walk.End, out var matchEnd))
            {
                terminal = t;
                end = matchEnd;
            }
        }

        return terminal >= 0;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> (a word boundary) is written as terminal
    /// <paramref name="terminal"/> must be; <paramref name="matchEnd"/> takes in an abbreviation's final full stop.
    /// </summary>
    internal bool Fits(int terminal, string text, int start, int end, out int matchEnd)
    {
        ref readonly var t = ref _terminals[terminal];
        if (!CaseFits(t, text, start, end))
        {
            matchEnd = -1;
            return false;
        }

        // "U.S." and "Washington, D.C." end with their abbreviation's full stop.
        matchEnd = t.TrailingDot && end < text.Length && text[end] == '.' ? end + 1 : end;
        return true;
    }

    /// <summary>Calls <paramref name="found"/> for each non-overlapping longest name, scanning left to right.</summary>
    internal void FindAll(string text, Action<TextSpan, T, bool> found)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (TryMatchAt(text, i, out var span, out var values, out var weak))
            {
                found(span, values[0], weak);
                i = span.End;
                continue;
            }

            var c = text[i];
            i++;
            if (!CharFold.IsWordChar(c) || CharFold.IsScriptioContinua(c))
            {
                continue;
            }

            // Skip the rest of the word: names only start at word starts.
            while (i < text.Length && CharFold.IsWordChar(text[i]) && !CharFold.IsScriptioContinua(text[i]))
            {
                i++;
            }
        }
    }

    /// <summary>Whether a name of this index may begin with <paramref name="c"/> (capitals always; lower case for some).</summary>
    internal bool MayStart(char c)
    {
        if (!char.IsLower(c))
        {
            return true;
        }

        var first = CharFold.FoldOne(c);
        if (first == CharFold.ManyUnits)
        {
            first = CharFold.Fold(c)[0];
        }
        else if (first is CharFold.SeparatorUnit or CharFold.SkipUnit)
        {
            return false;
        }

        return (_lowerInitialStarts[first >> 6] & (1UL << first)) != 0;
    }

    private static bool CaseFits(in Terminal terminal, string text, int start, int end)
    {
        // Words capitalised in every written form must be capitalised in the text: "Hòa Bình" (a province) is not
        // "Hòa bình" (peace) at the start of a sentence.
        var word = 0;
        var atWordStart = true;
        for (var i = start; i < end; i++)
        {
            var one = CharFold.FoldOne(text[i]);
            if (one == CharFold.SeparatorUnit)
            {
                atWordStart = true;
                continue;
            }

            if (one == CharFold.SkipUnit || !atWordStart)
            {
                continue;
            }

            if (word < 32 && (terminal.UpperWords & (1u << word)) != 0 && char.IsLower(text[i]))
            {
                return false;
            }

            atWordStart = false;
            word++;
        }

        if (terminal.ExactForms is { } forms && !MatchesOneOf(text.AsSpan(start, end - start), forms))
        {
            return false;
        }

        if (!terminal.AllCaps)
        {
            return true;
        }

        // Acronyms ("UN", "US") only match in capitals, so "Un" (Italian "a") and "us" stay words.
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesOneOf(ReadOnlySpan<char> span, string[] forms)
    {
        foreach (var form in forms)
        {
            if (span.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // Text in decomposed form (NFD) still names the place; text already composed was compared above.
        if (span.IsNormalized())
        {
            return false;
        }

        Span<char> buffer = stackalloc char[StackNormalizeMax];
        ReadOnlySpan<char> composed = span.TryNormalize(buffer, out var written) ? buffer[..written] : span.ToString().Normalize();
        foreach (var form in forms)
        {
            if (composed.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Flags of one folded key, aggregated over every written form that folds to it.</summary>
    /// <param name="UpperWords">Bit i set when word i starts with a capital in every written form.</param>
    /// <param name="ExactForms">For short names: the spellings the text must use (case aside), since with other
    /// diacritics they are other words ("Mỹ" is not "My", the city "Vinh" is not "Vĩnh", "Ý" is not "Y").</param>
    /// <param name="TrailingDot">Some written form ends with a full stop ("U.S.").</param>
    private readonly record struct Terminal(T[] Values, uint UpperWords, bool AllCaps, bool Weak, string[]? ExactForms, bool TrailingDot);

    /// <summary>Collects written names, then freezes them into an index.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

        /// <summary>Adds one written form. A leading '~' marks a name that is also a common word or a personal name.</summary>
        /// <param name="written">The name as written in data.</param>
        /// <param name="value">What it stands for.</param>
        /// <param name="rank">Lower ranks win when several things share a name.</param>
        internal void Add(string written, T value, int rank)
        {
            var weak = written.StartsWith('~');
            if (weak)
            {
                written = written[1..];
            }

            var key = CharFold.FoldKey(written);
            if (key.Length == 0)
            {
                return;
            }

            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            if (!entry.Values.Exists(v => ReferenceEquals(v.Value, value)))
            {
                entry.Values.Add((value, rank, entry.Values.Count));
            }

            entry.UpperWords &= UpperWordsOf(written);
            entry.Forms.Add(written.Normalize().TrimEnd('.'));
            entry.TrailingDot |= written.EndsWith('.');
            entry.NotAllCaps |= !IsAllCaps(written);
            entry.Strong |= !weak;
        }

        /// <summary>Freezes the names into an immutable index with a trie of its own.</summary>
        internal NameIndex<T> Build() => Build(NameTrie.Build([Keys()]), 0);

        /// <summary>The folded keys in terminal order: the order a shared trie is given them in.</summary>
        internal string[] Keys() => [.. _entries.Keys];

        /// <summary>Freezes the names into an immutable index that is layer <paramref name="layer"/> of <paramref name="trie"/>,
        /// built from <see cref="Keys"/>.</summary>
        internal NameIndex<T> Build(NameTrie trie, int layer)
        {
            var keys = Keys();
            var terminals = new Terminal[keys.Length];
            var byKey = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
            var lowerStarts = new ulong[(char.MaxValue + 1) / 64];
            for (var t = 0; t < keys.Length; t++)
            {
                var key = keys[t];
                var entry = _entries[key];
                var values = entry.Values.OrderBy(v => v.Rank).ThenBy(v => v.Order).Select(v => v.Value).ToArray();
                var exact = key.Length <= MaxExactLength ? entry.Forms.Distinct(StringComparer.OrdinalIgnoreCase).ToArray() : null;
                terminals[t] = new Terminal(values, entry.UpperWords, !entry.NotAllCaps, !entry.Strong, exact, entry.TrailingDot);
                byKey[key] = t;
                if ((entry.UpperWords & 1) == 0)
                {
                    lowerStarts[key[0] >> 6] |= 1UL << key[0];
                }
            }

            return new NameIndex<T>(trie, layer, terminals, keys, byKey, lowerStarts);
        }

        private static uint UpperWordsOf(string written)
        {
            var mask = 0u;
            var word = 0;
            var atWordStart = true;
            foreach (var c in written)
            {
                var folded = CharFold.Fold(c);
                if (ReferenceEquals(folded, CharFold.Separator))
                {
                    atWordStart = true;
                    continue;
                }

                if (folded.Length == 0 || !atWordStart)
                {
                    continue;
                }

                if (word < 32 && char.IsUpper(c))
                {
                    mask |= 1u << word;
                }

                atWordStart = false;
                word++;
            }

            return mask;
        }

        private static bool IsAllCaps(string written)
        {
            var letters = 0;
            foreach (var c in written)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                if (char.IsUpper(c))
                {
                    letters++;
                }
            }

            return letters >= 2;
        }

        private sealed class Entry
        {
            public List<(T Value, int Rank, int Order)> Values { get; } = [];

            public uint UpperWords { get; set; } = uint.MaxValue;

            public List<string> Forms { get; } = [];

            public bool TrailingDot { get; set; }

            public bool NotAllCaps { get; set; }

            public bool Strong { get; set; }
        }
    }
}
