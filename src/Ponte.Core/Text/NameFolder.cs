using System.Buffers;
using System.Globalization;
using System.Text;

namespace Ponte.Core.Text;

/// <summary>
/// The one folding key used wherever names or search text are compared: lower case, no diacritics, letters Unicode does
/// not decompose mapped by hand (đ→d, ł→l, ø→o, ß→ss…), typographic apostrophes and dashes unified, and any run of
/// non-letters/digits collapsed to one space.
/// </summary>
public static class NameFolder
{
    private static readonly SearchValues<char> Ascii = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyz0123456789 ");

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

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        Span<char> buffer = stackalloc char[8];
        foreach (var rune in text.EnumerateRunes())
        {
            var mapped = MapSpecial(rune.Value);
            if (mapped is not null)
            {
                AppendWord(sb, mapped, ref pendingSpace);
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // Thai vowels and tone marks are marks too, but they carry the word: keep them.
                if (rune.Value is >= 0x0E00 and <= 0x0E7F)
                {
                    AppendRune(sb, rune, ref pendingSpace, buffer);
                }

                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                var decomposed = rune.ToString().Normalize(NormalizationForm.FormD);
                foreach (var inner in decomposed.EnumerateRunes())
                {
                    var innerCategory = Rune.GetUnicodeCategory(inner);
                    if (innerCategory is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                        && inner.Value is not (>= 0x0E00 and <= 0x0E7F))
                    {
                        continue;
                    }

                    var special = MapSpecial(inner.Value);
                    if (special is not null)
                    {
                        AppendWord(sb, special, ref pendingSpace);
                    }
                    else
                    {
                        AppendRune(sb, Rune.ToLowerInvariant(inner), ref pendingSpace, buffer);
                    }
                }

                continue;
            }

            // Apostrophes inside words vanish ("Italy's" → "italys" would lose the word boundary Python's \w keeps):
            // treat every non-letter as a separator, like the scorer's [^\w]+.
            if (sb.Length > 0)
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Folds a string; null becomes empty.</summary>
    public static string Fold(string? text) => text is null ? string.Empty : Fold(text.AsSpan());

    private static void AppendRune(StringBuilder sb, Rune rune, ref bool pendingSpace, Span<char> buffer)
    {
        if (pendingSpace)
        {
            sb.Append(' ');
            pendingSpace = false;
        }

        var n = rune.EncodeToUtf16(buffer);
        sb.Append(buffer[..n]);
    }

    private static void AppendWord(StringBuilder sb, string word, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            sb.Append(' ');
            pendingSpace = false;
        }

        sb.Append(word);
    }

    private static string? MapSpecial(int codePoint) => codePoint switch
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
        _ => null,
    };
}
