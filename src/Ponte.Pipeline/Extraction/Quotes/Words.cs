namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>A word or a punctuation character of a short stretch of text.</summary>
internal readonly record struct Word(int Start, int End, bool IsPunctuation)
{
    public int Length => End - Start;
}

/// <summary>
/// A light tokenizer for the short stretches the quote and event stages look at (an attribution, a clause): words keep
/// inner hyphens, apostrophes, dots and slashes ("ASEAN-Italy", "Italy's", "9/2020"); every other visible character is a
/// punctuation token of its own. A run of an unspaced script (Thai) is one word.
/// </summary>
internal static class Words
{
    /// <summary>Appends the tokens of [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="into"/>.</summary>
    public static void Scan(ReadOnlySpan<char> text, int start, int end, List<Word> into)
    {
        end = Math.Min(end, text.Length);
        var i = Math.Max(0, start);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!Chars.IsWordChar(c))
            {
                into.Add(new Word(i, i + 1, true));
                i++;
                continue;
            }

            var s = i;
            var unspaced = Chars.IsUnspacedScript(c);
            i++;
            while (i < end)
            {
                var d = text[i];
                if (Chars.IsWordChar(d) && Chars.IsUnspacedScript(d) == unspaced)
                {
                    i++;
                }
                else if (d is '-' or '\'' or '’' or '.' or '/' or '‑' && i + 1 < end && Chars.IsWordChar(text[i + 1]) && !unspaced)
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            into.Add(new Word(s, i, false));
        }
    }

    /// <summary>Number of words (not punctuation) in the range; unspaced runs count one word per four characters.</summary>
    public static int Count(ReadOnlySpan<char> text, int start, int end)
    {
        end = Math.Min(end, text.Length);
        var count = 0;
        var i = Math.Max(0, start);
        var inWord = false;
        var unspacedRun = 0;
        for (; i < end; i++)
        {
            var c = text[i];
            if (Chars.IsUnspacedScript(c))
            {
                unspacedRun++;
                inWord = false;
                continue;
            }

            if (unspacedRun > 0)
            {
                count += (unspacedRun + 3) / 4;
                unspacedRun = 0;
            }

            var word = Chars.IsWordChar(c);
            if (word && !inWord)
            {
                count++;
            }

            inWord = word || (inWord && c is '-' or '\'' or '’');
        }

        if (unspacedRun > 0)
        {
            count += (unspacedRun + 3) / 4;
        }

        return count;
    }

    /// <summary>Whether the word starts with an upper-case letter.</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> text, Word word) =>
        !word.IsPunctuation && Chars.IsUpper(text[word.Start]);

    /// <summary>Whether the word starts with a digit ("9th", "2023").</summary>
    public static bool StartsWithDigit(ReadOnlySpan<char> text, Word word) =>
        !word.IsPunctuation && char.IsDigit(text[word.Start]);
}
