using Ponte.Core.Model;

namespace Ponte.Languages.Gazetteer;

/// <summary>
/// Written names of things (places, organisations, demonyms) indexed two ways: a dictionary from the folded key for whole-name
/// look-ups, and a trie over folded characters for finding names in running text without folding the text first.
/// Immutable once built; safe to share between threads.
/// </summary>
/// <typeparam name="T">What a name stands for.</typeparam>
internal sealed class NameIndex<T>
    where T : class
{
    private const int Root = 0;

    // Folded names this short must be spelt in the text as in the data, diacritics included (see Terminal.ExactForms).
    private const int MaxExactLength = 5;

    // Longest run of separators allowed inside a multi-word name ("TP. HCM", "St. John’s").
    private const int MaxSeparatorRun = 3;

    private readonly Dictionary<ulong, int> _edges;
    private readonly int[] _terminalOfNode;
    private readonly Terminal[] _terminals;
    private readonly Dictionary<string, int> _byKey;

    // Folded first characters of names that may be written with a lower-case initial ("châu Á", "italiano").
    private readonly HashSet<char> _lowerInitialStarts;

    private NameIndex(Dictionary<ulong, int> edges, int[] terminalOfNode, Terminal[] terminals, Dictionary<string, int> byKey,
        HashSet<char> lowerInitialStarts)
    {
        _edges = edges;
        _terminalOfNode = terminalOfNode;
        _terminals = terminals;
        _byKey = byKey;
        _lowerInitialStarts = lowerInitialStarts;
    }

    /// <summary>Number of distinct folded keys.</summary>
    internal int KeyCount => _terminals.Length;

    /// <summary>Every folded key, for building the fuzzy index.</summary>
    internal IEnumerable<string> Keys => _byKey.Keys;

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

    /// <summary>The longest name that begins exactly at <paramref name="start"/> and ends at a word boundary.</summary>
    internal bool TryMatchAt(string text, int start, out TextSpan span, out IReadOnlyList<T> values, out bool weak)
    {
        span = default;
        values = [];
        weak = false;
        if ((uint)start >= (uint)text.Length || !StartsWord(text, start) || !MayStart(text[start]))
        {
            return false;
        }

        var node = Root;
        var pos = start;
        var pendingSpace = false;
        var separatorRun = 0;
        var bestTerminal = -1;
        var bestEnd = -1;
        while (pos < text.Length)
        {
            var c = text[pos];
            var folded = CharFold.Fold(c);
            if (ReferenceEquals(folded, CharFold.Separator))
            {
                if (c is '\n' or '\r' || ++separatorRun > MaxSeparatorRun)
                {
                    break;
                }

                pendingSpace = true;
                pos++;
                continue;
            }

            separatorRun = 0;
            pos++;
            if (folded.Length == 0)
            {
                continue;
            }

            if (pendingSpace)
            {
                if (!_edges.TryGetValue(EdgeKey(node, ' '), out node))
                {
                    break;
                }

                pendingSpace = false;
            }

            var dead = false;
            foreach (var f in folded)
            {
                if (!_edges.TryGetValue(EdgeKey(node, f), out node))
                {
                    dead = true;
                    break;
                }
            }

            if (dead)
            {
                break;
            }

            var terminal = _terminalOfNode[node];
            if (terminal < 0)
            {
                continue;
            }

            // Combining marks written after the last letter belong to the name.
            var end = pos;
            while (end < text.Length && CharFold.Fold(text[end]).Length == 0)
            {
                end++;
            }

            if (EndsWord(text, end) && CaseFits(_terminals[terminal], text, start, end))
            {
                bestTerminal = terminal;

                // "U.S." and "Washington, D.C." end with their abbreviation's full stop.
                bestEnd = _terminals[terminal].TrailingDot && end < text.Length && text[end] == '.' ? end + 1 : end;
            }
        }

        if (bestTerminal < 0)
        {
            return false;
        }

        span = new TextSpan(start, bestEnd);
        values = _terminals[bestTerminal].Values;
        weak = _terminals[bestTerminal].Weak;
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

    private bool MayStart(char c)
    {
        if (!char.IsLower(c))
        {
            return true;
        }

        var folded = CharFold.Fold(c);
        return folded.Length > 0 && _lowerInitialStarts.Contains(folded[0]);
    }

    private static bool StartsWord(string text, int start)
    {
        if (!CharFold.IsWordChar(text[start]) || CharFold.Fold(text[start]).Length == 0)
        {
            return false;
        }

        if (start == 0)
        {
            return true;
        }

        var before = text[start - 1];
        return !CharFold.IsWordChar(before) || (CharFold.IsScriptioContinua(before) && CharFold.IsScriptioContinua(text[start]));
    }

    private static bool EndsWord(string text, int end)
    {
        if (end >= text.Length || !CharFold.IsWordChar(text[end]))
        {
            return true;
        }

        return CharFold.IsScriptioContinua(text[end]) && CharFold.IsScriptioContinua(text[end - 1]);
    }

    private static bool CaseFits(in Terminal terminal, string text, int start, int end)
    {
        // Words capitalised in every written form must be capitalised in the text: "Hòa Bình" (a province) is not
        // "Hòa bình" (peace) at the start of a sentence.
        var word = 0;
        var atWordStart = true;
        for (var i = start; i < end; i++)
        {
            var folded = CharFold.Fold(text[i]);
            if (ReferenceEquals(folded, CharFold.Separator))
            {
                atWordStart = true;
                continue;
            }

            if (folded.Length == 0 || !atWordStart)
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

        // Text in decomposed form (NFD) still names the place.
        var composed = span.ToString().Normalize();
        foreach (var form in forms)
        {
            if (composed.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong EdgeKey(int node, char c) => ((ulong)(uint)node << 16) | c;

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

        /// <summary>Freezes the names into an immutable index.</summary>
        internal NameIndex<T> Build()
        {
            var edges = new Dictionary<ulong, int>();
            var terminalOfNode = new List<int> { -1 };
            var terminals = new Terminal[_entries.Count];
            var byKey = new Dictionary<string, int>(_entries.Count, StringComparer.Ordinal);
            var lowerStarts = new HashSet<char>();
            var t = 0;
            foreach (var (key, entry) in _entries)
            {
                var node = Root;
                foreach (var c in key)
                {
                    var edge = EdgeKey(node, c);
                    if (!edges.TryGetValue(edge, out var child))
                    {
                        child = terminalOfNode.Count;
                        terminalOfNode.Add(-1);
                        edges[edge] = child;
                    }

                    node = child;
                }

                var values = entry.Values.OrderBy(v => v.Rank).ThenBy(v => v.Order).Select(v => v.Value).ToArray();
                var exact = key.Length <= MaxExactLength ? entry.Forms.Distinct(StringComparer.OrdinalIgnoreCase).ToArray() : null;
                terminals[t] = new Terminal(values, entry.UpperWords, !entry.NotAllCaps, !entry.Strong, exact, entry.TrailingDot);
                terminalOfNode[node] = t;
                byKey[key] = t;
                if ((entry.UpperWords & 1) == 0)
                {
                    lowerStarts.Add(key[0]);
                }

                t++;
            }

            return new NameIndex<T>(edges, terminalOfNode.ToArray(), terminals, byKey, lowerStarts);
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
