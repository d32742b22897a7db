namespace Ponte.Languages;

/// <summary>
/// Data of <c>dates.json</c>: the words a language writes dates with. Every word or phrase is matched case-insensitively,
/// as a sequence of letter, digit and punctuation runs ("pada", "thứ năm", "พ.ศ."), so spacing inside a phrase is free.
/// </summary>
public sealed class DatesData
{
    /// <summary>Full month names: twelve lists, January first; several spellings per month are allowed.</summary>
    public List<List<string>> Months { get; set; } = [];

    /// <summary>Abbreviated month names: twelve lists. Alone they are not dates ("Mar" needs a day or a year beside it).</summary>
    public List<List<string>> MonthAbbreviations { get; set; } = [];

    /// <summary>Month names that are also common words ("may", "march"): alone they need a context word before them.</summary>
    public List<string> AmbiguousMonths { get; set; } = [];

    /// <summary>Weekday names that are also common words ("thứ hai" is also "second"): alone they need a context word before them.</summary>
    public List<string> AmbiguousWeekdays { get; set; } = [];

    /// <summary>Weekday names: seven lists, Sunday first.</summary>
    public List<List<string>> Weekdays { get; set; } = [];

    /// <summary>"dmy" or "mdy": how an all-digit date like 03/04/2025 is read when neither part exceeds 12.</summary>
    public string NumericOrder { get; set; } = "dmy";

    /// <summary>Words that introduce a day number ("ngày", "ika").</summary>
    public List<string> DayMarkers { get; set; } = [];

    /// <summary>Words that introduce a month number ("tháng").</summary>
    public List<string> MonthMarkers { get; set; } = [];

    /// <summary>Words that introduce a year and belong to the date ("năm", "tahun", "ปี").</summary>
    public List<string> YearMarkers { get; set; } = [];

    /// <summary>Era markers before or after a year, with the number of years to add to reach the common era ("พ.ศ." → -543).</summary>
    public Dictionary<string, int> Eras { get; set; } = [];

    /// <summary>
    /// A year at least this large is taken to be in the era of <see cref="DefaultEraOffset"/> (Buddhist-era years such as
    /// 2568); 0 turns the rule off.
    /// </summary>
    public int DefaultEraFrom { get; set; }

    /// <summary>Years added to a year at or above <see cref="DefaultEraFrom"/>.</summary>
    public int DefaultEraOffset { get; set; }

    /// <summary>Small words allowed between the parts of one date ("of", "ng", "de", "del", "ที่").</summary>
    public List<string> Connectors { get; set; } = [];

    /// <summary>Words after which a bare four-digit number is read as a year, and a month name alone as a month ("in", "nel", "pada").</summary>
    public List<string> Contexts { get; set; } = [];

    /// <summary>Suffixes that turn a number into an ordinal ("th", "º").</summary>
    public List<string> OrdinalSuffixes { get; set; } = [];

    /// <summary>Words just before a number that make it an ordinal ("thứ", "ke", "ika").</summary>
    public List<string> OrdinalPrefixes { get; set; } = [];

    /// <summary>Half-year phrases and their half: "first half" → 1, "6 tháng đầu năm" → 1, "H2" → 2.</summary>
    public Dictionary<string, int> Halves { get; set; } = [];

    /// <summary>Quarter phrases and their quarter: "third quarter" → 3, "Q3" → 3, "quý III" → 3.</summary>
    public Dictionary<string, int> Quarters { get; set; } = [];

    /// <summary>
    /// Words a few words before a date that put it ahead of the report ("by 2030", "planned for", "dự kiến", "entro il",
    /// "dijangka"): such a year says the report was written before it.
    /// </summary>
    public List<string> FutureCues { get; set; } = [];

    /// <summary>Words just before a date that make it the start of a past period ("since", "kể từ", "dal", "sejak"): such a year says little about the report's own.</summary>
    public List<string> HistoryCues { get; set; } = [];

    /// <summary>
    /// Words right before or right after a date without a year that place it before the report: "last November", "lo scorso
    /// novembre", "tháng 11 vừa qua", "November lalu", "เดือนพฤศจิกายนที่ผ่านมา". Not "last year" phrases, which name a year.
    /// </summary>
    public List<string> PastMarkers { get; set; } = [];

    /// <summary>Words right before or right after a date without a year that place it after the report: "next March", "marzo prossimo", "Maret mendatang".</summary>
    public List<string> AheadMarkers { get; set; } = [];

    /// <summary>
    /// Words that put their clause after the report ("will", "akan", "sẽ", "sarà", "จะ"; "-rà" is a verb ending; Tagalog
    /// "sa" before a weekday): a weekday they govern is the next one after the report's day.
    /// </summary>
    public List<string> FutureTense { get; set; } = [];

    /// <summary>
    /// Words that put their clause before the report ("was", "said", "đã", "telah", "ha", "noong", "เมื่อ"): nearer a weekday
    /// than a future word, they keep it in the past.
    /// </summary>
    public List<string> PastTense { get; set; } = [];

    /// <summary>Words for days relative to the reference date and their offset in days: "yesterday" → -1.</summary>
    public Dictionary<string, int> RelativeDays { get; set; } = [];

    /// <summary>Words for years relative to the reference date and their offset in years: "last year" → -1, "năm nay" → 0.</summary>
    public Dictionary<string, int> RelativeYears { get; set; } = [];

    /// <summary>Words for months relative to the reference date and their offset in months: "last month" → -1.</summary>
    public Dictionary<string, int> RelativeMonths { get; set; } = [];
}

public sealed partial class LanguagePack
{
    /// <summary>Month and weekday names, date markers and eras.</summary>
    public DatesData Dates => Section<DatesData>("dates");
}
