using Ponte.Core.Model;
using Ponte.Pipeline.Extraction.Dates;

namespace Ponte.Pipeline.Extraction.Figures;

/// <summary>
/// Finds money amounts, counts, percentages and quantities, and gives each the year it refers to and the subject it
/// measures. Runs after <see cref="DateExtractor"/>: numbers inside dates are not figures, and dates give figures their years.
/// <para>Year, first rule that applies: a date right after the figure in its clause ("US$28.1 billion in 2024"); for a
/// sentence of figures without years after as many figures with years of the same kind ("rose to A from B over the same
/// period"), the years of those, matched by "from"/"to" or else in order; the only year the sentence names; the year of the
/// publication date.</para>
/// <para>Subject: for money, percentages and quantities, the noun phrase before the verb that leads to the figure ("Italy's
/// foreign direct investment in the region rose to…"), shared by the second figure of a "to A from B" pair; for counts, the
/// counted noun phrase ("Italian companies in the region"). An amount a verb of giving leads to ("pledged") measures what
/// it is for, not who gives it. A change ("an increase of 14 per cent") takes the subject and year of the figure it changes.</para>
/// </summary>
public sealed class FigureExtractor : IExtractor
{
    private const int MaxYearGap = 24;

    /// <inheritdoc />
    public string Name => "figures";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var lexicon = PackLexicon.For(context.Rules);
        var atoms = lexicon.Lex(context);
        var dates = InTextOrder(context.Dates);
        var scanner = new FigureScanner(text, atoms, lexicon, dates);
        var figures = scanner.Scan();
        if (figures.Count == 0)
        {
            return;
        }

        var sentences = FallbackSentences.Of(text, context.Sentences);
        foreach (var figure in figures)
        {
            figure.Sentence = FallbackSentences.IndexAt(sentences, figure.Span.Start);
        }

        AssignYears(text, figures, dates, sentences, context.Published, scanner);
        var subjects = new SubjectFinder(text, atoms, lexicon, scanner, sentences);
        for (var f = 0; f < figures.Count; f++)
        {
            figures[f].About = subjects.About(figures, f);
        }

        for (var f = 0; f < figures.Count; f++)
        {
            subjects.Change(figures, f);
        }

        foreach (var figure in figures)
        {
            context.Figures.Add(new Figure
            {
                Text = figure.Span.Slice(text),
                Span = figure.Span,
                Kind = figure.Kind,
                Value = figure.Value,
                Currency = figure.Currency,
                Unit = figure.Unit,
                Qualifier = figure.Qualifier,
                Year = figure.Year == 0 ? null : figure.Year,
                About = figure.About,
                Change = figure.Change,
                ChangeOf = figure.ChangeOf >= 0 ? figures[figure.ChangeOf].Span : null,
            });
        }
    }

    private static void AssignYears(string text, List<FigureCandidate> figures, List<DateMention> dates, IReadOnlyList<Sentence> sentences, PartialDate? published, FigureScanner scanner)
    {
        // A date right after the figure, in its clause.
        for (var f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            var limit = f + 1 < figures.Count ? figures[f + 1].Span.Start : text.Length;
            var next = FirstStartingAt(dates, figure.Span.End);
            if (next < dates.Count)
            {
                var date = dates[next];
                // "up 15% compared with 2023": the base year of a comparison is not the figure's.
                if (date.Span.Start <= limit && date.Span.Start - figure.Span.End <= MaxYearGap && ShortGap(text, figure.Span.End, date.Span.Start) &&
                    !scanner.AfterComparison(date.Span.Start))
                {
                    figure.Year = date.Value.Year;
                    figure.YearFromClause = true;
                }
            }
        }

        var bySentence = figures.GroupBy(f => f.Sentence).ToList();
        for (var s = 0; s < bySentence.Count; s++)
        {
            var yearless = bySentence[s].Where(f => f.Year == 0).ToList();
            if (yearless.Count == 0)
            {
                continue;
            }

            // Figures "over the same period": as many figures with years just before, in this sentence or the one before.
            var first = yearless[0];
            var dated = figures.Where(f => f.YearFromClause && f.Kind == first.Kind &&
                                           (f.Sentence == first.Sentence ? f.Span.Start < first.Span.Start : f.Sentence == first.Sentence - 1 && yearless.Count > 1))
                .ToList();
            if (dated.Count == yearless.Count && Uniform(dated) && Uniform(yearless) && dated[0].Kind == first.Kind)
            {
                Pair(dated, yearless);
                continue;
            }

            var sentence = first.Sentence >= 0 && first.Sentence < sentences.Count ? sentences[first.Sentence].Span : new TextSpan(0, text.Length);
            var year = OnlyYear(sentence, dates, figures, scanner, published) ?? published?.Year ?? 0;
            foreach (var figure in yearless)
            {
                figure.Year = year;
            }
        }
    }

    /// <summary>
    /// The one year the dates of the sentence name, or null when they name none or several. Dates that are figures and the
    /// base years of comparisons ("so với năm 2023", "compared with 2023") are not the year of the sentence's figures, and
    /// neither is the day of publication, which a dateline puts in the first sentence ("กรุงเทพฯ 12 มีนาคม 2568 - … ในปี 2567").
    /// </summary>
    private static int? OnlyYear(TextSpan sentence, List<DateMention> dates, List<FigureCandidate> figures, FigureScanner scanner, PartialDate? published)
    {
        int? year = null;
        for (var d = FirstStartingAt(dates, sentence.Start); d < dates.Count && dates[d].Span.Start <= sentence.End; d++)
        {
            var date = dates[d];
            if (!sentence.Contains(date.Span) || figures.Any(f => f.Span.Overlaps(date.Span)) || scanner.AfterComparison(date.Span.Start) ||
                (published is { Precision: DatePrecision.Day } && date.Value.Precision == DatePrecision.Day && date.Value.Start == published.Start))
            {
                continue;
            }

            if (year is not null && year != date.Value.Year)
            {
                return null;
            }

            year = date.Value.Year;
        }

        return year;
    }

    /// <summary>The dates ordered by start, as a stable sort orders them; most often they already are, and are read as they stand.</summary>
    private static List<DateMention> InTextOrder(List<DateMention> dates)
    {
        for (var d = 1; d < dates.Count; d++)
        {
            if (dates[d].Span.Start < dates[d - 1].Span.Start)
            {
                return dates.OrderBy(x => x.Span.Start).ToList();
            }
        }

        return dates;
    }

    /// <summary>Index of the first date starting at or after <paramref name="offset"/> in dates ordered by start.</summary>
    private static int FirstStartingAt(List<DateMention> dates, int offset)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (dates[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether the figures measure in one way (one kind, one currency, one unit): a series, not a mix.</summary>
    private static bool Uniform(List<FigureCandidate> figures) =>
        figures.All(f => f.Kind == figures[0].Kind && f.Currency == figures[0].Currency && f.Unit == figures[0].Unit);

    /// <summary>Gives yearless figures the years of the dated ones: by "from"/"to" when both sides mark them, else in order.</summary>
    private static void Pair(List<FigureCandidate> dated, List<FigureCandidate> yearless)
    {
        var byRole = dated.All(f => f.Role != 0) && yearless.All(f => f.Role != 0) &&
                     dated.Select(f => f.Role).Order().SequenceEqual(yearless.Select(f => f.Role).Order()) &&
                     dated.Select(f => f.Role).Distinct().Count() == dated.Count;
        for (var k = 0; k < yearless.Count; k++)
        {
            var source = byRole ? dated.First(f => f.Role == yearless[k].Role) : dated[k];
            yearless[k].Year = source.Year;
        }
    }

    private static bool ShortGap(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '.' or ';' or '!' or '?' or '\n' or '(' or ')')
            {
                return false;
            }

            var letter = char.IsLetter(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words <= 2;
    }
}
