using System.Globalization;

namespace Ponte.Pipeline.Extraction;

/// <summary>What the extractors ask of a character, for the whole BMP in one table.</summary>
[Flags]
internal enum CharBits : byte
{
    None = 0,

    /// <summary>A letter, a digit or a combining mark (ASCII: a letter or a digit).</summary>
    Word = 1,

    /// <summary><see cref="char.IsDigit(char)"/>.</summary>
    Digit = 2,

    /// <summary><see cref="char.IsUpper(char)"/>.</summary>
    Upper = 4,

    /// <summary><see cref="char.IsLower(char)"/>.</summary>
    Lower = 8,

    /// <summary><see cref="char.IsLetter(char)"/>.</summary>
    Letter = 16,

    /// <summary>A combining mark: non-spacing, spacing or enclosing.</summary>
    Mark = 32,
}

/// <summary>
/// The <see cref="CharBits"/> of every UTF-16 unit, built once (64 KiB): the extractors classify every character of every
/// document, and outside Latin-1 each of <see cref="char.IsLetter(char)"/>, <see cref="char.IsUpper(char)"/> and the like is
/// a lookup of its own. Surrogates have no bits; callers read a pair as one character.
/// </summary>
internal static class CharClasses
{
    private static readonly CharBits[] Table = Build();

    /// <summary>The classes of <paramref name="c"/>.</summary>
    public static CharBits Of(char c) => Table[c];

    private static CharBits[] Build()
    {
        var table = new CharBits[0x10000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var mark = CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark;
            var word = c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) || mark;
            table[i] = (word ? CharBits.Word : 0)
                | (char.IsDigit(c) ? CharBits.Digit : 0)
                | (char.IsUpper(c) ? CharBits.Upper : 0)
                | (char.IsLower(c) ? CharBits.Lower : 0)
                | (char.IsLetter(c) ? CharBits.Letter : 0)
                | (mark ? CharBits.Mark : 0);
        }

        return table;
    }
}
