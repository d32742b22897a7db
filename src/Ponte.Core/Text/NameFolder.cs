using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Ponte.Core.Text;

/// <summary>
/// The one folding key used wherever names or search text are compared: lower case, no diacritics, compatibility forms
/// unified (fullwidth "ＡＳＥＡＮ", ligatures), letters Unicode does not decompose mapped by hand (đ→d, ł→l, ø→o, ß→ss…),
/// digits of every script as ASCII digits, and any run of non-letters/digits (apostrophes, dashes, punctuation, spaces)
/// collapsed to one space. Thai keeps its vowel and tone marks, which carry the word. Thread-safe.
/// </summary>
public static class NameFolder
{
    private static readonly SearchValues<char> Ascii = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyz0123456789 ");

    // Folding a non-ASCII letter means a decomposition; names repeat the same few hundred letters, so each is folded once:
    // a slot per character of the basic plane (filled on first use; a race writes the same string twice, which is
    // harmless), which costs one array read per letter where a concurrent dictionary cost a hashed look-up; the rare
    // letters beyond the plane go to the dictionary.
    private static readonly string?[] FoldedBasic = new string?[0x10000];
    private static readonly ConcurrentDictionary<int, string> Folded = new();

    /// <summary>Folds <paramref name="text"/> to its comparison key ("Dương Hải Hưng" → "duong hai hung").</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (!text.ContainsAnyExcept(Ascii) && !text.Contains("  ", StringComparison.Ordinal) && text[0] != ' ' && text[^1] != ' ')
        {
            return text.ToString();
        }

        // Written into a pooled buffer: every entity name and key is folded, and a builder per call is garbage.
        var output = new PooledChars(text.Length + 16);
        try
        {
            var pendingSpace = false;
            foreach (var rune in text.EnumerateRunes())
            {
                var value = rune.Value;
                if (value < 0x80)
                {
                    if (char.IsAsciiLetterOrDigit((char)value))
                    {
                        AppendPending(ref output, ref pendingSpace);
                        output.Append(char.ToLowerInvariant((char)value));
                    }
                    else if (output.Length > 0)
                    {
                        pendingSpace = true;
                    }

                    continue;
                }

                var folded = value < FoldedBasic.Length
                    ? FoldedBasic[value] ??= FoldRune(rune)
                    : Folded.GetOrAdd(value, static v => FoldRune(new Rune(v)));
                if (folded.Length > 0)
                {
                    AppendPending(ref output, ref pendingSpace);
                    output.Append(folded);
                }
                else if (output.Length > 0 && !IsMark(rune) && !Rune.IsLetter(rune))
                {
                    // Like the scorer's [^\w]+: an apostrophe or dash separates words ("Italy’s" → "italy s"). A stray mark or a
                    // letter that folds to nothing (the okina of "Nukuʻalofa") separates nothing, as in the gazetteer's fold.
                    pendingSpace = true;
                }
            }

            return new string(output.Written);
        }
        finally
        {
            output.Release();
        }
    }

    /// <summary>Folds a string; null becomes empty.</summary>
    public static string Fold(string? text) => text is null ? string.Empty : Fold(text.AsSpan());

    private static void AppendPending(ref PooledChars output, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            output.Append(' ');
            pendingSpace = false;
        }
    }

    // The folded form of one non-ASCII rune: its letters and digits, or empty for a separator or a droppable mark.
    private static string FoldRune(Rune rune)
    {
        if (IsThai(rune.Value))
        {
            // Thai has no case and its marks are part of the spelling; only its digits change.
            return Rune.IsLetter(rune) || IsMark(rune) ? rune.ToString() : FoldDigit(rune);
        }

        if (Special(rune.Value) is { } special)
        {
            return special;
        }

        if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber)
        {
            return FoldDigit(rune);
        }

        if (!Rune.IsLetterOrDigit(rune))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(4);
        foreach (var inner in rune.ToString().Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (IsMark(inner))
            {
                continue;
            }

            if (Special(inner.Value) is { } innerSpecial)
            {
                sb.Append(innerSpecial);
            }
            else if (Rune.IsLetterOrDigit(inner))
            {
                sb.Append(Rune.ToLowerInvariant(inner).ToString());
            }
        }

        return sb.ToString();
    }

    private static string FoldDigit(Rune rune)
    {
        var digit = Rune.GetNumericValue(rune);
        return digit is >= 0 and <= 9 ? ((char)('0' + (int)digit)).ToString() : string.Empty;
    }

    private static bool IsThai(int codePoint) => codePoint is >= 0x0E00 and <= 0x0E7F;

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static string? Special(int codePoint) => codePoint switch
    {
        'đ' or 'Đ' or 'ð' or 'Ð' => "d",
        'ł' or 'Ł' => "l",
        'ø' or 'Ø' => "o",
        'ß' or 'ẞ' => "ss",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'þ' or 'Þ' => "th",
        'ı' => "i",
        'ħ' or 'Ħ' => "h",

        // Modifier letters written as apostrophes or as the okina (Datoʼ, Hawaiʻi) carry no letter of their own.
        0x02BB or 0x02BC or 0x02BD => string.Empty,
        _ => null,
    };
}
