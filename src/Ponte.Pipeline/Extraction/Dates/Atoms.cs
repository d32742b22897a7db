
namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>What an atom of text is: a run of letters, a run of digits, or one other character.</summary>
internal enum AtomKind : byte
{
    Word,
    Number,
    Mark,
}

/// <summary>A run of letters or digits, or a single other character, located in the text; whitespace is not an atom.</summary>
internal readonly record struct Atom(int Start, int End, AtomKind Kind)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits text into atoms, the unit that date and figure phrases are matched on. Letters and digits never share an atom
/// ("US$28.1" is US, $, 28, ., 1), so phrases match whatever the spacing. Runs of a script written without spaces (Thai,
/// Lao, Khmer, Myanmar) are cut at the known keywords of the language, longest first.
/// </summary>
internal static class AtomLexer
{
    /// <summary>Atoms of <paramref name="text"/>; <paramref name="keywords"/> cuts unspaced scripts (none: whole runs).</summary>
    public static List<Atom> Lex(ReadOnlySpan<char> text, UnspacedKeywords? keywords, int offset = 0)
    {
        var atoms = ScratchList<Atom>.Take();
        Gather(text, keywords, offset, atoms);
        return ScratchList<Atom>.ToExact(atoms);
    }

    private static void Gather(ReadOnlySpan<char> text, UnspacedKeywords? keywords, int offset, List<Atom> atoms)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                var start = i;
                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }

                atoms.Add(new Atom(offset + start, offset + i, AtomKind.Number));
            }
            else if (IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (IsLetter(text[i]) || IsMark(text[i])))
                {
                    i++;
                }

                if (keywords is not null && IsUnspaced(c))
                {
                    keywords.Cut(text[start..i], offset + start, atoms);
                }
                else
                {
                    atoms.Add(new Atom(offset + start, offset + i, AtomKind.Word));
                }
            }
            else if (char.IsWhiteSpace(c) || IsMark(c))
            {
                i++;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                atoms.Add(new Atom(offset + i, offset + i + length, AtomKind.Mark));
                i += length;
            }
        }
    }

    /// <summary>ASCII digits and Thai digits.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '\u0E50' and <= '\u0E59';

    /// <summary>The value of a digit accepted by <see cref="IsDigit"/>.</summary>
    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '\u0E50';

    private static bool IsLetter(char c) => (CharClasses.Of(c) & CharBits.Letter) != 0 && !IsDigit(c);

    private static bool IsMark(char c) => c >= '\u0300' && (CharClasses.Of(c) & CharBits.Mark) != 0;

    /// <summary>Scripts written without spaces between words.</summary>
    public static bool IsUnspaced(char c) =>
        c is >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF';
}

/// <summary>Keywords of unspaced scripts, used to cut a letter run into the words the extractors know.</summary>
/// <remarks>
/// The keywords form a trie, entered through a table of the unspaced characters: the longest keyword at a position is found
/// in one walk over the characters that follow, instead of one look-up per possible length.
/// </remarks>
internal sealed class UnspacedKeywords
{
    /// <summary>Number of characters in the unspaced blocks (see <see cref="AtomLexer.IsUnspaced"/>).</summary>
    public const int Slots = 0x100 + 0xA0 + 0x80;

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    // Node 0 is the root; its children are found through _firsts (0: none), deeper ones through _children.
    private readonly int[] _firsts = new int[Slots];
    private readonly List<Dictionary<char, int>?> _children = [null];
    private readonly List<bool> _terminal = [false];

    /// <summary>Adds a keyword when it is written in an unspaced script.</summary>
    public void Add(string word)
    {
        if (word.Length == 0 || !AtomLexer.IsUnspaced(word[0]) || !_words.Add(word))
        {
            return;
        }

        ref var first = ref _firsts[Slot(word[0])];
        if (first == 0)
        {
            first = NewNode();
        }

        var node = first;
        for (var k = 1; k < word.Length; k++)
        {
            var children = _children[node] ??= [];
            if (!children.TryGetValue(word[k], out var child))
            {
                child = NewNode();
                children.Add(word[k], child);
            }

            node = child;
        }

        _terminal[node] = true;
    }

    /// <summary>Cuts <paramref name="run"/> at known keywords (longest first); text between keywords is one atom.</summary>
    public void Cut(ReadOnlySpan<char> run, int offset, List<Atom> atoms)
    {
        var pending = -1;
        var i = 0;
        while (i < run.Length)
        {
            var found = Longest(run, i);
            if (found == 0)
            {
                if (pending < 0)
                {
                    pending = i;
                }

                i++;
                continue;
            }

            if (pending >= 0)
            {
                atoms.Add(new Atom(offset + pending, offset + i, AtomKind.Word));
                pending = -1;
            }

            atoms.Add(new Atom(offset + i, offset + i + found, AtomKind.Word));
            i += found;
        }

        if (pending >= 0)
        {
            atoms.Add(new Atom(offset + pending, offset + run.Length, AtomKind.Word));
        }
    }

    /// <summary>Length of the longest keyword at <paramref name="i"/>, or 0.</summary>
    private int Longest(ReadOnlySpan<char> run, int i)
    {
        if (!AtomLexer.IsUnspaced(run[i]) || _firsts[Slot(run[i])] is not (> 0 and var node))
        {
            return 0;
        }

        var found = _terminal[node] ? 1 : 0;
        for (var k = i + 1; k < run.Length && _children[node] is { } children && children.TryGetValue(run[k], out node); k++)
        {
            if (_terminal[node])
            {
                found = k - i + 1;
            }
        }

        return found;
    }

    private int NewNode()
    {
        _children.Add(null);
        _terminal.Add(false);
        return _children.Count - 1;
    }

    /// <summary>Index of an unspaced character in <see cref="_firsts"/>.</summary>
    public static int Slot(char c) => c switch
    {
        <= '\u0EFF' => c - '\u0E00',
        <= '\u109F' => 0x100 + (c - '\u1000'),
        _ => 0x1A0 + (c - '\u1780'),
    };
}
