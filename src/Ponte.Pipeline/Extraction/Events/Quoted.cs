using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Events;

/// <summary>
/// Whether a stretch of the text is part of what a quote says. A quote joined across its attribution ("«A — ha detto X — B»")
/// spans the attribution too, so containment in its span is not enough: the stretch is quoted only when the text up to its end
/// opens the quote or the text from its start ends it.
/// </summary>
internal static class Quoted
{
    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is said inside one of <paramref name="quotes"/>.</summary>
    public static bool ByAny(List<Quote> quotes, int start, int end, string text)
    {
        foreach (var quote in quotes)
        {
            if (By(quote, start, end, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) is said inside <paramref name="quote"/>.</summary>
    public static bool By(Quote quote, int start, int end, string text) =>
        quote.Span.Start <= start && end <= quote.Span.End && quote.Span.End <= text.Length
        && (quote.Text.AsSpan().StartsWith(text.AsSpan(quote.Span.Start, end - quote.Span.Start), StringComparison.Ordinal)
            || quote.Text.AsSpan().EndsWith(text.AsSpan(start, quote.Span.End - start), StringComparison.Ordinal));
}
