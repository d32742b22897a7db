namespace Ponte.Core.Model;

/// <summary>How much of a date is known.</summary>
public enum DatePrecision
{
    Year,
    Half,
    Quarter,
    Month,
    Day,
}

/// <summary>
/// A date known only to some precision: a year, a half or quarter of a year, a year-month or a full day.
/// Never a midnight timestamp pretending to be exact. <see cref="Inferred"/> marks a year that the text did not print.
/// </summary>
public sealed record PartialDate
{
    private PartialDate(int year, int part, int month, int day, DatePrecision precision, bool inferred)
    {
        Year = year;
        Part = part;
        Month = month;
        Day = day;
        Precision = precision;
        Inferred = inferred;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The half (1–2) or quarter (1–4) for those precisions, else 0.</summary>
    public int Part { get; }

    /// <summary>The month 1–12 for month and day precision, else 0.</summary>
    public int Month { get; }

    /// <summary>The day of month for day precision, else 0.</summary>
    public int Day { get; }

    /// <summary>How much is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>True when some part (usually the year) was inferred rather than printed.</summary>
    public bool Inferred { get; init; }

    /// <summary>A year.</summary>
    public static PartialDate OfYear(int year, bool inferred = false) => new(CheckYear(year), 0, 0, 0, DatePrecision.Year, inferred);

    /// <summary>A half-year (1 or 2).</summary>
    public static PartialDate OfHalf(int year, int half, bool inferred = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        return new(CheckYear(year), half, 0, 0, DatePrecision.Half, inferred);
    }

    /// <summary>A quarter (1–4).</summary>
    public static PartialDate OfQuarter(int year, int quarter, bool inferred = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(CheckYear(year), quarter, 0, 0, DatePrecision.Quarter, inferred);
    }

    /// <summary>A year and month.</summary>
    public static PartialDate OfMonth(int year, int month, bool inferred = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new(CheckYear(year), 0, month, 0, DatePrecision.Month, inferred);
    }

    /// <summary>A full day; throws for a day that does not exist.</summary>
    public static PartialDate OfDay(int year, int month, int day, bool inferred = false)
    {
        _ = new DateOnly(CheckYear(year), month, day);
        return new(year, 0, month, day, DatePrecision.Day, inferred);
    }

    /// <summary>A full day, or null when the combination does not exist (30 February).</summary>
    public static PartialDate? TryOfDay(int year, int month, int day, bool inferred = false) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new(year, 0, month, day, DatePrecision.Day, inferred)
            : null;

    /// <summary>The same date in another year, keeping precision and <see cref="Inferred"/>; null when it does not exist there (29 February).</summary>
    public PartialDate? WithYear(int year) =>
        year is < 1 or > 9999 ? null
        : Precision == DatePrecision.Day ? TryOfDay(year, Month, Day, Inferred)
        : new(year, Part, Month, Day, Precision, Inferred);

    /// <summary>Parses the form printed by <see cref="ToString"/>: 2023, 2023-H1, 2023-Q2, 2023-02, 2023-02-20.</summary>
    public static PartialDate? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), out var year) || year < 1)
        {
            return null;
        }

        if (value.Length == 4)
        {
            return OfYear(year);
        }

        if (value.Length == 7 && value[4] == '-' && (value[5] == 'H' || value[5] == 'Q') && int.TryParse(value.AsSpan(6), out var part))
        {
            return value[5] == 'H'
                ? part is 1 or 2 ? OfHalf(year, part) : null
                : part is >= 1 and <= 4 ? OfQuarter(year, part) : null;
        }

        if (value.Length == 7 && value[4] == '-' && int.TryParse(value.AsSpan(5), out var month) && month is >= 1 and <= 12)
        {
            return OfMonth(year, month);
        }

        if (value.Length == 10 && value[4] == '-' && value[7] == '-' &&
            int.TryParse(value.AsSpan(5, 2), out month) && int.TryParse(value.AsSpan(8, 2), out var day))
        {
            return TryOfDay(year, month, day);
        }

        return null;
    }

    /// <summary>The first day this date can mean.</summary>
    public DateOnly Start => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, 1),
        DatePrecision.Quarter => new DateOnly(Year, (Part - 1) * 3 + 1, 1),
        DatePrecision.Half => new DateOnly(Year, (Part - 1) * 6 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The last day this date can mean.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        DatePrecision.Quarter => Start.AddMonths(3).AddDays(-1),
        DatePrecision.Half => Start.AddMonths(6).AddDays(-1),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>Of two optional dates, the one that starts first (null only when both are).</summary>
    public static PartialDate? EarliestOf(PartialDate? a, PartialDate? b) =>
        a is null ? b : b is null ? a : b.Start < a.Start ? b : a;

    /// <summary>Of two optional dates, the one that ends last (null only when both are).</summary>
    public static PartialDate? LatestOf(PartialDate? a, PartialDate? b) =>
        a is null ? b : b is null ? a : b.End > a.End ? b : a;

    /// <summary>Lower-case precision name as the output contract spells it.</summary>
    public string PrecisionName => Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        DatePrecision.Quarter => "quarter",
        DatePrecision.Half => "half",
        _ => "year",
    };

    /// <summary>ISO-like value: 2023, 2023-H1, 2023-Q2, 2023-02 or 2023-02-20.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Quarter => $"{Year:D4}-Q{Part}",
        DatePrecision.Half => $"{Year:D4}-H{Part}",
        _ => $"{Year:D4}",
    };

    private static int CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return year;
    }
}
