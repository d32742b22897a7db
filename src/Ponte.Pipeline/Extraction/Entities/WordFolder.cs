using System.Buffers;
using Ponte.Core.Text;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// Folds single words the way <see cref="NameFolder"/> folds names, but from a table built once, into a caller's buffer:
/// the extractor folds every word of every document, and <see cref="NameFolder.Fold(ReadOnlySpan{char})"/> allocates.
/// </summary>
internal static class WordFolder
{
    // Covers Latin, Greek, Cyrillic, Thai, Vietnamese and general punctuation; higher code points only lose case.
    private const int TableSize = 0x3000;

    // What a character of the table folds to when that is one character, else NoSingle (no character below TableSize
    // folds to it): the common case without reading a string.
    private const char NoSingle = '\uFFFF';

    private static readonly string[] Table = BuildTable();

    private static readonly char[] Single = [.. Table.Select(f => f.Length == 1 ? f[0] : NoSingle)];

    // The most characters one character folds to.
    private static readonly int MaxExpansion = Math.Max(1, Table.Max(f => f.Length));

    /// <summary>
    /// Appends the folded form of <paramref name="word"/> to <paramref name="buffer"/> (rented from the shared pool, and
    /// replaced by a longer one when full) at <paramref name="length"/>.
    /// </summary>
    public static void Append(ReadOnlySpan<char> word, ref char[] buffer, ref int length)
    {
        // Room for the longest folding first, so the loop writes without a check per character.
        Reserve(ref buffer, length + word.Length * MaxExpansion);
        var output = buffer.AsSpan();
        var at = length;
        foreach (var c in word)
        {
            if (c < TableSize)
            {
                var single = Single[c];
                if (single != NoSingle)
                {
                    output[at++] = single;
                }
                else
                {
                    var folded = Table[c];
                    folded.CopyTo(output[at..]);
                    at += folded.Length;
                }
            }
            else
            {
                output[at++] = char.IsSurrogate(c) ? c : char.ToLowerInvariant(c);
            }
        }

        length = at;
    }

    /// <summary>Whether <paramref name="word"/> is plain ASCII, so its lowercase key and its folded form are the same.</summary>
    public static bool IsOwnKey(ReadOnlySpan<char> word) => !word.ContainsAnyExceptInRange('\0', '\u007F');

    /// <summary>Appends <paramref name="word"/> in lowercase, accents kept, to <paramref name="buffer"/>.</summary>
    public static void AppendLower(ReadOnlySpan<char> word, ref char[] buffer, ref int length)
    {
        Reserve(ref buffer, length + word.Length);
        var output = buffer.AsSpan();
        var at = length;
        foreach (var c in word)
        {
            output[at++] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        length = at;
    }

    /// <summary>The lowercase key of one word, accents kept.</summary>
    public static string Lower(ReadOnlySpan<char> word)
    {
        var buffer = ArrayPool<char>.Shared.Rent(word.Length + 4);
        var length = 0;
        if (IsOwnKey(word))
        {
            Append(word, ref buffer, ref length);
        }
        else
        {
            AppendLower(word, ref buffer, ref length);
        }

        var lower = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return lower;
    }

    /// <summary>The folded form of one word as a string (for building dictionaries).</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var buffer = ArrayPool<char>.Shared.Rent(word.Length * 2 + 4);
        var length = 0;
        Append(word, ref buffer, ref length);
        var folded = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return folded;
    }

    /// <summary>
    /// Splits a data entry into words the way the text is split into units ("a/l" → "a", "l"), each as its lowercase
    /// key (<paramref name="folded"/> false) or its folded form (true).
    /// </summary>
    public static List<string> Words(string entry, bool folded = true)
    {
        var words = new List<string>();
        var i = 0;
        while (i < entry.Length)
        {
            if (!UnitSequence.IsWordChar(entry, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < entry.Length && UnitSequence.IsWordChar(entry, i))
            {
                i++;
            }

            var word = folded ? Fold(entry.AsSpan(start, i - start)) : Lower(entry.AsSpan(start, i - start));
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static void Reserve(ref char[] buffer, int capacity)
    {
        while (buffer.Length < capacity)
        {
            Grow(ref buffer);
        }
    }

    /// <summary>Replaces <paramref name="array"/>, rented from the shared pool, by one twice as long with the same items.</summary>
    public static void Grow<T>(ref T[] array)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(16, array.Length * 2));
        array.AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }

    private static string[] BuildTable()
    {
        var table = new string[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                table[c] = ((char)c).ToString();
                continue;
            }

            // Letters fold through the shared folder so both agree; everything else keeps itself lowercased, because
            // units split on non-letters before folding and a punctuation unit should still compare as itself.
            var folded = NameFolder.Fold(((char)c).ToString());
            var category = char.GetUnicodeCategory((char)c);
            var isMark = category is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.EnclosingMark;
            table[c] = folded.Length > 0 || isMark ? folded : char.ToLowerInvariant((char)c).ToString();
        }

        return table;
    }
}
