using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Quotes;

/// <summary>
/// Finds direct quotes and who said them. A quote is the text between a pair of quote marks that reads as an utterance
/// (three words or more, or closing punctuation); titles and scare quotes are left alone. The speaker comes from a
/// reporting verb before or after the quote, or set off by dashes inside it; a quote split by its attribution
/// ("“A,” he said, “B.”") becomes one quote whose span covers both parts and whose text joins them.
/// Runs after the entity stage: speakers are the entities' canonical names.
/// </summary>
public sealed class QuoteExtractor : IExtractor
{
    private const int MaxWindow = 240;
    private const int MaxQuotes = 2000;

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var rules = QuoteRules.For(context.Rules);
        var pairs = new List<QuotePair>();
        rules.Marks.Scan(text, pairs);
        if (pairs.Count == 0)
        {
            return;
        }

        var mentions = MentionIndex.For(context);
        var finder = new AttributionFinder(text, rules, mentions);
        var bounds = new SentenceBounds(context);
        Quote? previous = null;
        for (var i = 0; i < pairs.Count && context.Quotes.Count < MaxQuotes; i++)
        {
            var pair = pairs[i];
            var (innerStart, innerEnd) = Trim(text, pair.InnerStart, pair.Close);
            if (innerEnd <= innerStart)
            {
                continue;
            }

            var quote = Inside(text, finder, innerStart, innerEnd);
            string? speaker;
            bool attributed;
            int spanEnd = innerEnd;
            var joinedText = (string?)null;
            var anaphoric = false;
            if (quote is { } inside)
            {
                (speaker, attributed, anaphoric, joinedText) = (inside.Speaker, true, inside.Anaphoric, inside.Text);
            }
            else
            {
                var nextOpen = i + 1 < pairs.Count ? pairs[i + 1].Open : text.Length;
                var postEnd = Math.Min(Math.Min(nextOpen, bounds.EndAfter(pair.Close + 1)), pair.Close + 1 + MaxWindow);
                var strict = Chars.IsTerminal(text[innerEnd - 1]) && FirstLetterIsUpper(text, pair.Close + 1, postEnd);
                var after = finder.After(pair.Close + 1, postEnd, pair.Open, strict);

                var prevClose = i > 0 ? pairs[i - 1].Close + 1 : 0;
                var preStart = Math.Max(Math.Max(prevClose, bounds.StartBefore(pair.Open)), pair.Open - MaxWindow);
                var before = finder.Before(preStart, pair.Open);

                var chosen = Choose(before, after, text[innerEnd - 1] == ',');
                (speaker, attributed, anaphoric) = chosen is { } a ? (a.Speaker, true, a.Anaphoric) : (null, false, false);

                // "“A,” he said, “B.”": the attribution runs up to the next quote and does not lead into it with a verb of its own.
                if (chosen is { } c && c == after && postEnd == nextOpen && i + 1 < pairs.Count && !Chars.IsTerminal(text[innerEnd - 1]))
                {
                    var next = pairs[i + 1];
                    var leadIn = finder.Before(pair.Close + 1, next.Open);
                    var (nextStart, nextEnd) = Trim(text, next.InnerStart, next.Close);
                    if (nextEnd > nextStart && (leadIn is null || leadIn.Value.VerbStart == c.VerbStart))
                    {
                        joinedText = string.Concat(text.AsSpan(innerStart, innerEnd - innerStart), " ", text.AsSpan(nextStart, nextEnd - nextStart));
                        spanEnd = nextEnd;
                        i++;
                    }
                }
            }

            var body = joinedText ?? text[innerStart..innerEnd];
            if (!IsUtterance(body, attributed, innerStart, spanEnd, mentions))
            {
                continue;
            }

            // "“…,” he said": the comma belongs to the attribution, not to what was said.
            if (joinedText is null && innerEnd - innerStart > 1 && text[innerEnd - 1] == ',')
            {
                (innerStart, innerEnd) = Trim(text, innerStart, innerEnd - 1);
                spanEnd = innerEnd;
                body = text[innerStart..innerEnd];
            }

            if (!attributed && previous is not null && SameLine(text, previous.Span.End, innerStart))
            {
                // A second quote in the same paragraph with no verb of its own continues the last speaker.
                speaker = previous.Speaker;
            }
            else if (speaker is null && anaphoric && previous is not null && innerStart - previous.Span.End < MaxWindow * 4)
            {
                // "…," tambahnya — with no person named to stand for, "he" is whoever spoke last.
                speaker = previous.Speaker;
            }

            previous = new Quote(speaker, body, new TextSpan(innerStart, spanEnd));
            context.Quotes.Add(previous);
        }
    }

    /// <summary>An attribution set off by dashes inside the quote: "«A — ha detto il ministro — B»".</summary>
    private static (string? Speaker, bool Anaphoric, string Text)? Inside(string text, AttributionFinder finder, int start, int end)
    {
        var d1 = NextDash(text, start, end);
        if (d1 < 0 || d1 - start < 2)
        {
            return null;
        }

        var d2 = NextDash(text, d1 + 1, Math.Min(end, d1 + 120));
        var segEnd = d2 < 0 ? end : d2;
        var attribution = finder.After(d1 + 1, segEnd, start, strictStart: false);
        if (attribution is null || attribution.Value.Distance > 3 || Words.Count(text, d1 + 1, segEnd) > 10)
        {
            return null;
        }

        var (aStart, aEnd) = Trim(text, start, d1);
        var first = text[aStart..aEnd];
        if (d2 < 0)
        {
            return (attribution.Value.Speaker, attribution.Value.Anaphoric, first);
        }

        var (bStart, bEnd) = Trim(text, d2 + 1, end);
        return (attribution.Value.Speaker, attribution.Value.Anaphoric, bEnd > bStart ? string.Concat(first, " ", text.AsSpan(bStart, bEnd - bStart)) : first);
    }

    private static int NextDash(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (Chars.IsDash(c) || (c == '-' && i > from && i + 1 < to && text[i - 1] == ' ' && text[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    private static Attribution? Choose(Attribution? before, Attribution? after, bool endsWithComma)
    {
        if (before is null || after is null)
        {
            return before ?? after;
        }

        // "“…,” he said" — a comma inside the quote hands over to what follows.
        if (endsWithComma)
        {
            return after;
        }

        return after.Value.Distance < before.Value.Distance ? after : before;
    }

    /// <summary>Whether the quoted text reads as something said rather than a title or a scare-quoted word.</summary>
    private static bool IsUtterance(string body, bool attributed, int start, int end, MentionIndex mentions)
    {
        var words = Words.Count(body, 0, body.Length);
        var last = body[^1];
        var punctuated = Chars.IsTerminal(last) || last is ',' or ';' or ':' or '—' or '–';
        if (!punctuated && LooksLikeTitle(body))
        {
            return false;
        }

        // A quoted name ("the “ASEAN Single Window”") is a name, not an utterance.
        foreach (var m in mentions.Within(start, end))
        {
            if ((m.End - m.Start) * 5 >= (end - start) * 4)
            {
                return false;
            }
        }

        return attributed
            ? words >= 3 || (punctuated && words >= 1)
            : words >= 3 && Chars.IsTerminal(last);
    }

    /// <summary>Most words capitalised and no closing punctuation: "Smart Cities Network", "ASEAN Outlook on the Indo-Pacific".</summary>
    private static bool LooksLikeTitle(string body)
    {
        var words = new List<Word>();
        Words.Scan(body, 0, body.Length, words);
        int letters = 0, upper = 0;
        foreach (var w in words)
        {
            if (w.IsPunctuation || !char.IsLetter(body[w.Start]))
            {
                continue;
            }

            letters++;
            if (char.IsUpper(body[w.Start]))
            {
                upper++;
            }
        }

        return letters >= 2 && upper * 5 >= letters * 3;
    }

    private static bool FirstLetterIsUpper(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return char.IsUpper(text[i]);
            }
        }

        return false;
    }

    private static bool SameLine(string text, int from, int to) =>
        from <= to && text.AsSpan(from, to - from).IndexOf('\n') < 0;

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
