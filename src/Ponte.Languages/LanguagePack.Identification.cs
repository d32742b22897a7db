namespace Ponte.Languages;

/// <summary>
/// Data of <c>identification.json</c>: evidence the language identifier weighs beside its statistical model, for
/// languages the model confuses (Malay and Indonesian) and scripts only one language uses (Thai).
/// </summary>
public sealed class IdentificationData
{
    /// <summary>Codes of languages close enough to be confused with this one ("id" for Malay).</summary>
    public List<string> CloseTo { get; set; } = [];

    /// <summary>
    /// The language's most frequent words ("the", "của", "della", "yang", "ang"), none shared with another language
    /// Ponte identifies except its close relatives. A text where one language's common words clearly lead needs no
    /// statistical model. Matched whole-word, case-insensitively.
    /// </summary>
    public List<string> CommonWords { get; set; } = [];

    /// <summary>
    /// Words and short phrases common in this language but rare in the ones of <see cref="CloseTo"/>: spelling
    /// ("kerana" / "karena"), vocabulary ("kerajaan" / "pemerintah"), currency and month names. Matched whole-word,
    /// case-insensitively.
    /// </summary>
    public List<string> Markers { get; set; } = [];

    /// <summary>Unicode ranges ("0E00-0E7F") of a script written by this language alone among the identified ones.</summary>
    public List<string> ScriptRanges { get; set; } = [];
}

public sealed partial class LanguagePack
{
    /// <summary>Evidence for telling this language from its neighbours.</summary>
    public IdentificationData Identification => Section<IdentificationData>("identification");
}
