using System.Buffers;
using System.Text;

namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>A phrase found in the text: where it is and the value its list gave it.</summary>
internal readonly record struct PhraseHit<T>(int Start, int End, T Value);

/// <summary>
/// A set of short phrases ("said", "ha detto", "cuộc họp", "กล่าว") matched case-insensitively at word boundaries, built once per
/// language. A space in a phrase matches any run of white space. In scripts written without spaces a phrase may start or end
/// anywhere, because there is no boundary to check.
/// </summary>
internal sealed class PhraseSet<T>
{
    /// <summary>ASCII letters and digits: inside a run of them no phrase can start.</summary>
    private static readonly SearchValues<char> AsciiWordChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>First characters below this are found by index rather than by hashing.</summary>
    private const int Indexed = 0x250;

    /// <summary>The Thai block, also found by index: in Thai a phrase may start at any character.</summary>
    private const char ThaiFirst = '\u0E00';
    private const char ThaiLast = '\u0E7F';

    private readonly Dictionary<char, Entry[]> _byFirst;
    private readonly Entry[]?[] _byIndexedFirst = new Entry[]?[Indexed];
    private readonly Entry[]?[] _byThaiFirst = new Entry[]?[ThaiLast - ThaiFirst + 1];
    private readonly SearchValues<char> _firstChars;

    public PhraseSet(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var lists = new Dictionary<char, List<Entry>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (raw, value) in phrases)
        {
            var phrase = Normalize(raw);
            if (phrase.Length == 0 || !seen.Add(phrase))
            {
                continue;
            }

            var first = char.ToLowerInvariant(phrase[0]);
            if (!lists.TryGetValue(first, out var list))
            {
                lists[first] = list = [];
            }

            list.Add(new Entry(phrase, value));
        }

        // Longest first, so "ha detto a" wins over "ha detto" and "katanya" over "kata".
        _byFirst = lists.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Phrase.Length).ToArray());
        foreach (var (first, entries) in _byFirst)
        {
            if (first < Indexed)
            {
                _byIndexedFirst[first] = entries;
            }
            else if (first is >= ThaiFirst and <= ThaiLast)
            {
                _byThaiFirst[first - ThaiFirst] = entries;
            }
        }

        var firsts = new HashSet<char>();
        foreach (var c in lists.Keys)
        {
            firsts.Add(c);
            firsts.Add(char.ToUpperInvariant(c));
        }

        _firstChars = SearchValues.Create(firsts.ToArray());
        Count = seen.Count;
    }

    /// <summary>Number of distinct phrases.</summary>
    public int Count { get; }

    /// <summary>The longest phrase that matches at <paramref name="i"/> with word boundaries, if any.</summary>
    public bool TryMatchAt(ReadOnlySpan<char> text, int i, int limit, out PhraseHit<T> hit)
    {
        hit = default;
        if (i < 0 || i >= limit || limit > text.Length || !Chars.IsWordStart(text, i) || Entries(Lower(text[i])) is not { } entries)
        {
            return false;
        }

        // Most phrases that share the first letter already differ at the second: a plain letter there is compared up front.
        var second = i + 1 < limit ? Lower(text[i + 1]) : '\0';
        foreach (var entry in entries)
        {
            var phrase = entry.Phrase;
            if (second != '\0' && phrase.Length > 1 && phrase[1] != second && phrase[1] != ' ' && !IsApostrophe(phrase[1]))
            {
                continue;
            }

            var end = MatchLength(text, i, limit, phrase);
            if (end > 0 && Chars.IsWordEnd(text, end))
            {
                hit = new PhraseHit<T>(i, end, entry.Value);
                return true;
            }
        }

        return false;
    }

    /// <summary>Every non-overlapping match in [<paramref name="start"/>, <paramref name="end"/>), left to right.</summary>
    public void FindAll(ReadOnlySpan<char> text, int start, int end, List<PhraseHit<T>> into)
    {
        end = Math.Min(end, text.Length);
        var i = Math.Max(0, start);
        while (i < end)
        {
            var next = text[i..end].IndexOfAny(_firstChars);
            if (next < 0)
            {
                return;
            }

            i += next;
            if (TryMatchAt(text, i, end, out var hit))
            {
                into.Add(hit);
                i = hit.End;
            }
            else
            {
                i = NextCandidate(text, i, end);
            }
        }
    }

    /// <summary>The first match in the range, if any.</summary>
    public bool TryFindFirst(ReadOnlySpan<char> text, int start, int end, out PhraseHit<T> hit)
    {
        end = Math.Min(end, text.Length);
        var i = Math.Max(0, start);
        while (i < end)
        {
            var next = text[i..end].IndexOfAny(_firstChars);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (TryMatchAt(text, i, end, out hit))
            {
                return true;
            }

            i = NextCandidate(text, i, end);
        }

        hit = default;
        return false;
    }

    /// <summary>Whether some phrase of the set ends exactly at <paramref name="end"/> (looking back at most 40 characters).</summary>
    public bool EndsAt(ReadOnlySpan<char> text, int end, out PhraseHit<T> hit)
    {
        var i = Math.Max(0, end - 40);
        while (i < end)
        {
            if (!TryMatchAt(text, i, end, out hit))
            {
                i = NextCandidate(text, i, end);
                continue;
            }

            if (hit.End == end)
            {
                return true;
            }

            i++;
        }

        hit = default;
        return false;
    }

    /// <summary>
    /// Where to look next after no phrase matched at <paramref name="i"/>. Inside a word of a spaced script no phrase can start,
    /// so the rest of its ASCII letters and digits are skipped at once; elsewhere the next character is tried.
    /// </summary>
    private static int NextCandidate(ReadOnlySpan<char> text, int i, int end)
    {
        if (Chars.IsWordStart(text, i))
        {
            return i + 1;
        }

        var rest = text[(i + 1)..Math.Min(end, text.Length)].IndexOfAnyExcept(AsciiWordChars);
        return rest < 0 ? end : i + 1 + rest;
    }

    /// <summary>End offset of <paramref name="phrase"/> matched at <paramref name="i"/>, or 0.</summary>
    private static int MatchLength(ReadOnlySpan<char> text, int i, int limit, string phrase)
    {
        var t = i;
        foreach (var p in phrase)
        {
            if (t >= limit)
            {
                return 0;
            }

            if (p == ' ')
            {
                if (!char.IsWhiteSpace(text[t]))
                {
                    return 0;
                }

                while (t < limit && char.IsWhiteSpace(text[t]))
                {
                    t++;
                }

                continue;
            }

            if (Lower(text[t]) != p && !(IsApostrophe(p) && IsApostrophe(text[t])))
            {
                return 0;
            }

            t++;
        }

        return t;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    // char.ToLowerInvariant without its general path for ASCII and for Thai, which has no case.
    private static char Lower(char c) =>
        c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : c is >= ThaiFirst and <= ThaiLast ? c : char.ToLowerInvariant(c);

    private Entry[]? Entries(char first) =>
        first < Indexed ? _byIndexedFirst[first]
        : first is >= ThaiFirst and <= ThaiLast ? _byThaiFirst[first - ThaiFirst]
        : _byFirst.GetValueOrDefault(first);

    private static string Normalize(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw.Normalize(NormalizationForm.FormC).Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private readonly record struct Entry(string Phrase, T Value);
}
