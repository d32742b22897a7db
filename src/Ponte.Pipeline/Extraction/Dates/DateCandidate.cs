using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>How a date candidate is anchored.</summary>
internal enum DateAnchor : byte
{
    /// <summary>A calendar date, possibly without its year ("February 20", "tháng 9/2020").</summary>
    Absolute,

    /// <summary>A weekday alone ("on Thursday"): a day near the reference date.</summary>
    Weekday,

    /// <summary>A day counted from the reference date ("yesterday").</summary>
    RelativeDay,

    /// <summary>A month counted from the reference date ("last month", "bulan lalu").</summary>
    RelativeMonth,

    /// <summary>A year counted from the reference date ("last year", "năm ngoái").</summary>
    RelativeYear,
}

/// <summary>A date expression as written, before a missing year is inferred.</summary>
internal sealed class DateCandidate
{
    public TextSpan Span;
    public DateAnchor Anchor;
    public DatePrecision Precision;

    /// <summary>The printed year, or 0 when the text did not print one.</summary>
    public int Year;
    public int Month;
    public int Day;
    public int Part;

    /// <summary>A weekday printed with the date, or the weekday of a <see cref="DateAnchor.Weekday"/> candidate; -1 if none.</summary>
    public int Weekday = -1;

    /// <summary>Days, months or years from the reference date for a relative anchor.</summary>
    public int Offset;

    /// <summary>The date with <paramref name="year"/> filled in when missing; null when that day does not exist.</summary>
    public PartialDate? WithYear(int year, bool inferred) => Precision switch
    {
        DatePrecision.Day => PartialDate.TryOfDay(year, Month, Day, inferred),
        DatePrecision.Month => PartialDate.OfMonth(year, Month, inferred),
        DatePrecision.Quarter => PartialDate.OfQuarter(year, Part, inferred),
        DatePrecision.Half => PartialDate.OfHalf(year, Part, inferred),
        _ => PartialDate.OfYear(year, inferred),
    };

    /// <summary>A day that stands for this date in <paramref name="year"/>, to measure how far it is from another date.</summary>
    public DateOnly Representative(int year) => Precision switch
    {
        DatePrecision.Day => new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month))),
        DatePrecision.Month => new DateOnly(year, Month, 15),
        DatePrecision.Quarter => new DateOnly(year, (Part - 1) * 3 + 2, 15),
        DatePrecision.Half => new DateOnly(year, (Part - 1) * 6 + 4, 1),
        _ => new DateOnly(year, 7, 1),
    };
}
