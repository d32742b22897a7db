using System.Globalization;

namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>Character classes the quote and event stages share.</summary>
internal static class Chars
{
    /// <summary>Letters, digits and combining marks: the stuff words are made of.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c)
        || (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    /// <summary>Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar, Japanese, Chinese).</summary>
    public static bool IsUnspacedScript(char c) =>
        c is >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF'
            or >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';

    /// <summary>A word character of a spaced script: two of these side by side belong to one word.</summary>
    public static bool IsSpacedWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : IsWordChar(c) && !IsUnspacedScript(c);

    /// <summary>Whether a word may start at <paramref name="i"/>: no spaced-script word character runs into it from the left.</summary>
    public static bool IsWordStart(ReadOnlySpan<char> text, int i) =>
        i <= 0 || i >= text.Length || !(IsSpacedWordChar(text[i - 1]) && IsSpacedWordChar(text[i]));

    /// <summary>Whether a word may end right before <paramref name="i"/>.</summary>
    public static bool IsWordEnd(ReadOnlySpan<char> text, int i) =>
        i <= 0 || i >= text.Length || !(IsSpacedWordChar(text[i - 1]) && IsSpacedWordChar(text[i]));

    /// <summary>Sentence-final punctuation.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '。' or '！' or '？';

    /// <summary>Dashes that set off an attribution inside a quote.</summary>
    public static bool IsDash(char c) => c is '—' or '–' or '―';

    /// <summary>Whether <paramref name="c"/> is an upper-case letter (scripts without case never are).</summary>
    public static bool IsUpper(char c) => char.IsUpper(c);
}
