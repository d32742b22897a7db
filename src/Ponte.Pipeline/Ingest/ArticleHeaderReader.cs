namespace Ponte.Pipeline.Ingest;

/// <summary>The pipeline's header stage: headline, byline and dateline from the parser, the outlet from the outlet list.</summary>
public sealed class ArticleHeaderReader(ArticleHeaderParser parser, SourceOutlet outlets) : IArticleHeaderReader
{
    /// <summary>The reader over the bundled outlet list.</summary>
    public static ArticleHeaderReader Default { get; } = new(ArticleHeaderParser.Default, SourceOutlet.Default);

    public ArticleHeaderInfo Read(string normalizedText)
    {
        var header = parser.Parse(normalizedText);
        var title = header.Title is { } span && span.End <= normalizedText.Length ? span.Slice(normalizedText).Trim() : null;
        var source = header.Dateline?.Source ?? outlets.Find(normalizedText, header.Dateline)?.Name;
        return new ArticleHeaderInfo(title, header.Author, source, header.Dateline);
    }
}
