using System.Globalization;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>
/// Finds date expressions in a lexed text, left to right, without regular expressions: each atom is looked up once in the
/// language's phrase table and the few shapes a date can take are tried from there. Years the text did not print stay 0.
/// </summary>
internal sealed class DateScanner
{
    private const int MinYear = 1000;
    private const int MaxYear = 2200;
    private const int MinBareYear = 1900;
    private const int MaxBareYear = 2100;

    private readonly string _text;
    private readonly List<Atom> _atoms;
    private readonly PackLexicon _lexicon;

    public DateScanner(string text, List<Atom> atoms, PackLexicon lexicon)
    {
        _text = text;
        _atoms = atoms;
        _lexicon = lexicon;
    }

    /// <summary>Every date expression in text order, none overlapping.</summary>
    public List<DateCandidate> Scan()
    {
        var found = new List<DateCandidate>();
        var i = 0;
        while (i < _atoms.Count)
        {
            if (TryAt(i, out var candidate, out var next))
            {
                found.Add(candidate);
                i = next;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private bool TryAt(int i, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = i;
        if (_lexicon.Dates.TryMatch(_text, _atoms, i, out var word, out var n))
        {
            if ((word.Half > 0 || word.Quarter > 0) && TryPeriod(i, n, word, out candidate, out next))
            {
                return true;
            }

            if (word.Weekday >= 0 && TryWeekday(i, n, word, out candidate, out next))
            {
                return true;
            }

            if (word.Month > 0 && TryMonthFirst(i, n, word, out candidate, out next))
            {
                return true;
            }

            if (word.DayMarker && TryDayMarker(i, n, out candidate, out next))
            {
                return true;
            }

            if (word.MonthMarker && TryMonthMarker(i, n, out candidate, out next))
            {
                return true;
            }

            if ((word.YearMarker || word.Era is not null) && TryYearMarker(i, n, out candidate, out next))
            {
                return true;
            }

            if (word.RelativeDays is { } offset && IsWordStart(i))
            {
                candidate = new DateCandidate { Span = SpanOf(i, i + n - 1), Anchor = DateAnchor.RelativeDay, Offset = offset, Precision = DatePrecision.Day };
                next = i + n;
                return true;
            }

            // "last year", "năm nay", "bulan lalu"; but after a number it is a length of time ("5 năm tới", "3 ปีที่แล้ว").
            if ((word.RelativeYears ?? word.RelativeMonths) is { } shift && IsWordStart(i) && !AfterNumber(i))
            {
                var years = word.RelativeYears is not null;
                candidate = new DateCandidate
                {
                    Span = SpanOf(i, i + n - 1),
                    Anchor = years ? DateAnchor.RelativeYear : DateAnchor.RelativeMonth,
                    Offset = shift,
                    Precision = years ? DatePrecision.Year : DatePrecision.Month,
                };
                next = i + n;
                return true;
            }
        }

        return _atoms[i].Kind == AtomKind.Number && TryNumberFirst(i, out candidate, out next);
    }

    private bool AfterNumber(int i)
    {
        if (i == 0)
        {
            return false;
        }

        var prev = _atoms[i - 1];
        return prev.Kind == AtomKind.Number ||
               (_lexicon.Figures.TryMatch(_text, _atoms, i - 1, out var figureWord, out var count) && count == 1 && figureWord.NumberWord is not null);
    }

    private bool TryPeriod(int i, int n, DateWord word, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = i + n;
        if (!IsWordStart(i))
        {
            return false;
        }

        var j = SkipGlue(i + n, 3);
        var precision = word.Half > 0 ? DatePrecision.Half : DatePrecision.Quarter;
        var part = word.Half > 0 ? word.Half : word.Quarter;
        if (TryYear(j, MinYear, MaxYear, out var year, out var after))
        {
            candidate = new DateCandidate { Span = SpanOf(i, after - 1), Precision = precision, Part = part, Year = year };
            next = after;
            return true;
        }

        candidate = new DateCandidate { Span = SpanOf(i, i + n - 1), Precision = precision, Part = part };
        return true;
    }

    private bool TryWeekday(int i, int n, DateWord word, out DateCandidate candidate, out int next)
    {
        var weekday = word.Weekday;
        candidate = null!;
        next = i + n;
        if (!IsWordStart(i))
        {
            return false;
        }

        var j = i + n;
        if (IsMark(j, ','))
        {
            j++;
        }

        if (_lexicon.Dates.TryMatch(_text, _atoms, j, out var glue, out var g) && glue.Connector && glue.Month == 0 && !glue.DayMarker)
        {
            j += g;
        }

        if (j < _atoms.Count && TryAt(j, out var dated, out var after) && dated.Anchor == DateAnchor.Absolute &&
            dated.Precision == DatePrecision.Day)
        {
            dated.Weekday = weekday;
            dated.Span = new TextSpan(_atoms[i].Start, dated.Span.End);
            candidate = dated;
            next = after;
            return true;
        }

        // "Rabu (5/2)", "Khamis (6/2)": Indonesian and Malay reports give the day and month in brackets after the weekday.
        if (IsMark(j, '(') && j + 4 < _atoms.Count && IsPlainNumber(j + 1) && IsMark(j + 2, '/') && IsPlainNumber(j + 3) &&
            IsMark(j + 4, ')') && _atoms[j + 1].Length <= 2 && _atoms[j + 3].Length <= 2)
        {
            var (day, month) = DayAndMonth(Number(j + 1), Number(j + 3));
            // Any leap year: 29/2 is a date until its year is known.
            if (month is >= 1 and <= 12 && PartialDate.TryOfDay(2000, month, day) is not null)
            {
                candidate = new DateCandidate
                {
                    Span = new TextSpan(_atoms[i].Start, _atoms[j + 4].End), Precision = DatePrecision.Day, Month = month, Day = day, Weekday = weekday,
                };
                next = j + 5;
                return true;
            }
        }

        if (word.AmbiguousWeekday && !PrecededByContext(i))
        {
            return false;
        }

        candidate = new DateCandidate { Span = SpanOf(i, i + n - 1), Anchor = DateAnchor.Weekday, Weekday = weekday, Precision = DatePrecision.Day };
        return true;
    }

    private bool TryMonthFirst(int i, int n, DateWord word, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = i + n;
        if (!IsWordStart(i))
        {
            return false;
        }

        var j = i + n;
        if (word.MonthAbbreviation && IsMark(j, '.') && Adjacent(j - 1, j))
        {
            j++;
        }

        var last = j - 1;
        if (IsPlainNumber(j))
        {
            if (TryYear(j, MinYear, MaxYear, out var year, out var after))
            {
                candidate = new DateCandidate { Span = SpanOf(i, after - 1), Precision = DatePrecision.Month, Month = word.Month, Year = year };
                next = after;
                return true;
            }

            var day = SmallNumber(j, 2);
            if (day is >= 1 and <= 31 && DayExists(word.Month, day))
            {
                var k = SkipOrdinal(j + 1);
                var end = k - 1;
                var y = k;
                if (IsMark(y, ','))
                {
                    y++;
                }

                y = SkipYearGlue(y);
                if (TryYear(y, MinYear, MaxYear, out year, out after))
                {
                    candidate = new DateCandidate { Span = SpanOf(i, after - 1), Precision = DatePrecision.Day, Month = word.Month, Day = day, Year = year };
                    next = after;
                    return true;
                }

                candidate = new DateCandidate { Span = SpanOf(i, end), Precision = DatePrecision.Day, Month = word.Month, Day = day };
                next = end + 1;
                return true;
            }

            return false;
        }

        var g = SkipYearGlue(SkipConnectors(j, 1));
        if (g > j && TryYear(g, MinYear, MaxYear, out var glued, out var afterGlued))
        {
            candidate = new DateCandidate { Span = SpanOf(i, afterGlued - 1), Precision = DatePrecision.Month, Month = word.Month, Year = glued };
            next = afterGlued;
            return true;
        }

        if (word.MonthAbbreviation || (word.AmbiguousMonth && !PrecededByContext(i)))
        {
            return false;
        }

        candidate = new DateCandidate { Span = SpanOf(i, last), Precision = DatePrecision.Month, Month = word.Month };
        next = last + 1;
        return true;
    }

    private bool TryDayMarker(int i, int n, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = i + n;
        var j = i + n;
        if (IsMark(j, '-') && Adjacent(j - 1, j))
        {
            j++;
        }

        var day = SmallNumber(j, 2);
        if (day is < 1 or > 31)
        {
            return false;
        }

        if (TryDayRest(i, j, day, out candidate, out next))
        {
            return true;
        }

        return false;
    }

    /// <summary>After a day number at atom <paramref name="j"/>: "/2", "/2/2023", " tháng 2 năm 2023", " ng Nobyembre", " luglio 2023".</summary>
    private bool TryDayRest(int start, int j, int day, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = j + 1;
        var k = SkipOrdinal(j + 1);
        if (k == j + 1 && IsNumericSeparator(k) && Adjacent(j, k) && Adjacent(k, k + 1) && SmallNumber(k + 1, 2) is var month and >= 1 and <= 12)
        {
            var sep = _text[_atoms[k].Start];
            if (IsMark(k + 2, sep) && Adjacent(k + 1, k + 2) && Adjacent(k + 2, k + 3) && TryNumericYear(k + 3, out var y))
            {
                return MakeDay(start, k + 3, y, month, day, out candidate, out next);
            }

            if (IsMark(k + 2, sep) && Adjacent(k + 1, k + 2))
            {
                return false;
            }

            return MakeDay(start, k + 1, 0, month, day, out candidate, out next);
        }

        var m = SkipConnectors(k, 1);
        if (_lexicon.Dates.TryMatch(_text, _atoms, m, out var word, out var n))
        {
            if (word.Month > 0)
            {
                var end = m + n - 1;
                var after = end + 1;
                if (word.MonthAbbreviation && IsMark(after, '.') && Adjacent(end, after))
                {
                    // The dot joins the span only when a year follows: "13 Nov." may end the sentence.
                    after++;
                }

                var y = after;
                if (IsMark(y, ','))
                {
                    y++;
                }

                y = SkipYearGlue(SkipConnectors(y, 1));
                if (TryYear(y, MinYear, MaxYear, out var year, out var afterYear))
                {
                    return MakeDay(start, afterYear - 1, year, word.Month, day, out candidate, out next);
                }

                return MakeDay(start, end, 0, word.Month, day, out candidate, out next);
            }

            if (word.MonthMarker && SmallNumber(m + n, 2) is var month2 and >= 1 and <= 12)
            {
                var end = m + n;
                var y = end + 1;
                if (IsNumericSeparator(y) && Adjacent(end, y))
                {
                    y++;
                }
                else
                {
                    y = SkipYearGlue(IsMark(y, ',') ? y + 1 : y);
                }

                if (TryYear(y, MinYear, MaxYear, out var year, out var afterYear))
                {
                    return MakeDay(start, afterYear - 1, year, month2, day, out candidate, out next);
                }

                return MakeDay(start, end, 0, month2, day, out candidate, out next);
            }
        }

        return false;
    }

    private bool MakeDay(int start, int end, int year, int month, int day, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = end + 1;
        if (!DayExists(month, day) || (year != 0 && PartialDate.TryOfDay(year, month, day) is null))
        {
            return false;
        }

        candidate = new DateCandidate { Span = SpanOf(start, end), Precision = DatePrecision.Day, Month = month, Day = day, Year = year };
        return true;
    }

    private bool TryMonthMarker(int i, int n, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = i + n;
        var j = i + n;
        if (_lexicon.Dates.TryMatch(_text, _atoms, j, out var word, out var wn) && word.Month > 0 && TryMonthFirst(j, wn, word, out candidate, out next))
        {
            candidate.Span = new TextSpan(_atoms[i].Start, candidate.Span.End);
            return true;
        }

        var month = SmallNumber(j, 2);
        if (month is < 1 or > 12 || ContinuesAsNumber(j))
        {
            return false;
        }

        var k = j + 1;
        if (IsNumericSeparator(k) && Adjacent(j, k) && Adjacent(k, k + 1) && TryYear(k + 1, MinYear, MaxYear, out var year, out var after))
        {
            candidate = new DateCandidate { Span = SpanOf(i, after - 1), Precision = DatePrecision.Month, Month = month, Year = year };
            next = after;
            return true;
        }

        var y = SkipYearGlue(IsMark(k, ',') ? k + 1 : k);
        if (y > k && TryYear(y, MinYear, MaxYear, out year, out after))
        {
            candidate = new DateCandidate { Span = SpanOf(i, after - 1), Precision = DatePrecision.Month, Month = month, Year = year };
            next = after;
            return true;
        }

        if (IsNumericSeparator(k) && Adjacent(j, k) && k + 1 < _atoms.Count && _atoms[k + 1].Kind == AtomKind.Number && Adjacent(k, k + 1))
        {
            return false;
        }

        candidate = new DateCandidate { Span = SpanOf(i, j), Precision = DatePrecision.Month, Month = month };
        next = j + 1;
        return true;
    }

    private bool TryYearMarker(int i, int n, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = i + n;
        if (!TryYear(SkipYearGlue(i), MinYear, MaxYear, out var year, out var after) || after <= i + n)
        {
            return false;
        }

        candidate = new DateCandidate { Span = SpanOf(i, after - 1), Precision = DatePrecision.Year, Year = year };
        next = after;
        return true;
    }

    private bool TryNumberFirst(int i, out DateCandidate candidate, out int next)
    {
        candidate = null!;
        next = i + 1;
        if (FollowsNumberGroup(i) || (i > 0 && Adjacent(i - 1, i) && _atoms[i - 1].Kind == AtomKind.Word && !IsDateWord(i - 1)))
        {
            return false;
        }

        var digits = _atoms[i].Length;
        var sepAt = i + 1;
        var hasSep = IsNumericSeparator(sepAt) && Adjacent(i, sepAt) && Adjacent(sepAt, sepAt + 1) &&
                     sepAt + 1 < _atoms.Count && _atoms[sepAt + 1].Kind == AtomKind.Number;
        if (hasSep)
        {
            var sep = _text[_atoms[sepAt].Start];
            var hasThird = IsMark(i + 3, sep) && Adjacent(i + 2, i + 3) && Adjacent(i + 3, i + 4) &&
                           i + 4 < _atoms.Count && _atoms[i + 4].Kind == AtomKind.Number;
            if (hasThird && (IsNumericSeparator(i + 5) && Adjacent(i + 4, i + 5) && i + 6 < _atoms.Count && Adjacent(i + 5, i + 6) && _atoms[i + 6].Kind == AtomKind.Number))
            {
                // Four groups: a version number, an address or a phone number, never a date.
                next = i + 7;
                return false;
            }

            if (hasThird && digits == 4 && sep != '.')
            {
                var year = Number(i);
                var month = SmallNumber(i + 2, 2);
                var day = SmallNumber(i + 4, 2);
                if (year is >= MinYear and <= MaxYear && PartialDate.TryOfDay(year, month, day) is not null)
                {
                    candidate = new DateCandidate { Span = SpanOf(i, i + 4), Precision = DatePrecision.Day, Year = year, Month = month, Day = day };
                    next = i + 5;
                    return true;
                }

                return false;
            }

            if (hasThird && digits <= 2 && _atoms[i + 2].Length <= 2 && TryNumericYear(i + 4, out var y3))
            {
                var (day, month) = DayAndMonth(Number(i), Number(i + 2));
                if (month is >= 1 and <= 12 && PartialDate.TryOfDay(y3, month, day) is not null)
                {
                    candidate = new DateCandidate { Span = SpanOf(i, i + 4), Precision = DatePrecision.Day, Year = y3, Month = month, Day = day };
                    next = i + 5;
                    return true;
                }

                return false;
            }

            if (!hasThird && sep == '/' && digits <= 2 && _atoms[i + 2].Length == 4 && Number(i) is >= 1 and <= 12 &&
                TryYear(i + 2, MinBareYear, MaxBareYear, out var my, out var afterMy))
            {
                candidate = new DateCandidate { Span = SpanOf(i, afterMy - 1), Precision = DatePrecision.Month, Month = Number(i), Year = my };
                next = afterMy;
                return true;
            }

            // "Sáng 13/11", "ngày 5/7": day and month with no year, only after a date word (alone, 13/11 may be a score or ratio).
            if (!hasThird && sep == '/' && digits <= 2 && _atoms[i + 2].Length <= 2 && PrecededByContext(i) && !ContinuesAsNumber(i + 2))
            {
                var (day, month) = DayAndMonth(Number(i), Number(i + 2));
                // Any leap year: 29/2 is a date until its year is known.
                if (month is >= 1 and <= 12 && PartialDate.TryOfDay(2000, month, day) is not null)
                {
                    candidate = new DateCandidate { Span = SpanOf(i, i + 2), Precision = DatePrecision.Day, Month = month, Day = day };
                    next = i + 3;
                    return true;
                }

                return false;
            }

            if (digits != 4)
            {
                return false;
            }
        }

        if (ContinuesAsNumber(i))
        {
            return false;
        }

        if (digits <= 2 && Number(i) is var d and >= 1 and <= 31)
        {
            var k = SkipOrdinal(i + 1);
            var m = SkipConnectors(k, 1);
            if (_lexicon.Dates.TryMatch(_text, _atoms, m, out var word, out _) && (word.Month > 0 || word.MonthMarker) &&
                TryDayRest(i, i, d, out candidate, out next))
            {
                return true;
            }

            return false;
        }

        if (digits == 4 && TryYear(i, MinBareYear, MaxBareYear, out var bare, out var afterBare) && (BareYearFits(i) || StartsYearRange(i, bare)))
        {
            candidate = new DateCandidate { Span = SpanOf(i, afterBare - 1), Precision = DatePrecision.Year, Year = bare };
            next = afterBare;
            return true;
        }

        return false;
    }

    /// <summary>A bare four-digit number is a year only in a year's company: after a context word or punctuation, not before a unit.</summary>
    private bool BareYearFits(int i)
    {
        if (i > 0)
        {
            var prev = _atoms[i - 1];
            if (prev.Kind == AtomKind.Number)
            {
                return false;
            }

            if (prev.Kind == AtomKind.Mark)
            {
                var c = _text[prev.Start];
                if (c is '#' or '№' or '+' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
                {
                    return false;
                }
            }
            else if (!PrecededByContext(i) && !IsYearGlueWord(i - 1))
            {
                return false;
            }
        }

        var after = i + 1;
        if (after < _atoms.Count)
        {
            if (IsMark(after, '%'))
            {
                return false;
            }

            if (_lexicon.Figures.TryMatch(_text, _atoms, after, out var figure, out _) &&
                (figure.Scale > 0 || figure.CurrencySuffix is not null || figure.PercentSuffix || figure.CountNoun is not null || figure.MeasureUnit is not null))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"2021-2025": a range of years is a date even without a context word before it.</summary>
    private bool StartsYearRange(int i, int year) =>
        i + 2 < _atoms.Count && (IsMark(i + 1, '-') || IsMark(i + 1, '–')) && _atoms[i + 2].Kind == AtomKind.Number &&
        _atoms[i + 2].Length == 4 && Number(i + 2) is var end && end > year && end - year <= 100 && !ContinuesAsNumber(i + 2);

    private bool IsYearGlueWord(int i)
    {
        for (var start = Math.Max(0, i - 2); start <= i; start++)
        {
            if (_lexicon.Dates.TryMatch(_text, _atoms, start, out var word, out var n) && start + n - 1 == i &&
                (word.Connector || word.Context || word.YearMarker || word.Era is not null))
            {
                return true;
            }
        }

        return false;
    }

    private bool PrecededByContext(int i)
    {
        for (var start = Math.Max(0, i - 3); start < i; start++)
        {
            if (_lexicon.Dates.TryMatch(_text, _atoms, start, out var word, out var n) && start + n == i && word.Context)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsDateWord(int i) =>
        _lexicon.Dates.TryMatch(_text, _atoms, i, out var word, out var n) && n == 1 &&
        (word.DayMarker || word.MonthMarker || word.YearMarker || word.Era is not null || word.Month > 0);

    /// <summary>A year at atom <paramref name="i"/> (converted from another era where the language says so).</summary>
    private bool TryYear(int i, int min, int max, out int year, out int after)
    {
        year = 0;
        after = i + 1;
        if (!IsPlainNumber(i) || _atoms[i].Length != 4)
        {
            return false;
        }

        var value = Number(i);
        var j = i + 1;
        if (_lexicon.Dates.TryMatch(_text, _atoms, j, out var word, out var n) && word.Era is { } trailing)
        {
            value += trailing;
            j += n;
        }
        else if (_lexicon.EraFrom > 0 && value >= _lexicon.EraFrom)
        {
            value += _lexicon.EraOffset;
        }
        else if (i > 0 && LeadingEra(i) is { } leading)
        {
            value += leading;
        }

        if (value < min || value > max)
        {
            return false;
        }

        year = value;
        after = j;
        return true;
    }

    private int? LeadingEra(int i)
    {
        for (var start = Math.Max(0, i - 4); start < i; start++)
        {
            if (_lexicon.Dates.TryMatch(_text, _atoms, start, out var word, out var n) && start + n == i && word.Era is { } era)
            {
                return era;
            }
        }

        return null;
    }

    private bool TryNumericYear(int i, out int year)
    {
        year = 0;
        if (!IsPlainNumber(i))
        {
            return false;
        }

        var length = _atoms[i].Length;
        if (length == 2)
        {
            year = 2000 + Number(i);
            return !ContinuesWithDigits(i);
        }

        return length == 4 && TryYear(i, MinYear, MaxYear, out year, out _) && !ContinuesWithDigits(i);
    }

    /// <summary>Skips connectors, year markers, era markers and "/", "," between a date part and its year.</summary>
    private int SkipGlue(int i, int max)
    {
        for (var k = 0; k < max && i < _atoms.Count; k++)
        {
            if (IsMark(i, '/') || IsMark(i, ','))
            {
                i++;
                continue;
            }

            if (_lexicon.Dates.TryMatch(_text, _atoms, i, out var word, out var n) && (word.Connector || word.YearMarker) && word.Month == 0)
            {
                i += n;
                continue;
            }

            break;
        }

        return i;
    }

    private int SkipYearGlue(int i)
    {
        while (i < _atoms.Count && _lexicon.Dates.TryMatch(_text, _atoms, i, out var word, out var n) && (word.YearMarker || word.Era is not null) && word.Month == 0)
        {
            i += n;
        }

        return i;
    }

    private int SkipConnectors(int i, int max)
    {
        for (var k = 0; k < max; k++)
        {
            if (_lexicon.Dates.TryMatch(_text, _atoms, i, out var word, out var n) && word.Connector && word.Month == 0 && !word.MonthMarker)
            {
                i += n;
            }
        }

        return i;
    }

    private int SkipOrdinal(int i)
    {
        if (i < _atoms.Count && Adjacent(i - 1, i) && _lexicon.Dates.TryMatch(_text, _atoms, i, out var word, out var n) && word.OrdinalSuffix)
        {
            return i + n;
        }

        return i;
    }

    private bool IsWordStart(int i) =>
        i == 0 || !Adjacent(i - 1, i) || _atoms[i - 1].Kind == AtomKind.Mark || AtomLexer.IsUnspaced(_text[_atoms[i].Start]) ||
        AtomLexer.IsUnspaced(_text[_atoms[i - 1].End - 1]);

    /// <summary>Whether a separator and more digits follow the number at <paramref name="i"/> with no space ("2025.1").</summary>
    private bool ContinuesWithDigits(int i) =>
        IsNumericSeparator(i + 1) && Adjacent(i, i + 1) && Adjacent(i + 1, i + 2) && _atoms[i + 2].Kind == AtomKind.Number;

    /// <summary>Whether the number at <paramref name="i"/> is a later digit group of "1,234" or "28.1".</summary>
    private bool FollowsNumberGroup(int i) =>
        i >= 2 && Adjacent(i - 1, i) && (IsMark(i - 1, '.') || IsMark(i - 1, ',') || IsMark(i - 1, '/') || IsMark(i - 1, ':')) &&
        _atoms[i - 2].Kind == AtomKind.Number && Adjacent(i - 2, i - 1);

    /// <summary>Whether the number at <paramref name="i"/> goes on with a decimal or thousands group ("20.4", "1,000").</summary>
    /// <summary>Two all-digit date parts in reading order: a part above 12 is the day, else the language's order decides.</summary>
    private (int Day, int Month) DayAndMonth(int a, int b) =>
        a > 12 || (b <= 12 && _lexicon.NumericDayFirst) ? (a, b) : (b, a);

    private bool ContinuesAsNumber(int i) =>
        i + 2 < _atoms.Count && Adjacent(i, i + 1) && (IsMark(i + 1, '.') || IsMark(i + 1, ',')) && Adjacent(i + 1, i + 2) &&
        _atoms[i + 2].Kind == AtomKind.Number;

    private bool IsPlainNumber(int i) =>
        i < _atoms.Count && _atoms[i].Kind == AtomKind.Number &&
        !(i + 1 < _atoms.Count && Adjacent(i, i + 1) && _atoms[i + 1].Kind == AtomKind.Word && !IsSuffixWord(i + 1));

    private bool IsSuffixWord(int i) =>
        _lexicon.Dates.TryMatch(_text, _atoms, i, out var word, out _) &&
        (word.OrdinalSuffix || word.Era is not null || word.Month > 0 || word.YearMarker || word.Connector || word.MonthMarker);

    private bool IsNumericSeparator(int i) => IsMark(i, '/') || IsMark(i, '-') || IsMark(i, '.');

    private bool IsMark(int i, char c) => i >= 0 && i < _atoms.Count && _atoms[i].Kind == AtomKind.Mark && _atoms[i].Length == 1 && _text[_atoms[i].Start] == c;

    private bool Adjacent(int a, int b) => a >= 0 && b < _atoms.Count && _atoms[a].End == _atoms[b].Start;

    private int SmallNumber(int i, int maxDigits) =>
        i < _atoms.Count && _atoms[i].Kind == AtomKind.Number && _atoms[i].Length <= maxDigits ? Number(i) : -1;

    private int Number(int i)
    {
        var atom = _atoms[i];
        if (atom.Kind != AtomKind.Number || atom.Length > 9)
        {
            return -1;
        }

        var value = 0;
        for (var k = atom.Start; k < atom.End; k++)
        {
            value = value * 10 + AtomLexer.DigitValue(_text[k]);
        }

        return value;
    }

    private static bool DayExists(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);

    private TextSpan SpanOf(int first, int last) => new(_atoms[first].Start, _atoms[Math.Min(last, _atoms.Count - 1)].End);
}
