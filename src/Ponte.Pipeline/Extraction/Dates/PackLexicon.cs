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
    public int? RelativeYears;
    public int? RelativeMonths;
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

        foreach (var (name, years) in data.RelativeYears)
        {
            Dates[name].RelativeYears = years;
        }

        foreach (var (name, months) in data.RelativeMonths)
        {
            Dates[name].RelativeMonths = months;
        }
    }

    // Each list of the pack marks its words in the figure table with what they are.
    private void AddFigures(FiguresData data)
    {
        Mark(data.Scales, static (w, v) => w.Scale = v);
        Mark(data.CurrencyPrefixes, static (w, v) => w.CurrencyPrefix = v);
        Mark(data.CurrencySuffixes, static (w, v) => w.CurrencySuffix = v);
        Mark(data.PercentSuffixes, static w => w.PercentSuffix = true);
        Mark(data.PercentPrefixes, static w => w.PercentPrefix = true);
        Mark(data.Qualifiers, static (w, v) => w.Qualifier = v);
        Mark(data.CountNouns, static (w, v) => w.CountNoun = v);
        Mark(data.MeasureUnits, static (w, v) => w.MeasureUnit = v);
        Mark(data.NumberWords, static (w, v) => w.NumberWord = v);
        Mark(data.LinkWords, static w => w.Link = true);
        Mark(data.ClauseBreaks, static w => w.ClauseBreak = true);
        Mark(data.FromWords, static w => w.From = true);
        Mark(data.ToWords, static w => w.To = true);
        Mark(data.Conjunctions, static w => w.Conjunction = true);
        Mark(data.PhraseJoiners, static w => w.Joiner = true);
        Mark(data.SubjectMarkers, static w => w.SubjectMarker = true);
        Mark(data.AgentVerbs, static (w, v) => w.Agent = v);
        Mark(data.PurposeWords, static w => w.Purpose = true);
        Mark(data.ChangeWords, static (w, v) => w.Change = v);
        Mark(data.Determiners, static w => w.Determiner = true);
        Mark(data.PhraseEnds, static w => w.PhraseEnd = true);
        Mark(data.ComparisonWords, static w => w.Comparison = true);

        // Registering a plain word is enough: it becomes one atom and no figure word is read inside it.
        Mark(data.PlainWords, static _ => { });
    }

    private void Mark(IEnumerable<string> names, Action<FigureWord> mark)
    {
        foreach (var name in names)
        {
            mark(Figures[name]);
        }
    }

    private void Mark<T>(IEnumerable<KeyValuePair<string, T>> names, Action<FigureWord, T> mark)
    {
        foreach (var (name, value) in names)
        {
            mark(Figures[name], value);
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
