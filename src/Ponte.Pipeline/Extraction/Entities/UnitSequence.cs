using System.Buffers;
using System.Runtime.InteropServices;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>What the extractor knows about one unit's shape and place.</summary>
[Flags]
internal enum UnitFlags : ushort
{
    None = 0,
    Word = 1 << 0,
    Number = 1 << 1,
    Punct = 1 << 2,
    SpaceBefore = 1 << 3,
    LineBefore = 1 << 4,
    Upper = 1 << 5,
    AllCaps = 1 << 6,
    Lower = 1 << 7,
    Caseless = 1 << 8,
    SentenceStart = 1 << 9,
    Headline = 1 << 10,
    HasDigit = 1 << 11,
}

/// <summary>A unit: a run of letters and digits, or one punctuation character.</summary>
internal struct Unit
{
    public int Start;
    public int End;
    public int FoldStart;
    public int FoldLength;
    public int KeyStart;
    public int KeyLength;
    public UnitFlags Flags;
    public int Line;

    public readonly int Length => End - Start;

    public readonly bool Is(UnitFlags flag) => (Flags & flag) != 0;
}

/// <summary>
/// The document cut into units the extractor can reason about whatever the segmenter did: letter/digit runs and single
/// punctuation characters, split further at token starts (so a dictionary word breaker's boundaries in Thai are kept),
/// each with its folded form in one shared buffer, its case shape, and whether space, a line break or a sentence start
/// comes before it. Its arrays are rented: <see cref="Release"/> gives them back once the document is done.
/// </summary>
internal sealed class UnitSequence
{
    private Unit[] _units;
    private char[] _folded;

    private UnitSequence(string text, Unit[] units, int count, char[] folded)
    {
        Text = text;
        _units = units;
        Count = count;
        _folded = folded;
    }

    public string Text { get; }

    public int Count { get; private set; }

    // Checked against Count: the rented array is longer than the document.
    public ref Unit this[int index] => ref _units.AsSpan(0, Count)[index];

    /// <summary>The folded form of unit <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Folded(int index)
    {
        ref var unit = ref this[index];
        return _folded.AsSpan(unit.FoldStart, unit.FoldLength);
    }

    /// <summary>
    /// The lookup key of unit <paramref name="index"/>: its text in lowercase with its accents. Accents matter in
    /// Vietnamese ("Đại" is not "Đài"), so dictionaries are searched with them, and with the folded form only when the
    /// text itself carries none ("Duong Hai Hung").
    /// </summary>
    public ReadOnlySpan<char> Key(int index)
    {
        ref var unit = ref this[index];
        return _folded.AsSpan(unit.KeyStart, unit.KeyLength);
    }

    /// <summary>The raw text of unit <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Raw(int index)
    {
        ref var unit = ref this[index];
        return Text.AsSpan(unit.Start, unit.Length);
    }

    /// <summary>The character of a punctuation unit, or '\0' for a word.</summary>
    public char Char(int index)
    {
        ref var unit = ref this[index];
        return unit.Is(UnitFlags.Punct) ? Text[unit.Start] : '\0';
    }

    /// <summary>Gives the rented arrays back; the sequence is empty afterwards.</summary>
    public void Release()
    {
        var units = _units;
        var folded = _folded;
        _units = [];
        _folded = [];
        Count = 0;
        if (units.Length > 0)
        {
            ArrayPool<Unit>.Shared.Return(units);
        }

        if (folded.Length > 0)
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>Whether the character at <paramref name="index"/> of <paramref name="text"/> belongs in a word.</summary>
    public static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        if (!char.IsSurrogate(c))
        {
            return (CharClasses.Of(c) & CharBits.Word) != 0;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) &&
                   char.IsLetterOrDigit(text, index);
        }

        return index > 0 && char.IsHighSurrogate(text[index - 1]) && char.IsLetterOrDigit(text, index - 1);
    }

    /// <summary>
    /// Cuts <paramref name="text"/> into units. <paramref name="caselessWords"/>, when given, finds the longest word of the
    /// language's data starting at a position of a caseless run and ending where the segmenter ends a word ("นายกรัฐมนตรี"
    /// that a dictionary breaker gives as "นายก" + "รัฐมนตรี"): such a word becomes one unit.
    /// </summary>
    public static UnitSequence Build(
        string text,
        IReadOnlyList<Token> tokens,
        IReadOnlyList<Sentence> sentences,
        CaselessWords? caselessWords)
    {
        var tokenSpan = AsSpan(tokens);
        var units = ArrayPool<Unit>.Shared.Rent(Math.Max(16, text.Length / 4));
        var count = 0;
        var folded = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        var foldedLength = 0;
        var tokenIndex = 0;
        var spaceBefore = false;
        var lineBefore = true;
        var line = 0;
        // Spaced runs after a title that may still be its name (given name, family name), and whether none has started yet.
        var nameRuns = 0;
        var rightAfterTitle = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                spaceBefore = true;
                if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
                {
                    if (!lineBefore)
                    {
                        line++;
                    }

                    lineBefore = true;
                }

                i++;
                continue;
            }

            var start = i;
            var flags = (spaceBefore ? UnitFlags.SpaceBefore : 0) | (lineBefore ? UnitFlags.LineBefore : 0);
            var isWord = IsWordChar(text, i);
            var known = caselessWords is not null && isWord && IsCaselessLetter(c) ? caselessWords.Longest(text, start, tokenSpan) : 0;
            if (known > 0)
            {
                i = start + known;
                var title = caselessWords!.IsTitle(text.AsSpan(start, known));
                nameRuns = title ? 2 : 0;
                rightAfterTitle = title;
            }
            else if (isWord)
            {
                // A token start inside a letter run is a word boundary the segmenter knows and we do not (Thai).
                while (tokenIndex < tokenSpan.Length && tokenSpan[tokenIndex].Span.Start <= start)
                {
                    tokenIndex++;
                }

                var limit = tokenIndex < tokenSpan.Length ? Math.Min(tokenSpan[tokenIndex].Span.Start, text.Length) : text.Length;
                i++;
                while (i < limit && IsWordChar(text, i))
                {
                    i++;
                }

                if (nameRuns > 0 && (spaceBefore || lineBefore) && !rightAfterTitle)
                {
                    nameRuns--;
                }

                rightAfterTitle = false;
                if (nameRuns > 0 && IsCaselessLetter(c) && caselessWords!.NameEnderWithin(text, start + 1, i, tokenSpan) is var cut and > 0)
                {
                    // The verb starts the next unit, found as a known word on the next step.
                    i = cut;
                    nameRuns = 0;
                }
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            Add(ref units, ref count, text, start, i, isWord, flags, line, ref folded, ref foldedLength);
            spaceBefore = false;
            lineBefore = false;
        }

        var sequence = new UnitSequence(text, units, count, folded);
        sequence.MarkSentenceStarts(AsSpan(sentences));
        return sequence;
    }

    // The segmenter's lists are read by index in hot loops: as spans, without an interface call per item.
    private static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> list) => list switch
    {
        List<T> l => CollectionsMarshal.AsSpan(l),
        T[] a => a,
        _ => list.ToArray(),
    };

    /// <summary>Whether one of <paramref name="tokens"/> (in text order) starts at <paramref name="position"/>.</summary>
    public static bool StartsToken(ReadOnlySpan<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var start = tokens[mid].Span.Start;
            if (start == position)
            {
                return true;
            }

            if (start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    private static bool IsCaselessLetter(char c) => (CharClasses.Of(c) & (CharBits.Letter | CharBits.Upper | CharBits.Lower)) == CharBits.Letter;

    private static void Add(
        ref Unit[] units, ref int count, string text, int start, int end, bool isWord, UnitFlags flags, int line,
        ref char[] folded, ref int foldedLength)
    {
        if (count == units.Length)
        {
            WordFolder.Grow(ref units);
        }

        var span = text.AsSpan(start, end - start);
        if (isWord)
        {
            flags |= UnitFlags.Word | Shape(span);
        }
        else
        {
            flags |= UnitFlags.Punct;
        }

        var foldStart = foldedLength;
        WordFolder.Append(span, ref folded, ref foldedLength);
        var foldLength = foldedLength - foldStart;
        var keyStart = foldStart;
        var keyLength = foldLength;
        if (!WordFolder.IsOwnKey(span))
        {
            keyStart = foldedLength;
            WordFolder.AppendLower(span, ref folded, ref foldedLength);
            keyLength = foldedLength - keyStart;
        }

        units[count++] = new Unit
        {
            Start = start,
            End = end,
            FoldStart = foldStart,
            FoldLength = foldLength,
            KeyStart = keyStart,
            KeyLength = keyLength,
            Flags = flags,
            Line = line,
        };
    }

    private static UnitFlags Shape(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0, digits = 0, caseless = 0;
        var first = UnitFlags.None;
        foreach (var c in word)
        {
            var bits = CharClasses.Of(c);
            UnitFlags kind;
            if ((bits & CharBits.Digit) != 0)
            {
                digits++;
                continue;
            }

            if ((bits & CharBits.Upper) != 0)
            {
                upper++;
                kind = UnitFlags.Upper;
            }
            else if ((bits & CharBits.Lower) != 0)
            {
                lower++;
                kind = UnitFlags.Lower;
            }
            else if ((bits & CharBits.Letter) != 0)
            {
                caseless++;
                kind = UnitFlags.Caseless;
            }
            else
            {
                continue;
            }

            if (first == UnitFlags.None)
            {
                first = kind;
            }
        }

        var flags = first;
        if (digits > 0)
        {
            flags |= UnitFlags.HasDigit;
            if (upper + lower + caseless == 0)
            {
                flags |= UnitFlags.Number;
            }
        }

        if (upper >= 2 && lower == 0)
        {
            flags |= UnitFlags.AllCaps;
        }

        return flags;
    }

    private void MarkSentenceStarts(ReadOnlySpan<Sentence> sentences)
    {
        var s = 0;
        var pending = false;
        var previousEnd = -1;
        var afterStop = false;
        for (var u = 0; u < Count; u++)
        {
            ref var unit = ref _units[u];
            var boundary = u == 0 || unit.Is(UnitFlags.LineBefore);
            if (sentences.Length > 0)
            {
                while (s < sentences.Length && sentences[s].Span.Start <= unit.Start)
                {
                    boundary |= sentences[s].Span.Start > previousEnd;
                    s++;
                }
            }
            else
            {
                boundary |= afterStop && unit.Is(UnitFlags.SpaceBefore);
            }

            pending |= boundary;
            if (unit.Is(UnitFlags.Word))
            {
                if (pending)
                {
                    unit.Flags |= UnitFlags.SentenceStart;
                }

                pending = false;
                afterStop = false;
            }
            else if (Text[unit.Start] is '.' or '!' or '?' or '\u2026')
            {
                afterStop = true;
            }

            previousEnd = unit.End - 1;
        }
    }
}
