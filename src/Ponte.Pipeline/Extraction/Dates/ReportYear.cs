using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>
/// Settles the report's year when the date stage could only count the years the text prints (no metadata, no printed year
/// in the dateline or lead, no weekday). Runs after figures, because the years a report prints say different things about
/// its own year:
/// <list type="bullet">
/// <item>a full date with its year ("until November 6, 2024") lies close to the report: that year, strongly;</item>
/// <item>the year of a statistic ("trade reached 28 billion dollars in 2024") is usually the last full year: the year after;</item>
/// <item>a year announced ahead ("planned for 2025", "dự kiến", "entro il 2030") lies after the report;</item>
/// <item>the start of a past period ("since 2020") says little;</item>
/// <item>any other year: that year, or one either side.</item>
/// </list>
/// When the weighed year differs from the counted one, the publication date and every date whose year was inferred move with it.
/// </summary>
public sealed class ReportYear : IExtractor
{
    private const int WindowChars = 64;

    /// <inheritdoc />
    public string Name => "report-year";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var counted = context.GuessedYear;
        if (counted == 0)
        {
            return;
        }

        var weighed = Weigh(context, counted);
        if (weighed == counted)
        {
            return;
        }

        var delta = weighed - counted;
        context.GuessedYear = weighed;
        if (context.Published is { Inferred: true } published)
        {
            context.Published = published.WithYear(published.Year + delta) ?? published;
        }

        MoveFigureYears(context, delta);
        for (var i = 0; i < context.Dates.Count; i++)
        {
            var mention = context.Dates[i];
            if (mention.Value.Inferred && mention.Value.WithYear(mention.Value.Year + delta) is { } moved)
            {
                context.Dates[i] = mention with { Value = moved };
            }
        }
    }

    /// <summary>
    /// Figures took their years from the dates before the report year was weighed: those whose year no printed date of their
    /// sentence or the one before gives ("last year", the report's own year) move with it.
    /// </summary>
    private static void MoveFigureYears(ExtractionContext context, int delta)
    {
        if (context.Figures.Count == 0)
        {
            return;
        }

        var sentences = FallbackSentences.Of(context.Text, context.Sentences);

        // The years printed in each sentence, found once for all the figures.
        var printedYears = new HashSet<(int Sentence, int Year)>();
        foreach (var date in context.Dates)
        {
            if (!date.Value.Inferred)
            {
                printedYears.Add((FallbackSentences.IndexAt(sentences, date.Span.Start), date.Value.Year));
            }
        }

        for (var f = 0; f < context.Figures.Count; f++)
        {
            var figure = context.Figures[f];
            if (figure.Year is not { } year)
            {
                continue;
            }

            var sentence = FallbackSentences.IndexAt(sentences, figure.Span.Start);
            var printed = printedYears.Contains((sentence, year)) || printedYears.Contains((sentence - 1, year));
            if (!printed && year + delta is >= 1 and <= 9999)
            {
                context.Figures[f] = figure with { Year = year + delta };
            }
        }
    }

    /// <summary>The best-supported report year; <paramref name="counted"/> keeps ties.</summary>
    internal static int Weigh(ExtractionContext context, int counted)
    {
        var data = context.Rules.Dates;
        var fillers = PackLexicon.For(context.Rules).DateFillers;
        var evidence = new List<(int Year, YearUse Use)>();
        foreach (var mention in context.Dates)
        {
            var date = mention.Value;
            // A day range ("1-31 October 2025") ends on a full date, which is no period's end.
            if (date.Inferred || (date.Precision != DatePrecision.Day && IsRangeEnd(context.Text, mention.Span.Start)))
            {
                continue;
            }

            var use = HasCue(context.Text, mention.Span.Start, data.HistoryCues, fillers) ? YearUse.History
                : date.Precision == DatePrecision.Day ? YearUse.Day
                : HasCue(context.Text, mention.Span.Start, data.FutureCues, fillers) ? YearUse.Ahead
                : IsStatisticYear(context, mention, date) ? YearUse.Statistic
                : YearUse.Plain;
            evidence.Add((date.Year, use));
        }

        var best = counted;
        var bestScore = Score(evidence, counted);
        foreach (var year in evidence.SelectMany(e => new[] { e.Year - 1, e.Year, e.Year + 1 }).Distinct().Order())
        {
            var score = Score(evidence, year);
            if (score > bestScore + 1e-9 && year is >= 1 and <= 9999)
            {
                best = year;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>How well the printed years fit a report written in <paramref name="report"/>.</summary>
    /// <remarks>
    /// News tells background years before its own, and announces years after it: a year after the report's is a contradiction
    /// unless announced, a year before it is background that fits, less the further back.
    /// </remarks>
    private static double Score(List<(int Year, YearUse Use)> evidence, int report)
    {
        var total = 0.0;
        foreach (var (year, use) in evidence)
        {
            var gap = report - year;
            total += use switch
            {
                YearUse.Day => gap == 0 ? 1.5 : Math.Abs(gap) == 1 ? 0.3 : -0.3,
                YearUse.Ahead => gap switch { -1 => 1.2, 0 => 0.6, < -1 => 0.5, _ => -1.0 },
                YearUse.Statistic => gap switch { 1 => 1.0, 0 => 0.6, > 1 => 0.4, _ => -1.0 },
                YearUse.History => gap switch { > 0 => 0.4, 0 => 0.2, _ => -1.0 },
                _ => gap switch { 0 => 1.0, 1 => 0.7, > 1 => 0.4, -1 => 0.4, _ => -0.5 },
            };
        }

        return total;
    }

    private enum YearUse
    {
        Plain,
        Day,
        Ahead,
        Statistic,
        History,
    }

    // The end of a span of years ("2025-2027") counts with its start, as one period.
    private static bool IsRangeEnd(string text, int start) => DigitAcrossDash(text, start - 1, -1, "-–—/");

    private static bool IsRangeStart(string text, int end) => DigitAcrossDash(text, end, 1, "-–—");

    // Whether, walking from i by step over spaces, a dash of dashes and more spaces lead to a digit: the other end of a range.
    private static bool DigitAcrossDash(string text, int i, int step, string dashes)
    {
        while ((uint)i < (uint)text.Length && text[i] == ' ')
        {
            i += step;
        }

        if ((uint)i >= (uint)text.Length || !dashes.Contains(text[i], StringComparison.Ordinal))
        {
            return false;
        }

        i += step;
        while ((uint)i < (uint)text.Length && text[i] == ' ')
        {
            i += step;
        }

        return (uint)i < (uint)text.Length && char.IsAsciiDigit(text[i]);
    }

    // A figure in the same sentence that refers to this year makes it the year of a statistic. Statistics are counted over
    // whole years ("in 2024"); a month ("from September 2025") or the start of a period ("in the 2025-2030 period") dates a
    // plan as often as a result, and figures take the year of any date in their sentence.
    private static bool IsStatisticYear(ExtractionContext context, DateMention mention, PartialDate date)
    {
        if (date.Precision != DatePrecision.Year || IsRangeStart(context.Text, mention.Span.End))
        {
            return false;
        }

        var year = date.Year;
        var sentence = context.SentenceAt(mention.Span.Start);
        foreach (var figure in context.Figures)
        {
            if (figure.Year == year && (sentence < 0 || context.SentenceAt(figure.Span.Start) == sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of <paramref name="cues"/> stands before <paramref name="start"/> in the same clause, separated from it only by
    /// date words (<paramref name="fillers"/>: "the end of", "pada", "năm") and at most one other word without digits
    /// ("expected to start in January 2026"; but not "grew by 5% in 2024").
    /// </summary>
    internal static bool HasCue(string text, int start, IReadOnlyList<string> cues, HashSet<string> fillers)
    {
        if (cues.Count == 0 || start <= 0)
        {
            return false;
        }

        var from = Math.Max(0, start - WindowChars);
        var window = text.AsSpan(from, start - from);
        var stop = window.LastIndexOfAny(".!?;\n");
        if (stop >= 0)
        {
            window = window[(stop + 1)..];
        }

        foreach (var cue in cues)
        {
            if (cue.Length > 1 && cue[0] == '-')
            {
                if (HasSuffixCue(window, cue.AsSpan(1), fillers))
                {
                    return true;
                }

                continue;
            }

            for (var at = window.LastIndexOf(cue.AsSpan(), StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = at == 0 ? -1 : window[..at].LastIndexOf(cue.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                var end = at + cue.Length;
                var before = at == 0 ? ' ' : window[at - 1];
                var after = end >= window.Length ? ' ' : window[end];
                if (!IsWordChar(before, cue[0]) && !IsWordChar(after, cue[^1]) && GapIsDateWords(window[end..], fillers))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A cue written "-rà" is a word ending: a verb's future tense ("organizzeranno nel 2026").
    private static bool HasSuffixCue(ReadOnlySpan<char> window, ReadOnlySpan<char> suffix, HashSet<string> fillers)
    {
        var end = window.Length;
        while (end > 0)
        {
            while (end > 0 && !char.IsLetter(window[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(window[start - 1]))
            {
                start--;
            }

            if (end - start > suffix.Length + 2 && window[start..end].EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return GapIsDateWords(window[end..], fillers);
            }

            end = start;
        }

        return false;
    }

    private static bool GapIsDateWords(ReadOnlySpan<char> gap, HashSet<string> fillers)
    {
        var others = 0;
        var lookup = fillers.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < gap.Length)
        {
            if (!char.IsLetterOrDigit(gap[i]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < gap.Length && (char.IsLetterOrDigit(gap[j]) || gap[j] is '\'' or '’' || char.GetUnicodeCategory(gap[j]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
            {
                j++;
            }

            var word = gap[i..j];
            if (word.ContainsAnyInRange('0', '9'))
            {
                return false;
            }

            if (!lookup.Contains(word) && ++others > 1)
            {
                return false;
            }

            i = j;
        }

        return true;
    }

    // Scripts written without spaces (Thai) have no word boundary to check.
    internal static bool IsWordChar(char c, char cueEdge) =>
        char.IsLetterOrDigit(c) && !(AtomLexer.IsUnspaced(c) && AtomLexer.IsUnspaced(cueEdge));
}
