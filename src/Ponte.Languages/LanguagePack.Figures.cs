namespace Ponte.Languages;

/// <summary>
/// Data of <c>figures.json</c>: how a language writes amounts of money, counts and percentages. Words and phrases are
/// matched case-insensitively as sequences of letter, digit and punctuation runs ("US$", "đô la Mỹ", "di euro").
/// </summary>
public sealed class FiguresData
{
    /// <summary>The decimal separator when the number itself does not tell ("." or ","); null asks the segmentation data.</summary>
    public string? DecimalSeparator { get; set; }

    /// <summary>Scale words and their multiplier: "billion" → 1e9, "tỷ" → 1e9, "พันล้าน" → 1e9.</summary>
    public Dictionary<string, decimal> Scales { get; set; } = [];

    /// <summary>Currency signs and codes written before the number: "US$" → USD, "RM" → MYR.</summary>
    public Dictionary<string, string> CurrencyPrefixes { get; set; } = [];

    /// <summary>Currency words and codes written after the number (and its scale): "USD", "đô la Mỹ", "di euro", "บาท".</summary>
    public Dictionary<string, string> CurrencySuffixes { get; set; } = [];

    /// <summary>Words after a number that make it a percentage: "%", "percent", "phần trăm".</summary>
    public List<string> PercentSuffixes { get; set; } = [];

    /// <summary>Words before a number that make it a percentage: "ร้อยละ".</summary>
    public List<string> PercentPrefixes { get; set; } = [];

    /// <summary>Qualifiers before a number, mapped to their English form: "hơn" → "more than", "circa" → "about".</summary>
    public Dictionary<string, string> Qualifiers { get; set; } = [];

    /// <summary>Nouns counted by a number, mapped to the English plural unit: "công ty" → "companies".</summary>
    public Dictionary<string, string> CountNouns { get; set; } = [];

    /// <summary>Units of measure, mapped to a short English unit: "tonnes" → "tonnes", "km" → "km".</summary>
    public Dictionary<string, string> MeasureUnits { get; set; } = [];

    /// <summary>Number words usable before a counted noun: "two" → 2, "hai" → 2.</summary>
    public Dictionary<string, decimal> NumberWords { get; set; } = [];

    /// <summary>
    /// Words that may stand between a figure and the subject it measures (verbs and prepositions such as "had grown to",
    /// "reached", "đạt", "pari a"): skipped when looking left for what the figure is about.
    /// </summary>
    public List<string> LinkWords { get; set; } = [];

    /// <summary>Words that open a clause ("said", "while", "that"): where the subject of a figure begins at the latest.</summary>
    public List<string> ClauseBreaks { get; set; } = [];

    /// <summary>Conjunctions ("and", "và", "e"): they end a subject unless they join two names ("ASEAN and Italy").</summary>
    public List<string> Conjunctions { get; set; } = [];

    /// <summary>Prepositions that carry a counted noun phrase on ("companies in the region", "công ty tại khu vực").</summary>
    public List<string> PhraseJoiners { get; set; } = [];

    /// <summary>Words after a figure that introduce its subject in verb-first sentences ("Umabot sa X ang kalakalan").</summary>
    public List<string> SubjectMarkers { get; set; } = [];

    /// <summary>Words that mark the earlier value of a change ("from", "từ", "da", "dari").</summary>
    public List<string> FromWords { get; set; } = [];

    /// <summary>Words that mark the later value of a change ("to", "lên", "a", "kepada").</summary>
    public List<string> ToWords { get; set; } = [];

    /// <summary>
    /// Verbs whose subject gives, receives or records an amount rather than being what it measures ("pledged", "tài trợ",
    /// "stanziato", "menyumbang"), mapped to the English kind of amount to name when nothing else does ("funding").
    /// </summary>
    public Dictionary<string, string> AgentVerbs { get; set; } = [];

    /// <summary>Words after an amount that introduce what it is for ("for", "cho", "per", "untuk", "para sa").</summary>
    public List<string> PurposeWords { get; set; } = [];

    /// <summary>Words right before a figure that make it a change, mapped to "increase" or "decrease" ("up", "tăng", "in calo del").</summary>
    public Dictionary<string, string> ChangeWords { get; set; } = [];

    /// <summary>Articles and person markers left off the front of a subject ("the", "a", "il", "si").</summary>
    public List<string> Determiners { get; set; } = [];

    /// <summary>Prepositions that end the noun phrase an amount is for ("during", "under", "trong", "selama").</summary>
    public List<string> PhraseEnds { get; set; } = [];

    /// <summary>Words that give the base year of a comparison ("compared with 2023", "so với năm 2023"): not a figure's own year.</summary>
    public List<string> ComparisonWords { get; set; } = [];

    /// <summary>
    /// Words of a script written without spaces that hold a figure word but mean something else ("งบประมาณ", budget, holds
    /// "ประมาณ", about): kept whole when the text is cut into words.
    /// </summary>
    public List<string> PlainWords { get; set; } = [];
}

public sealed partial class LanguagePack
{
    /// <summary>Scales, currencies, qualifiers and counted nouns.</summary>
    public FiguresData Figures => Section<FiguresData>("figures");
}
