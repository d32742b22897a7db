using System.Text;
using Ponte.Core.Model;
using Ponte.Core.Text;

namespace Ponte.Storage.Search;

/// <summary>
/// Finds the sentence of the original text that best matches a folded query. The index holds folded words, so the text is
/// walked word by word with the same word boundaries <see cref="NameFolder"/> uses, each word folded and compared; the
/// sentence holding the most distinct query words wins, the first of them on a tie.
/// </summary>
internal static class SnippetFinder
{
    /// <summary>Longest snippet returned; longer sentences are cut to a window around the first match.</summary>
    public const int MaxLength = 240;

    /// <summary>The best sentence for <paramref name="words"/> (folded), or the opening of the text when no word occurs.</summary>
    public static TextSpan Find(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = words.Count > 64 ? words.Take(64).ToArray() : words;
        var all = wanted.Count == 64 ? ulong.MaxValue : (1UL << wanted.Count) - 1;

        var bestStart = -1;
        var bestEnd = -1;
        var bestFirstHit = -1;
        var bestScore = 0;

        var sentenceStart = 0;
        var seen = 0UL;
        var firstHit = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (IsSentenceEnd(text, i))
            {
                Consider(i + 1);
                sentenceStart = i + 1;
                seen = 0;
                firstHit = -1;
                i++;
                continue;
            }

            if (!StartsWord(text, i))
            {
                i++;
                continue;
            }

            var end = WordEnd(text, i);
            var match = Match(text.AsSpan(i, end - i), wanted);
            if (match >= 0)
            {
                seen |= 1UL << match;
                if (firstHit < 0)
                {
                    firstHit = i;
                }
            }

            i = end;
            if (seen == all)
            {
                break;
            }
        }

        Consider(seen == all ? SentenceEndAfter(text, i) : text.Length);

        if (bestScore == 0)
        {
            bestStart = 0;
            bestEnd = SentenceEndAfter(text, 0);
            bestFirstHit = 0;
        }

        return Trim(text, bestStart, bestEnd, bestFirstHit);

        void Consider(int end)
        {
            var score = System.Numerics.BitOperations.PopCount(seen);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = sentenceStart;
                bestEnd = end;
                bestFirstHit = firstHit;
            }
        }
    }

    /// <summary>Index of the folded query word equal to this word of the original text, or -1.</summary>
    private static int Match(ReadOnlySpan<char> word, IReadOnlyList<string> wanted)
    {
        // Most words of most texts are plain ASCII: compare them without folding (and without allocating).
        if (Ascii.IsValid(word))
        {
            for (var k = 0; k < wanted.Count; k++)
            {
                if (word.Equals(wanted[k], StringComparison.OrdinalIgnoreCase))
                {
                    return k;
                }
            }

            return -1;
        }

        var folded = NameFolder.Fold(word);
        for (var k = 0; k < wanted.Count; k++)
        {
            if (folded == wanted[k])
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c is '\n' or '\u2029')
        {
            return true;
        }

        return c is '.' or '!' or '?' or '…' or '。' or '।' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
    }

    private static int SentenceEndAfter(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (IsSentenceEnd(text, i))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    // The same boundaries as NameFolder: letters and digits make words, combining marks continue them (Thai marks may
    // also start one), anything else separates.
    private static bool StartsWord(string text, int i)
    {
        var rune = RuneAt(text, i);
        return Rune.IsLetterOrDigit(rune) || IsMark(rune) && rune.Value is >= 0x0E00 and <= 0x0E7F;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length)
        {
            var rune = RuneAt(text, i);
            if (!Rune.IsLetterOrDigit(rune) && !IsMark(rune))
            {
                break;
            }

            i += rune.Utf16SequenceLength;
        }

        return i;
    }

    private static Rune RuneAt(string text, int i) =>
        Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        System.Globalization.UnicodeCategory.NonSpacingMark or
        System.Globalization.UnicodeCategory.SpacingCombiningMark or
        System.Globalization.UnicodeCategory.EnclosingMark;

    private static TextSpan Trim(string text, int start, int end, int firstHit)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start <= MaxLength)
        {
            return new TextSpan(start, end);
        }

        // Centre a window on the first match, then widen it to whole words so no word is cut in half.
        var from = Math.Clamp(firstHit - MaxLength / 3, start, end - MaxLength);
        var to = from + MaxLength;
        while (from > start && from < end && !char.IsWhiteSpace(text[from - 1]))
        {
            from++;
        }

        while (to < end && to > from && !char.IsWhiteSpace(text[to]))
        {
            to--;
        }

        if (to <= from)
        {
            to = Math.Min(end, from + MaxLength);
        }

        // Never split a surrogate pair at either edge.
        if (from < text.Length && char.IsLowSurrogate(text[from]))
        {
            from++;
        }

        if (to > from && char.IsHighSurrogate(text[to - 1]))
        {
            to--;
        }

        return new TextSpan(from, to);
    }
}
