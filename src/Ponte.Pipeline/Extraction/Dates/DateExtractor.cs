using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>
/// Finds absolute, partial and relative dates ("February 20", "tháng 9/2020", "nel primo semestre 2023", "on Thursday")
/// and gives each the partial date it means, inferring years the text left out (see <see cref="YearInference"/>). When the
/// publication date is not known from metadata it also sets <see cref="ExtractionContext.Published"/>: from the dateline's
/// date, else from a day-precise date in the lead sentences, else the year the text prints most often. Runs first among
/// the extractors: figures and events read its dates.
/// </summary>
public sealed class DateExtractor : IExtractor
{
    /// <summary>How many opening sentences count as the lead, where a news report gives the day of its event.</summary>
    private const int LeadSentences = 3;

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var lexicon = PackLexicon.For(context.Rules);
        var candidates = new DateScanner(text, lexicon.Lex(context), lexicon).Scan();
        var printed = candidates.Where(c => c.Anchor == DateAnchor.Absolute && c.Year != 0).Select(c => c.Year).ToList();
        var firstWeekday = candidates.FirstOrDefault(c => c.Anchor == DateAnchor.Weekday)?.Weekday ?? -1;

        var reference = context.Published ?? context.Document.Published;
        if (reference is null)
        {
            var guessed = false;
            reference = FromDateline(context, lexicon, printed, firstWeekday, ref guessed)
                        ?? FromLead(context, candidates, printed, firstWeekday, ref guessed);
            if (reference is null && YearInference.MostPrinted(printed) is var year and > 0)
            {
                reference = PartialDate.OfYear(year, inferred: true);
                guessed = true;
            }

            context.Published = reference;
            context.GuessedYear = guessed && reference is not null ? reference.Year : 0;
        }

        foreach (var candidate in candidates)
        {
            var direction = candidate.Anchor == DateAnchor.Absolute && candidate.Year == 0 ? DateDirection.Of(text, candidate.Span, context.Rules.Dates) : 0;
            if (Resolve(candidate, reference, printed, direction, text, context.Rules.Dates) is { } value)
            {
                context.Dates.Add(new DateMention(candidate.Span.Slice(text), candidate.Span, value));
            }
        }
    }

    /// <summary>
    /// The date the candidate means, or null when its year cannot be inferred. <paramref name="direction"/> is the side of
    /// the reference a marker beside the date places it on (see <see cref="DateDirection"/>).
    /// </summary>
    private static PartialDate? Resolve(DateCandidate candidate, PartialDate? reference, List<int> printed, int direction, string text, Languages.DatesData data)
    {
        switch (candidate.Anchor)
        {
            case DateAnchor.Weekday when reference is { Precision: DatePrecision.Day, Year: > 1 and < 9999 }:
                var day = WeekdayTense.Resolve(text, candidate.Span, candidate.Weekday, reference.Start, data);
                return PartialDate.OfDay(day.Year, day.Month, day.Day, inferred: true);
            case DateAnchor.RelativeDay when reference is { Precision: DatePrecision.Day, Year: > 1 and < 9999 }:
                var shifted = reference.Start.AddDays(candidate.Offset);
                return PartialDate.OfDay(shifted.Year, shifted.Month, shifted.Day, inferred: true);
            case DateAnchor.RelativeYear when reference is { Year: > 1 and < 9999 }:
                return PartialDate.OfYear(reference.Year + candidate.Offset, inferred: true);
            case DateAnchor.RelativeMonth when reference is { Precision: DatePrecision.Day or DatePrecision.Month, Year: > 1 and < 9999 }:
                var month = new DateOnly(reference.Year, reference.Month, 1).AddMonths(candidate.Offset);
                return PartialDate.OfMonth(month.Year, month.Month, inferred: true);
            case DateAnchor.Absolute when candidate.Year != 0:
                return candidate.WithYear(candidate.Year, inferred: false);
            case DateAnchor.Absolute:
                var year = reference is not null ? YearInference.NearReference(candidate, reference, direction)
                    : candidate.Weekday >= 0 && candidate.Precision == DatePrecision.Day
                        ? YearInference.FromWeekday(candidate.Month, candidate.Day, candidate.Weekday, printed)
                        : 0;
                if (year == 0)
                {
                    year = YearInference.MostPrinted(printed);
                }

                return year is >= 1 and <= 9999 ? candidate.WithYear(year, inferred: true) : null;
            default:
                return null;
        }
    }

    /// <summary>The dateline's date ("Nov 13"), with its year inferred when not printed.</summary>
    private static PartialDate? FromDateline(ExtractionContext context, PackLexicon lexicon, List<int> printed, int firstWeekday, ref bool guessed)
    {
        var dateText = context.Document.Dateline?.DateText;
        if (string.IsNullOrWhiteSpace(dateText))
        {
            return null;
        }

        var found = new DateScanner(dateText, lexicon.Lex(dateText), lexicon).Scan()
            .FirstOrDefault(c => c.Anchor == DateAnchor.Absolute && c.Precision is DatePrecision.Day or DatePrecision.Month);
        return found is null ? null : Complete(found, printed, firstWeekday, inferredWhenPrinted: false, ref guessed);
    }

    /// <summary>
    /// The first day-precise date in the lead. Reports give the day of their event there ("on February 20 chaired…"), usually
    /// without a year; a printed year older than the years the text mostly speaks of is history, not the report's day.
    /// </summary>
    private static PartialDate? FromLead(ExtractionContext context, List<DateCandidate> candidates, List<int> printed, int firstWeekday, ref bool guessed)
    {
        var sentences = FallbackSentences.Of(context.Text, context.Sentences);
        // A printed year counts as the report's own when it is among the latest the text names.
        var common = printed.Count == 0 ? 0 : Math.Min(YearInference.MostPrinted(printed), printed.Max() - 1);
        foreach (var candidate in candidates)
        {
            if (FallbackSentences.IndexAt(sentences, candidate.Span.Start) >= LeadSentences)
            {
                break;
            }

            if (candidate.Anchor == DateAnchor.Absolute && candidate.Precision == DatePrecision.Day && (candidate.Year == 0 || candidate.Year >= common))
            {
                return Complete(candidate, printed, firstWeekday, inferredWhenPrinted: true, ref guessed);
            }
        }

        return null;
    }

    /// <remarks><paramref name="guessed"/> is set when the year only counts printed years (see <see cref="ReportYear"/>).</remarks>
    private static PartialDate? Complete(DateCandidate candidate, List<int> printed, int firstWeekday, bool inferredWhenPrinted, ref bool guessed)
    {
        if (candidate.Year != 0)
        {
            return candidate.WithYear(candidate.Year, inferredWhenPrinted);
        }

        var year = 0;
        if (candidate.Precision == DatePrecision.Day)
        {
            year = YearInference.FromWeekday(candidate.Month, candidate.Day, candidate.Weekday >= 0 ? candidate.Weekday : firstWeekday, printed);
        }

        if (year == 0)
        {
            year = YearInference.MostPrinted(printed);
            guessed = true;
        }

        return year is >= 1 and <= 9999 ? candidate.WithYear(year, inferred: true) : null;
    }
}
