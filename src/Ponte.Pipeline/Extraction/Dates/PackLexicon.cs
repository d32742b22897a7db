using System.Runtime.CompilerServices;
using Ponte.Languages;

namespace Ponte.Pipeline.Extraction.Dates;

/// <summary>What a date phrase can be; one phrase may play several roles ("năm": year marker; "in": context).</summary>
internal sealed class DateWord
{
    public int Month;
    public bool MonthAbbreviation;
    public bool AmbiguousMonth;
    public int Weekday = -1;
    public bool AmbiguousWeekday;
    public bool DayMarker;
    public bool MonthMarker;
    public bool YearMarker;
    public bool Connector;
    public bool Context;
    public bool OrdinalSuffix;
    public bool OrdinalPrefix;
    public int? Era;
    public int Half;
    public int Quarter;
    public int? RelativeDays;
}

/// <summary>What a figure phrase can be: scale, currency, percent sign, qualifier, counted noun, unit or link word.</summary>
internal sealed class FigureWord
{
    public decimal Scale;
    public string? CurrencyPrefix;
    public string? CurrencySuffix;
    public bool PercentSuffix;
    public bool PercentPrefix;
    public string? Qualifier;
    public string? CountNoun;
    public string? MeasureUnit;
    public decimal? NumberWord;
    public bool Link;
    public bool ClauseBreak;
    public bool From;
    public bool To;
    public bool Conjunction;
    public bool Joiner;
    public bool SubjectMarker;
    public string? Agent;
    public bool Purpose;
    public string? Change;
    public bool Determiner;
    public bool PhraseEnd;
    public bool Comparison;
}

/// <summary>Atoms of one text and the lexicon that cut them; read-only once made.</summary>
internal sealed record LexedText(PackLexicon Lexicon, string Text, List<Atom> Atoms);

/// <summary>
/// The date and figure phrases of one language pack, compiled once from its <c>dates.json</c> and <c>figures.json</c>
/// and shared by every document in that language.
/// </summary>
internal sealed class PackLexicon
{
    private static readonly ConditionalWeakTable<LanguagePack, PackLexicon> Cache = new();

    private PackLexicon(LanguagePack pack)
    {
        var keywords = new UnspacedKeywords();
        Dates = new PhraseTable<DateWord>(keywords);
        Figures = new PhraseTable<FigureWord>(keywords);
        Keywords = keywords;
        var dates = pack.Dates;
        var figures = pack.Figures;
        NumericDayFirst = !string.Equals(dates.NumericOrder, "mdy", StringComparison.OrdinalIgnoreCase);
        EraFrom = dates.DefaultEraFrom;
        EraOffset = dates.DefaultEraOffset;
        DateFillers = new HashSet<string>(
            dates.Contexts.Concat(dates.Connectors).Concat(dates.YearMarkers).Concat(dates.MonthMarkers).Concat(dates.DayMarkers)
                .SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            StringComparer.OrdinalIgnoreCase);
        var separator = figures.DecimalSeparator ?? pack.Segmentation.DecimalSeparator;
        DecimalComma = separator == ",";
        AddDates(dates);

        // Currency signs, ISO codes and unit symbols are the same in every language: the neutral pack's come first.
        var neutral = LanguagePacks.NeutralPack.Figures;
        if (!ReferenceEquals(neutral, figures))
        {
            AddFigures(neutral);
        }

        AddFigures(figures);
    }

    /// <summary>Date phrases.</summary>
    public PhraseTable<DateWord> Dates { get; }

    /// <summary>Figure phrases.</summary>
    public PhraseTable<FigureWord> Figures { get; }

    /// <summary>Keywords that cut unspaced scripts into atoms.</summary>
    public UnspacedKeywords Keywords { get; }

    /// <summary>Whether 03/04/2025 means 3 April.</summary>
    public bool NumericDayFirst { get; }

    /// <summary>Years from this value up are in another era (0: none).</summary>
    public int EraFrom { get; }

    /// <summary>Years added to reach the common era for years at or above <see cref="EraFrom"/>.</summary>
    public int EraOffset { get; }

    /// <summary>Whether the language writes 28,1 for 28.1 when the number itself does not tell.</summary>
    public bool DecimalComma { get; }

    /// <summary>Single words that may stand inside a date phrase: context words, connectors and day/month/year markers.</summary>
    public HashSet<string> DateFillers { get; }

    /// <summary>The compiled lexicon of <paramref name="pack"/>.</summary>
    public static PackLexicon For(LanguagePack pack) => Cache.GetValue(pack, p => new PackLexicon(p));

    /// <summary>Atoms of <paramref name="text"/> as this language cuts them.</summary>
    public List<Atom> Lex(string text) => AtomLexer.Lex(text, Keywords);

    /// <summary>Atoms of the context's text, lexed once per document: the date and figure stages read the same atoms.</summary>
    public List<Atom> Lex(ExtractionContext context)
    {
        var text = context.Text;
        if (context.Atoms is { } lexed && ReferenceEquals(lexed.Lexicon, this) && ReferenceEquals(lexed.Text, text))
        {
            return lexed.Atoms;
        }

        var atoms = Lex(text);
        context.Atoms = new LexedText(this, text, atoms);
        return atoms;
    }

    private void AddDates(DatesData data)
    {
        for (var m = 0; m < Math.Min(12, data.Months.Count); m++)
        {
            foreach (var name in data.Months[m])
            {
                Dates[name].Month = m + 1;
            }
        }

        for (var m = 0; m < Math.Min(12, data.MonthAbbreviations.Count); m++)
        {
            foreach (var name in data.MonthAbbreviations[m])
            {
                var word = Dates[name];
                if (word.Month == 0)
                {
                    word.Month = m + 1;
                    word.MonthAbbreviation = true;
                }
            }
        }

        foreach (var name in data.AmbiguousMonths)
        {
            Dates[name].AmbiguousMonth = true;
        }

        for (var d = 0; d < Math.Min(7, data.Weekdays.Count); d++)
        {
            foreach (var name in data.Weekdays[d])
            {
                Dates[name].Weekday = d;
            }
        }

        Flag(data.AmbiguousWeekdays, w => w.AmbiguousWeekday = true);
        Flag(data.DayMarkers, w => w.DayMarker = true);
        Flag(data.MonthMarkers, w => w.MonthMarker = true);
        Flag(data.YearMarkers, w => w.YearMarker = true);
        Flag(data.Connectors, w => w.Connector = true);
        Flag(data.Contexts, w => w.Context = true);
        Flag(data.OrdinalSuffixes, w => w.OrdinalSuffix = true);
        Flag(data.OrdinalPrefixes, w => w.OrdinalPrefix = true);
        foreach (var (name, offset) in data.Eras)
        {
            Dates[name].Era = offset;
        }

        foreach (var (name, half) in data.Halves)
        {
            Dates[name].Half = Math.Clamp(half, 1, 2);
        }

        foreach (var (name, quarter) in data.Quarters)
        {
            Dates[name].Quarter = Math.Clamp(quarter, 1, 4);
        }

        foreach (var (name, days) in data.RelativeDays)
        {
            Dates[name].RelativeDays = days;
        }
    }

    private void AddFigures(FiguresData data)
    {
        foreach (var (name, scale) in data.Scales)
        {
            Figures[name].Scale = scale;
        }

        foreach (var (name, code) in data.CurrencyPrefixes)
        {
            Figures[name].CurrencyPrefix = code;
        }

        foreach (var (name, code) in data.CurrencySuffixes)
        {
            Figures[name].CurrencySuffix = code;
        }

        foreach (var name in data.PercentSuffixes)
        {
            Figures[name].PercentSuffix = true;
        }

        foreach (var name in data.PercentPrefixes)
        {
            Figures[name].PercentPrefix = true;
        }

        foreach (var (name, qualifier) in data.Qualifiers)
        {
            Figures[name].Qualifier = qualifier;
        }

        foreach (var (name, unit) in data.CountNouns)
        {
            Figures[name].CountNoun = unit;
        }

        foreach (var (name, unit) in data.MeasureUnits)
        {
            Figures[name].MeasureUnit = unit;
        }

        foreach (var (name, value) in data.NumberWords)
        {
            Figures[name].NumberWord = value;
        }

        foreach (var name in data.LinkWords)
        {
            Figures[name].Link = true;
        }

        foreach (var name in data.ClauseBreaks)
        {
            Figures[name].ClauseBreak = true;
        }

        foreach (var name in data.FromWords)
        {
            Figures[name].From = true;
        }

        foreach (var name in data.ToWords)
        {
            Figures[name].To = true;
        }

        foreach (var name in data.Conjunctions)
        {
            Figures[name].Conjunction = true;
        }

        foreach (var name in data.PhraseJoiners)
        {
            Figures[name].Joiner = true;
        }

        foreach (var name in data.SubjectMarkers)
        {
            Figures[name].SubjectMarker = true;
        }

        foreach (var (name, kind) in data.AgentVerbs)
        {
            Figures[name].Agent = kind;
        }

        foreach (var name in data.PurposeWords)
        {
            Figures[name].Purpose = true;
        }

        foreach (var (name, direction) in data.ChangeWords)
        {
            Figures[name].Change = direction;
        }

        foreach (var name in data.Determiners)
        {
            Figures[name].Determiner = true;
        }

        foreach (var name in data.PhraseEnds)
        {
            Figures[name].PhraseEnd = true;
        }

        foreach (var name in data.ComparisonWords)
        {
            Figures[name].Comparison = true;
        }
    }

    private void Flag(List<string> names, Action<DateWord> set)
    {
        foreach (var name in names)
        {
            set(Dates[name]);
        }
    }
}
