namespace Ponte.Languages;

/// <summary>Data of <c>segmentation.json</c>: what does not end a sentence and how numbers are written.</summary>
public sealed class SegmentationData
{
    /// <summary>
    /// Abbreviations, with their final dot, after which a sentence does not end: "Mr.", "TS.", "Dott.". Matched
    /// case-sensitively against the dotted chunk before a full stop; the neutral pack's list applies to every language.
    /// </summary>
    public List<string> Abbreviations { get; set; } = [];

    /// <summary>The decimal separator the language prefers: "." or ",".</summary>
    public string DecimalSeparator { get; set; } = ".";

    /// <summary>Suffixes written straight after digits that make an ordinal one token with them: "th" in "9th", "°" in "1°".</summary>
    public List<string> OrdinalSuffixes { get; set; } = [];
}

public sealed partial class LanguagePack
{
    /// <summary>Sentence and word segmentation data.</summary>
    public SegmentationData Segmentation => Section<SegmentationData>("segmentation");
}
