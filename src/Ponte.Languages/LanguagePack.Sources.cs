namespace Ponte.Languages;

/// <summary>One news agency or outlet: the name Ponte reports, the other ways it is printed, and its country.</summary>
public sealed class OutletData
{
    /// <summary>The name reported as a document's source ("Bernama", "VNA", "ANSA").</summary>
    public string Name { get; set; } = "";

    /// <summary>Other printed forms, matched case-insensitively ("BERNAMA", "Vietnam News Agency").</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2 country of the outlet.</summary>
    public string? Country { get; set; }

    /// <summary>The outlet this one is another name of (TTXVN is the Vietnamese name of VNA), or null.</summary>
    public string? SameAs { get; set; }
}

/// <summary>Data of <c>sources.json</c>: news outlets and the words that introduce bylines and credits.</summary>
public sealed class SourcesData
{
    /// <summary>Known news agencies and outlets.</summary>
    public List<OutletData> Outlets { get; set; } = [];

    /// <summary>Words that open a byline line, with their case: "By", "Oleh", "di", "Bởi", "Por".</summary>
    public List<string> BylineMarkers { get; set; } = [];

    /// <summary>Words that open a photo or source credit inside parentheses: "Photo", "Ảnh", "Foto", "Source".</summary>
    public List<string> CreditMarkers { get; set; } = [];

    /// <summary>Phrases followed by the outlet that filed the report: "Theo phóng viên", "correspondent".</summary>
    public List<string> ReporterMarkers { get; set; } = [];

    /// <summary>Upper-case labels that open a line like a dateline place but are not places: "UPDATE", "BREAKING".</summary>
    public List<string> NotPlaces { get; set; } = [];
}

public sealed partial class LanguagePack
{
    /// <summary>News outlets and byline/credit words (the neutral pack holds them for every language).</summary>
    public SourcesData Sources => Section<SourcesData>("sources");
}
