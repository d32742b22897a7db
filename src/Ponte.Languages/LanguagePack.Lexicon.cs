namespace Ponte.Languages;

/// <summary>
/// Data of <c>lexicon.json</c>: words and phrases of organisation and initiative names mapped to language-neutral concepts
/// ("hiệp hội", "associazione", "persatuan" → "association"), so that one name written in two languages gets one key.
/// </summary>
public sealed class LexiconData
{
    /// <summary>Word or phrase (any case, with or without diacritics) → English concept word(s).</summary>
    public Dictionary<string, string> Concepts { get; set; } = [];

    /// <summary>Function words dropped from name keys ("of", "della", "của", "untuk").</summary>
    public List<string> Stopwords { get; set; } = [];

    /// <summary>Plural endings stripped from words longer than five letters ("awards" → "award").</summary>
    public List<string> PluralSuffixes { get; set; } = [];

    /// <summary>Endings of words that only look plural and are kept whole ("thesis", "status", "economics", "business").</summary>
    public List<string> SingularEndings { get; set; } = [];
}

public sealed partial class LanguagePack
{
    /// <summary>Concept lexicon for cross-language name keys.</summary>
    public LexiconData Lexicon => Section<LexiconData>("lexicon");
}
