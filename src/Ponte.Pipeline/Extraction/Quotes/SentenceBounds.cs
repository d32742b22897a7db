namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>
/// Where the sentence around an offset starts and ends: the segmenter's sentences when there are any, else the nearest
/// sentence-final punctuation followed by a space, and never across a line break.
/// </summary>
internal readonly struct SentenceBounds
{
    private readonly ExtractionContext _context;

    public SentenceBounds(ExtractionContext context) => _context = context;

    /// <summary>Start of the sentence that contains <paramref name="offset"/>, not before its line.</summary>
    public int StartBefore(int offset)
    {
        var text = _context.Text;
        var lineStart = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        var index = _context.SentenceAt(Math.Max(0, offset - 1));
        if (index >= 0)
        {
            return Math.Max(lineStart, _context.Sentences[index].Span.Start);
        }

        for (var i = offset - 1; i > lineStart; i--)
        {
            if (Chars.IsTerminal(text[i - 1]) && char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return lineStart;
    }

    /// <summary>End of the sentence that contains the first visible character at or after <paramref name="offset"/>, not past its line.</summary>
    public int EndAfter(int offset)
    {
        var text = _context.Text;
        var lineEnd = text.IndexOf('\n', Math.Min(offset, text.Length));
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var first = offset;
        while (first < lineEnd && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        var index = first < text.Length ? _context.SentenceAt(first) : -1;
        if (index >= 0)
        {
            return Math.Min(lineEnd, Math.Max(_context.Sentences[index].Span.End, first));
        }

        for (var i = first; i < lineEnd; i++)
        {
            if (Chars.IsTerminal(text[i]) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return lineEnd;
    }
}

/// <summary>Sentence spans for stages that need them when the segmenter gave none.</summary>
internal static class SentenceSpans
{
    /// <summary>The context's sentences, or a plain split at line breaks and at . ! ? followed by white space.</summary>
    public static IReadOnlyList<Core.Model.TextSpan> Of(ExtractionContext context)
    {
        if (context.Sentences.Count > 0)
        {
            var spans = new Core.Model.TextSpan[context.Sentences.Count];
            for (var i = 0; i < spans.Length; i++)
            {
                spans[i] = context.Sentences[i].Span;
            }

            return spans;
        }

        var text = context.Text;
        var list = new List<Core.Model.TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = -1;
            if (text[i] == '\n')
            {
                end = i;
            }
            else if (Chars.IsTerminal(text[i]))
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '”' or '"' or '»' or '’' or ')')
                {
                    j++;
                }

                if (j == text.Length || char.IsWhiteSpace(text[j]))
                {
                    end = j;
                    i = j - 1;
                }
            }

            if (end >= 0)
            {
                AddTrimmed(text, start, end, list);
                start = end;
            }
        }

        AddTrimmed(text, start, text.Length, list);
        return list;
    }

    private static void AddTrimmed(string text, int start, int end, List<Core.Model.TextSpan> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new Core.Model.TextSpan(start, end));
        }
    }
}
