using Ponte.Core.Model;
using Ponte.Pipeline.Extraction.Dates;

namespace Ponte.Pipeline.Extraction.Figures;

/// <summary>
/// Finds money amounts, percentages, counts of things and quantities in a lexed text, left to right: an optional qualifier,
/// an optional currency sign or percent word, a number (digits, or a number word before a counted noun), an optional scale,
/// and a currency, percent sign, unit or counted noun. Numbers inside dates, ordinals, codes ("G20") and phone-like runs
/// are not figures.
/// </summary>
internal sealed class FigureScanner
{
    private const int MaxDigits = 20;
    private const int CountWindow = 4;

    private readonly string _text;
    private readonly List<Atom> _atoms;
    private readonly PackLexicon _lexicon;
    private readonly TextSpan[] _dates;

    // The last lookup: a figure is tried from each atom, and each try asks about its first atom several times.
    private int _matchedAt = -1;
    private bool _matched;
    private FigureWord _matchedWord = null!;
    private int _matchedCount;

    /// <param name="dates">The document's dates ordered by start.</param>
    public FigureScanner(string text, List<Atom> atoms, PackLexicon lexicon, List<DateMention> dates)
    {
        _text = text;
        _atoms = atoms;
        _lexicon = lexicon;
        _dates = new TextSpan[dates.Count];
        for (var d = 0; d < _dates.Length; d++)
        {
            _dates[d] = dates[d].Span;
        }
    }

    /// <summary>Every figure in text order, none overlapping.</summary>
    public List<FigureCandidate> Scan()
    {
        var found = new List<FigureCandidate>();
        var i = 0;
        while (i < _atoms.Count)
        {
            if (!InDate(_atoms[i].Start) && TryFigure(i, out var figure))
            {
                found.Add(figure);
                i = figure.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="offset"/> lies inside a date mention.</summary>
    public bool InDate(int offset)
    {
        int lo = 0, hi = _dates.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offset < _dates[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset >= _dates[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a comparison word ("compared with", "so với", "rispetto al") comes right before the date at <paramref name="offset"/>.</summary>
    public bool AfterComparison(int offset)
    {
        int lo = 0, hi = _atoms.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_atoms[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var p = lo - 1;
        if (p >= 0 && !Ends(p, out _) && _lexicon.Dates.TryMatch(_text, _atoms, p, out var dateWord, out var n) && n == 1 &&
            (dateWord.Context || dateWord.YearMarker))
        {
            p--;
        }

        return p >= 0 && Ends(p, out var word) && word.Comparison;
    }

    /// <summary>Whether a figure phrase ends at atom <paramref name="p"/>.</summary>
    private bool Ends(int p, out FigureWord word)
    {
        for (var start = Math.Max(0, p - 3); start <= p; start++)
        {
            if (Match(start, out word, out var n) && start + n - 1 == p && word.Comparison)
            {
                return true;
            }
        }

        word = null!;
        return false;
    }

    private bool TryFigure(int i, out FigureCandidate figure)
    {
        figure = null!;
        string? qualifier = null;
        var j = i;
        if (Match(i, out var word, out var n) && word.Qualifier is not null)
        {
            qualifier = word.Qualifier;
            j = i + n;
        }

        string? currency = null;
        var percent = false;
        var k = j;
        if (Match(k, out word, out n))
        {
            if (word.CurrencyPrefix is not null)
            {
                currency = word.CurrencyPrefix;
                k += n;
            }
            else if (word.PercentPrefix)
            {
                percent = true;
                k += n;
            }
        }

        if (k >= _atoms.Count || InDate(_atoms[k].Start))
        {
            return false;
        }

        decimal value;
        int after;
        var spelled = false;
        if (_atoms[k].Kind == AtomKind.Number)
        {
            if (!StandsAlone(k, prefixed: k > i) || !TryReadNumber(k, out value, out after))
            {
                return false;
            }
        }
        else if (currency is null && !percent && Match(k, out word, out n) && word.NumberWord is { } spelledValue && IsWordStart(k))
        {
            value = spelledValue;
            after = k + n;
            spelled = true;
        }
        else
        {
            return false;
        }

        for (var s = 0; s < 2 && Match(after, out word, out n) && word.Scale > 0; s++)
        {
            if (value > decimal.MaxValue / word.Scale)
            {
                return false;
            }

            value *= word.Scale;
            after += n;
        }

        var afterNumber = after;
        string? unit = null;
        FigureKind kind;
        if (!spelled && Match(after, out word, out n) && word.PercentSuffix && !percent && currency is null)
        {
            percent = true;
            after += n;
        }
        else if (!spelled && !percent && currency is null && GluedHyphen(after) && Match(after + 1, out word, out n) && word.PercentSuffix)
        {
            // "a 17-percent increase": the hyphen of a compound adjective.
            percent = true;
            after += 1 + n;
        }

        if (!percent && !spelled && Match(after, out word, out n) && word.CurrencySuffix is not null)
        {
            currency ??= word.CurrencySuffix;
            after += n;
        }

        if (currency is not null)
        {
            kind = FigureKind.Money;
        }
        else if (percent)
        {
            kind = FigureKind.Percent;
        }
        else if (!spelled && Match(after, out word, out n) && word.MeasureUnit is not null)
        {
            kind = FigureKind.Quantity;
            unit = word.MeasureUnit;
            after += n;
        }
        else if (FindCountNoun(after, spelled ? 2 : CountWindow, out var noun, out var nounEnd))
        {
            kind = FigureKind.Count;
            unit = noun;
            after = nounEnd;
        }
        else
        {
            return false;
        }

        figure = new FigureCandidate
        {
            First = i,
            Last = after - 1,
            AfterNumber = afterNumber,
            Span = new TextSpan(_atoms[i].Start, _atoms[after - 1].End),
            Kind = kind,
            Value = Normalize(value),
            Currency = currency,
            Unit = unit,
            Qualifier = qualifier,
            Role = RoleBefore(i),
        };
        return true;
    }

    /// <summary>A counted noun within a few words after the number ("600 Italian companies", "600 công ty").</summary>
    private bool FindCountNoun(int k, int window, out string unit, out int end)
    {
        unit = string.Empty;
        end = k;
        for (var words = 0; k < _atoms.Count && words < window;)
        {
            var atom = _atoms[k];
            if (Match(k, out var word, out var n))
            {
                if (word.CountNoun is not null)
                {
                    unit = word.CountNoun;
                    end = k + n;
                    return true;
                }

                if (word.Link || word.ClauseBreak || word.Qualifier is not null || word.Scale > 0 || word.CurrencySuffix is not null ||
                    word.From || word.To)
                {
                    return false;
                }
            }

            // "10 năm quan hệ đối tác" is ten years of partnership, not ten partners: a date word ends the search.
            if (_lexicon.Dates.TryMatch(_text, _atoms, k, out var dateWord, out _) && (dateWord.YearMarker || dateWord.MonthMarker || dateWord.DayMarker))
            {
                return false;
            }

            if (atom.Kind == AtomKind.Word)
            {
                words++;
                k++;
            }
            else if (atom.Kind == AtomKind.Mark && IsJoiner(k))
            {
                k++;
            }
            else
            {
                return false;
            }
        }

        return false;
    }

    // A hyphen with no space on either side, between the atom before it and a word after it.
    private bool GluedHyphen(int k) =>
        k > 0 && k + 1 < _atoms.Count && _atoms[k].Kind == AtomKind.Mark && _text[_atoms[k].Start] == '-' &&
        _atoms[k - 1].End == _atoms[k].Start && _atoms[k + 1].Start == _atoms[k].End && _atoms[k + 1].Kind == AtomKind.Word;

    /// <summary>Whether a number at <paramref name="k"/> is a figure on its own: not an ordinal, a code, a phone number or a range.</summary>
    private bool StandsAlone(int k, bool prefixed)
    {
        var atom = _atoms[k];
        if (k > 0 && !prefixed)
        {
            var prev = _atoms[k - 1];
            if (prev.End == atom.Start && prev.Kind == AtomKind.Word && !AtomLexer.IsUnspaced(_text[prev.End - 1]))
            {
                return false;
            }

            if (prev.Kind == AtomKind.Mark && _text[prev.Start] is '+' or '#' or '№')
            {
                return false;
            }

            // "COVID-19", "G-20": a number hyphened onto a word is part of a name.
            if (prev.Kind == AtomKind.Mark && prev.End == atom.Start && _text[prev.Start] == '-' && k >= 2 &&
                _atoms[k - 2].Kind == AtomKind.Word && _atoms[k - 2].End == prev.Start)
            {
                return false;
            }

            if (prev.Kind == AtomKind.Mark && prev.End == atom.Start && _text[prev.Start] is '.' or ',' or '-' or '/' or ':' &&
                k >= 2 && _atoms[k - 2].Kind == AtomKind.Number)
            {
                return false;
            }
        }

        if (OrdinalBefore(k))
        {
            return false;
        }

        if (atom.Length > 1 && _text[atom.Start] == '0')
        {
            return false;
        }

        // Walk over the digit groups: a '-', '/' or ':' joined to more digits makes a range, a code or a time.
        var j = k;
        while (j + 2 < _atoms.Count && Adjacent(j, j + 1) && Adjacent(j + 1, j + 2) && _atoms[j + 2].Kind == AtomKind.Number &&
               _atoms[j + 1].Kind == AtomKind.Mark)
        {
            var c = _text[_atoms[j + 1].Start];
            if (c is '-' or '/' or ':' or '–')
            {
                return false;
            }

            if (c is not ('.' or ','))
            {
                break;
            }

            j += 2;
        }

        var next = j + 1;
        if (next < _atoms.Count && Adjacent(j, next) && _lexicon.Dates.TryMatch(_text, _atoms, next, out var dateWord, out _) && dateWord.OrdinalSuffix)
        {
            return false;
        }

        return true;
    }

    private bool OrdinalBefore(int k)
    {
        var p = k - 1;
        if (p >= 0 && IsMark(p, '-') && Adjacent(p, k))
        {
            p--;
        }

        for (var start = Math.Max(0, p - 1); start <= p; start++)
        {
            if (_lexicon.Dates.TryMatch(_text, _atoms, start, out var word, out var n) && start + n - 1 == p && word.OrdinalPrefix)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads "28.1", "1,234.5", "1.234,5", "28,1", "1.000" from digit groups. Both separators present: the last one is the
    /// decimal mark. One kind repeated: thousands. One separator once: a decimal mark unless exactly three digits follow,
    /// in which case the language decides ("1.000" is a thousand in Vietnamese and Italian, "1,000" in English).
    /// </summary>
    private bool TryReadNumber(int k, out decimal value, out int after)
    {
        value = 0;
        after = k + 1;
        Span<int> starts = stackalloc int[8];
        Span<char> seps = stackalloc char[8];
        var groups = 1;
        starts[0] = k;
        var j = k;
        while (groups < 8 && j + 2 < _atoms.Count && (IsMark(j + 1, '.') || IsMark(j + 1, ',')) && Adjacent(j, j + 1) && Adjacent(j + 1, j + 2) &&
               _atoms[j + 2].Kind == AtomKind.Number)
        {
            seps[groups - 1] = _text[_atoms[j + 1].Start];
            starts[groups] = j + 2;
            groups++;
            j += 2;
        }

        after = j + 1;
        var decimalAt = -1;
        if (groups > 1)
        {
            var first = seps[0];
            var mixed = false;
            for (var g = 1; g < groups - 1; g++)
            {
                mixed |= seps[g] != first;
            }

            if (mixed)
            {
                decimalAt = groups - 2;
            }
            else if (groups == 2 && (_atoms[starts[1]].Length != 3 || (first == ',') == _lexicon.DecimalComma))
            {
                decimalAt = 0;
            }

            for (var g = 1; g < groups; g++)
            {
                if (g - 1 != decimalAt && _atoms[starts[g]].Length != 3)
                {
                    return false;
                }
            }
        }

        var digits = 0;
        decimal integer = 0;
        decimal fraction = 0;
        decimal scale = 1;
        for (var g = 0; g < groups; g++)
        {
            var atom = _atoms[starts[g]];
            digits += atom.Length;
            if (digits > MaxDigits)
            {
                return false;
            }

            for (var c = atom.Start; c < atom.End; c++)
            {
                var d = AtomLexer.DigitValue(_text[c]);
                if (decimalAt >= 0 && g > decimalAt)
                {
                    scale /= 10;
                    fraction += d * scale;
                }
                else
                {
                    integer = integer * 10 + d;
                }
            }
        }

        value = integer + fraction;
        return true;
    }

    private int RoleBefore(int i)
    {
        for (var start = Math.Max(0, i - 2); start < i; start++)
        {
            if (Match(start, out var word, out var n) && start + n == i)
            {
                if (word.From)
                {
                    return -1;
                }

                if (word.To)
                {
                    return 1;
                }
            }
        }

        return 0;
    }

    private bool IsJoiner(int k) => _text[_atoms[k].Start] is '-' or '\'' or '’' && Adjacent(k - 1, k) && Adjacent(k, k + 1);

    private bool IsWordStart(int k) =>
        k == 0 || _atoms[k - 1].End != _atoms[k].Start || AtomLexer.IsUnspaced(_text[_atoms[k].Start]) || AtomLexer.IsUnspaced(_text[_atoms[k - 1].End - 1]);

    /// <summary>The longest figure phrase starting at atom <paramref name="i"/>: its meaning and how many atoms it spans.</summary>
    public bool Match(int i, out FigureWord word, out int n)
    {
        if (i != _matchedAt)
        {
            _matched = _lexicon.Figures.TryMatch(_text, _atoms, i, out _matchedWord, out _matchedCount);
            _matchedAt = i;
        }

        word = _matchedWord;
        n = _matchedCount;
        return _matched;
    }

    private bool IsMark(int i, char c) => i >= 0 && i < _atoms.Count && _atoms[i].Kind == AtomKind.Mark && _text[_atoms[i].Start] == c;

    private bool Adjacent(int a, int b) => a >= 0 && b < _atoms.Count && _atoms[a].End == _atoms[b].Start;

    /// <summary>Drops trailing zeros so 28.1 × 10⁹ prints as 28100000000, not 28100000000.0.</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
