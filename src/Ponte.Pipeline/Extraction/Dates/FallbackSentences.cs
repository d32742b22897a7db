using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>
/// A coarse sentence split used only when the context carries no sentences (a context built by hand, or a segmenter that
/// failed): lines, and stops followed by a space. Good enough to scope dates and figures to a sentence.
/// </summary>
internal static class FallbackSentences
{
    /// <summary>The sentences of <paramref name="text"/>, or <paramref name="given"/> when it has any.</summary>
    public static IReadOnlyList<Sentence> Of(string text, IReadOnlyList<Sentence> given)
    {
        if (given.Count > 0)
        {
            return given;
        }

        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '\n' or '\r' ? i
                : c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) ? i + 1
                : -1;
            if (end < 0)
            {
                continue;
            }

            Add(text, start, end, sentences);
            start = end;
        }

        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences)
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
            sentences.Add(new Sentence(new TextSpan(start, end)));
        }
    }

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or of the last one before it; -1 if none.</summary>
    public static int IndexAt(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, best = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.Start <= offset)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best;
    }
}
