using System.Buffers;
using Ponte.Languages;

namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>An outermost pair of quote marks: the offsets of the opening and the closing mark.</summary>
internal readonly record struct QuotePair(int Open, int Close)
{
    /// <summary>The inner text between the marks.</summary>
    public int InnerStart => Open + 1;
}

/// <summary>
/// Pairs quote marks the way a reader does: a mark opens when a word follows it and closes when a word precedes it, any
/// opening mark of a family is closed by any closing mark of the same family (texts mix "…” and “…"), a closing mark between
/// two letters is an apostrophe ("region’s"), and nothing stays open across a line break. Only outermost pairs are reported.
/// </summary>
internal sealed class QuoteMarkScanner
{
    private const int MaxDepth = 4;
    private const int MaxQuoteLength = 4000;
    private const int MaxPairs = 5000;

    private readonly Family[] _families;
    private readonly SearchValues<char> _marks;

    public QuoteMarkScanner(IEnumerable<QuoteMarkFamily> families)
    {
        _families = families
            .Where(f => f.Open.Length > 0 && f.Close.Length > 0)
            .Select(f => new Family(f.Open, f.Close, f.CloseIsApostrophe))
            .ToArray();
        _marks = SearchValues.Create(string.Concat(_families.Select(f => f.Open + f.Close)).Distinct().Append('\n').ToArray());
    }

    /// <summary>Appends the outermost quote pairs of <paramref name="text"/> in text order.</summary>
    public void Scan(ReadOnlySpan<char> text, List<QuotePair> into)
    {
        if (_families.Length == 0)
        {
            return;
        }

        Span<int> openPos = stackalloc int[MaxDepth];
        Span<int> openFamily = stackalloc int[MaxDepth];
        var depth = 0;
        var i = 0;
        while (i < text.Length && into.Count < MaxPairs)
        {
            var next = text[i..].IndexOfAny(_marks);
            if (next < 0)
            {
                return;
            }

            i += next;
            var c = text[i];
            if (c == '\n')
            {
                // An unclosed quote does not run on into the next paragraph.
                depth = 0;
                i++;
                continue;
            }

            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            var canCloseHere = i > 0 && !char.IsWhiteSpace(before);
            var canOpenHere = i + 1 < text.Length && !char.IsWhiteSpace(after);

            var closeAt = -1;
            if (canCloseHere)
            {
                for (var k = depth - 1; k >= 0; k--)
                {
                    var family = _families[openFamily[k]];
                    if (family.Close.Contains(c) && !(family.CloseIsApostrophe && Chars.IsWordChar(before) && Chars.IsWordChar(after)))
                    {
                        closeAt = k;
                        break;
                    }
                }
            }

            var openFamilyIndex = canOpenHere ? OpeningFamily(c, before) : -1;
            var close = closeAt >= 0 && (openFamilyIndex < 0 || !Chars.IsWordChar(after) || Chars.IsWordChar(before)
                || Chars.IsTerminal(before) || before is ',' or ';');
            if (close)
            {
                var start = openPos[closeAt];
                depth = closeAt;
                if (depth == 0 && i - start <= MaxQuoteLength && i - start > 1)
                {
                    into.Add(new QuotePair(start, i));
                }
            }
            else if (openFamilyIndex >= 0 && depth < MaxDepth)
            {
                openPos[depth] = i;
                openFamily[depth] = openFamilyIndex;
                depth++;
            }

            i++;
        }
    }

    /// <summary>The family <paramref name="c"/> opens, or -1; an opening mark glued to a word on its left is not one (12" or l’anno).</summary>
    private int OpeningFamily(char c, char before)
    {
        if (Chars.IsWordChar(before))
        {
            return -1;
        }

        for (var f = 0; f < _families.Length; f++)
        {
            if (_families[f].Open.Contains(c))
            {
                return f;
            }
        }

        return -1;
    }

    private readonly record struct Family(string Open, string Close, bool CloseIsApostrophe);
}
