using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>
/// How Ponte fills in a year the text did not print. All rules are about the document alone (no clock):
/// <list type="bullet">
/// <item>Near a known reference date (publication or dateline), when a word beside the date places it before or after the
/// reference ("last November", "next March"): the nearest year on that side.</item>
/// <item>Otherwise near a known reference date: the reference's year, unless the date would then lie more
/// than half a year away while in the neighbouring year it lies within three months ("December 28" read on January 3).</item>
/// <item>Without one, from a weekday the text gives: among the years from one before the earliest to one after the latest
/// year the text prints, those in which the date falls on that weekday; the one closest to the latest printed year.</item>
/// <item>Otherwise the year the text prints most often (the latest on a tie).</item>
/// </list>
/// </summary>
internal static class YearInference
{
    /// <summary>
    /// The year for <paramref name="date"/> near <paramref name="reference"/>; <paramref name="direction"/> -1 or 1 when the
    /// text places the date before or after the reference ("last November", "next March"), 0 when it does not say.
    /// </summary>
    public static int NearReference(DateCandidate date, PartialDate reference, int direction = 0)
    {
        if (reference.Precision is not (DatePrecision.Day or DatePrecision.Month))
        {
            return reference.Year;
        }

        var anchor = reference.Precision == DatePrecision.Day ? reference.Start : new DateOnly(reference.Year, reference.Month, 15);
        if (direction != 0)
        {
            // The latest year that puts the date before the reference, or the earliest that puts it after.
            foreach (var year in new[] { reference.Year, reference.Year + direction })
            {
                if (year is >= 1 and <= 9999 && Math.Sign(date.Representative(year).CompareTo(anchor)) == direction)
                {
                    return year;
                }
            }
        }
        if (date.Weekday >= 0 && date.Precision == DatePrecision.Day)
        {
            foreach (var year in new[] { reference.Year, reference.Year - 1, reference.Year + 1 })
            {
                if (PartialDate.TryOfDay(year, date.Month, date.Day) is { } day && (int)day.Start.DayOfWeek == date.Weekday)
                {
                    return year;
                }
            }
        }

        var same = Distance(date, reference.Year, anchor);
        if (same <= 183)
        {
            return reference.Year;
        }

        var before = Distance(date, reference.Year - 1, anchor);
        var after = Distance(date, reference.Year + 1, anchor);
        if (before <= 92 && before <= after)
        {
            return reference.Year - 1;
        }

        return after <= 92 ? reference.Year + 1 : reference.Year;
    }

    /// <summary>The year in which <paramref name="month"/>/<paramref name="day"/> is the given weekday, near the printed years; 0 if none.</summary>
    public static int FromWeekday(int month, int day, int weekday, IReadOnlyList<int> printedYears)
    {
        if (weekday < 0 || printedYears.Count == 0)
        {
            return 0;
        }

        var latest = printedYears.Max();
        var best = 0;
        for (var year = printedYears.Min() - 1; year <= latest + 1; year++)
        {
            if (year is < 1 or > 9999 || PartialDate.TryOfDay(year, month, day) is not { } date || (int)date.Start.DayOfWeek != weekday)
            {
                continue;
            }

            if (best == 0 || Math.Abs(year - latest) < Math.Abs(best - latest))
            {
                best = year;
            }
        }

        return best;
    }

    /// <summary>The year printed most often, the latest on a tie; 0 when none is printed.</summary>
    public static int MostPrinted(IReadOnlyList<int> printedYears)
    {
        var best = 0;
        var bestCount = 0;
        foreach (var group in printedYears.GroupBy(y => y))
        {
            var count = group.Count();
            if (count > bestCount || (count == bestCount && group.Key > best))
            {
                best = group.Key;
                bestCount = count;
            }
        }

        return best;
    }

    private static int Distance(DateCandidate date, int year, DateOnly anchor) =>
        year is < 1 or > 9999 ? int.MaxValue : Math.Abs(date.Representative(year).DayNumber - anchor.DayNumber);
}
