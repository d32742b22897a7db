namespace Ponte.Languages;

/// <summary>Data of <c>quotes.json</c>: quote marks, reporting verbs and the words that stand for a speaker.</summary>
public sealed class QuotesData
{
    /// <summary>Families of quote marks; empty means the neutral pack's families.</summary>
    public List<QuoteMarkFamily> Marks { get; set; } = [];

    /// <summary>Reporting verbs whose speaker stands before or after them: "said", "ha detto", "cho biết", "kata".</summary>
    public List<string> ReportingVerbs { get; set; } = [];

    /// <summary>Phrases naming their source right after them: "according to", "theo", "secondo", "menurut".</summary>
    public List<string> SourcePhrases { get; set; } = [];

    /// <summary>Reporting verbs that carry their own pronoun subject: "katanya", "tambahnya", "aniya".</summary>
    public List<string> PronounVerbs { get; set; } = [];

    /// <summary>Third-person pronouns and honorifics that stand for the most recently named person: "he", "ông", "beliau".</summary>
    public List<string> Pronouns { get; set; } = [];
}

/// <summary>One family of quote marks: any opening mark of the family is closed by any closing mark of it.</summary>
public sealed class QuoteMarkFamily
{
    /// <summary>Characters that open a quote ("“\"„").</summary>
    public string Open { get; set; } = string.Empty;

    /// <summary>Characters that close a quote ("”\"“").</summary>
    public string Close { get; set; } = string.Empty;

    /// <summary>True when the closing mark doubles as an apostrophe inside words (’ in "region’s").</summary>
    public bool CloseIsApostrophe { get; set; }
}

public sealed partial class LanguagePack
{
    /// <summary>Quote marks and attribution words.</summary>
    public QuotesData Quotes => Section<QuotesData>("quotes");
}
