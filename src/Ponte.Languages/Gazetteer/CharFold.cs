using System.Globalization;
using Ponte.Core.Text;

namespace Ponte.Languages.Gazetteer;

/// <summary>
/// <see cref="NameFolder"/> one UTF-16 unit at a time, so a trie of folded names can be walked over the raw text without
/// folding it first. Each unit folds to letters, to nothing (a combining mark) or to a separator. One difference: the
/// vowel and tone marks of Lao, Khmer and Myanmar are kept, as NameFolder keeps Thai ones.
/// </summary>
internal static class CharFold
{
    /// <summary>What a unit folds to when it is not letters.</summary>
    internal const string Separator = "\u0001";

    internal const string Skip = "";

    // One slot per UTF-16 unit, filled on first use; a race writes the same string twice, which is harmless.
    private static readonly string?[] Cache = new string?[char.MaxValue + 1];

    /// <summary><see cref="FoldOne"/>'s answer for a unit that is not letters.</summary>
    internal const char SeparatorUnit = '\u0001';

    /// <summary><see cref="FoldOne"/>'s answer for a mark, which folds to nothing.</summary>
    internal const char SkipUnit = '\u0002';

    /// <summary><see cref="FoldOne"/>'s answer for a unit that folds to several letters: ask <see cref="Fold"/>.</summary>
    internal const char ManyUnits = '\u0003';

    // One slot per UTF-16 unit, 0 until first use, else what FoldOne answers. The walks over running text read this
    // rather than Cache: one small dense table instead of a reference and then a string object per character, which
    // matters when the gazetteer is cold in the cache (every document, in a pipeline of many stages).
    private static readonly char[] OneCache = new char[char.MaxValue + 1];

    /// <summary>The folded letters of <paramref name="c"/>, <see cref="Skip"/> for a mark, <see cref="Separator"/> otherwise.</summary>
    internal static string Fold(char c) => Cache[c] ??= Compute(c);

    /// <summary>
    /// <paramref name="c"/> folded when it folds to one letter (as <see cref="Fold"/>); otherwise <see cref="SeparatorUnit"/>,
    /// <see cref="SkipUnit"/> or <see cref="ManyUnits"/> (folded letters are never these control characters).
    /// </summary>
    internal static char FoldOne(char c)
    {
        var one = OneCache[c];
        return one != '\0' ? one : OneCache[c] = OneOf(Fold(c));
    }

    private static char OneOf(string folded) =>
        ReferenceEquals(folded, Separator) ? SeparatorUnit : folded.Length == 0 ? SkipUnit : folded.Length == 1 ? folded[0] : ManyUnits;

    /// <summary>
    /// The same key <see cref="NameFolder.Fold(ReadOnlySpan{char})"/> gives, built from the per-unit cache: much faster
    /// when many names are folded (loading) because nothing is normalised twice.
    /// </summary>
    internal static string FoldKey(ReadOnlySpan<char> text)
    {
        Span<char> initial = stackalloc char[128];
        var buffer = initial;
        char[]? rented = null;
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (ReferenceEquals(folded, Separator))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (folded.Length == 0)
            {
                continue;
            }

            if (length + folded.Length + 1 > buffer.Length)
            {
                var larger = new char[buffer.Length * 2 + folded.Length];
                buffer[..length].CopyTo(larger);
                buffer = rented = larger;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            folded.AsSpan().CopyTo(buffer[length..]);
            length += folded.Length;
        }

        GC.KeepAlive(rented);
        return new string(buffer[..length]);
    }

    private static bool IsMarkScript(char c) =>
        c is (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF');

    /// <summary>Whether <paramref name="c"/> belongs to a script written without spaces between words (Thai, Lao, Khmer,
    /// Myanmar, Chinese, Japanese), where a name may start or end anywhere.</summary>
    internal static bool IsScriptioContinua(char c) =>
        c is (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF')
            or (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Whether <paramref name="c"/> is part of a word (letter, digit, mark or half of a surrogate pair).</summary>
    internal static bool IsWordChar(char c) => FoldOne(c) != SeparatorUnit;

    private static string Compute(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c.ToString();
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            // NameFolder keeps Thai vowel and tone marks because they carry the word; Lao, Khmer and Myanmar marks do
            // too ("អង់ហ្គោឡា" Angola and "អង់ហ្គីឡា" Anguilla differ only by one), so place names keep them all.
            return IsMarkScript(c) ? c.ToString() : Skip;
        }

        if (!char.IsLetterOrDigit(c))
        {
            return Separator;
        }

        var folded = NameFolder.Fold(c.ToString());
        return folded.Length == 0 ? Skip : folded;
    }
}
