using Ponte.Core.Model;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// What <see cref="HtmlArticleExtractor"/> found in one page: the main body text (paragraphs separated by a blank line,
/// empty when the page holds no article) and the metadata the page declares.
/// </summary>
public sealed record HtmlArticle
{
    /// <summary>The article body without title, menus, captions, related links or comments; "" when none was found.</summary>
    public required string Text { get; init; }

    /// <summary>The headline from og:title, JSON-LD or the page title.</summary>
    public string? Title { get; init; }

    /// <summary>The author from meta tags or JSON-LD.</summary>
    public string? Author { get; init; }

    /// <summary>The publication date from meta tags, JSON-LD or a time element.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>The language the page declares (html lang, og:locale), as given.</summary>
    public string? Language { get; init; }

    /// <summary>The outlet: og:site_name or the JSON-LD publisher.</summary>
    public string? SiteName { get; init; }

    /// <summary>Whether a body was found.</summary>
    public bool HasText => Text.Length > 0;
}
