namespace Ponte.Languages;

/// <summary>Data of <c>segmentation.json</c>: what does not end a sentence and how numbers are written.</summary>
public sealed class SegmentationData
{
    /// <summary>Abbreviations (with their final dot) that do not end a sentence: "Mr.", "TS.", "Dott.".</summary>
    public List<string> Abbreviations { get; set; } = [];

    /// <summary>The decimal separator the language prefers: "." or ",".</summary>
    public string DecimalSeparator { get; set; } = ".";

    /// <summary>True for scripts written without spaces between words (Thai): words come from a dictionary breaker.</summary>
    public bool NeedsWordBreaker { get; set; }
}

public sealed partial class LanguagePack
{
    /// <summary>Sentence and word segmentation data.</summary>
    public SegmentationData Segmentation => Section<SegmentationData>("segmentation");
}
