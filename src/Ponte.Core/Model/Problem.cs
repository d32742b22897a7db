namespace Ponte.Core.Model;

/// <summary>
/// A data problem reported as a value, never thrown: a stable code (<c>ingest.encoding</c>), a message for people,
/// the input it concerns and, where it helps, a span.
/// </summary>
public sealed record Problem(string Code, string Message, string? Source = null, TextSpan? Span = null)
{
    /// <summary>Returns a copy naming <paramref name="source"/>.</summary>
    public Problem WithSource(string source) => this with { Source = source };
}

/// <summary>Stable problem codes. Consumers match on these strings; they are never renamed.</summary>
public static class ProblemCodes
{
    public const string Empty = "ingest.empty";
    public const string Binary = "ingest.binary";
    public const string Encoding = "ingest.encoding";
    public const string TooLarge = "ingest.too_large";
    public const string NotFound = "ingest.not_found";
    public const string Unreadable = "ingest.unreadable";
    public const string Gzip = "ingest.gzip";
    public const string Json = "ingest.json";
    public const string NoArticle = "html.no_article";
    public const string Feed = "feed.xml";
    public const string Unsupported = "ingest.unsupported";
    public const string Extractor = "extract.failed";
    public const string LanguageUnsure = "language.undetermined";
    public const string Store = "store.failed";
}
