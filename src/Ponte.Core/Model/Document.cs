namespace Ponte.Core.Model;

/// <summary>Where a document was read from: a path as given on the command line, a URL, or standard input.</summary>
public sealed record Origin(string Location, string Kind)
{
    public const string FileKind = "file";
    public const string UrlKind = "url";
    public const string StdinKind = "stdin";
}

/// <summary>The dateline that opens many wire stories: "JAKARTA, Nov 13 (Bernama) --".</summary>
public sealed record Dateline(string? Place, string? Source, string? DateText, TextSpan Span);

/// <summary>A detected language with the identifier's confidence in [0, 1]; "und" when unsure.</summary>
public sealed record LanguageTag(string Code, double Confidence)
{
    public const string UndeterminedCode = "und";

    /// <summary>The undetermined language.</summary>
    public static LanguageTag Undetermined { get; } = new(UndeterminedCode, 0);
}

/// <summary>
/// A news report as Ponte stores it. <see cref="Id"/> is the SHA-256 of the normalised text, so the same text read from two
/// places is one document with two origins. Every fact found later points into <see cref="Text"/> by offsets.
/// </summary>
public sealed record Document
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<Origin> Origins { get; init; } = [];
    public string? Source { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public PartialDate? Published { get; init; }
    public LanguageTag Language { get; init; } = LanguageTag.Undetermined;
    public Dateline? Dateline { get; init; }

    /// <summary>The first origin's location, as given by the user.</summary>
    public string? File => Origins.Count > 0 ? Origins[0].Location : null;
}
