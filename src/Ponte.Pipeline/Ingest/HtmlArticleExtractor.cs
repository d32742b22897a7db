using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// Finds the article in a web page: the main body text without title, menus, footers, related links, captions, cookie
/// notices or comments, plus the title, author, date and outlet the page declares. Explicit body containers
/// (<c>itemprop=articleBody</c>, <c>article-body</c>, <c>entry-content</c>…) are trusted first; otherwise SmartReader's
/// Readability scoring picks the body. Thread-safe; never throws on page content.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private const string FallbackUrl = "https://localhost/article";

    // Fewer words than a one-sentence news brief is a label, a menu or an error page, not an article. Scripts written
    // without spaces (Thai) count as few "words", so the bar is low.
    private const int MinWords = 8;

    // A named body container with this much text is the article; scoring the whole page again would only cost time.
    private const int ConvincingChars = 1000;

    /// <summary>A shared extractor.</summary>
    public static HtmlArticleExtractor Default { get; } = new();

    /// <summary>
    /// Extracts the article from raw bytes, decoding them by BOM, then <paramref name="declaredCharset"/> (an HTTP header's),
    /// then the page's meta charset, then UTF-8 if valid, else Windows-1252.
    /// </summary>
    public HtmlArticle Extract(ReadOnlySpan<byte> html, string? declaredCharset = null, string? url = null) =>
        Extract(TextDecoder.DecodeHtml(html, declaredCharset).Text ?? "", url);

    /// <summary>Extracts the article from decoded HTML; <paramref name="url"/> only helps resolve relative links.</summary>
    public HtmlArticle Extract(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        var text = BodyText(document, html, url, metadata);
        return new HtmlArticle
        {
            Text = text,
            Title = metadata.Title,
            Author = metadata.Author,
            Published = metadata.Published,
            Language = metadata.Language,
            SiteName = metadata.SiteName,
        };
    }

    private static string BodyText(IHtmlDocument document, string html, string? url, HtmlMetadata metadata)
    {
        HtmlBoilerplate.RemoveInvisible(document);
        var containers = HtmlBoilerplate.BodyContainers(document);
        List<string> paragraphs = [];
        if (containers.Count > 0)
        {
            foreach (var container in containers)
            {
                HtmlBoilerplate.RemoveWithin(container);
                paragraphs.AddRange(HtmlTextFlattener.Paragraphs(container));
            }
        }

        var named = TextLength(paragraphs);
        if (named >= ConvincingChars)
        {
            return Finish(paragraphs, metadata);
        }

        // SmartReader rewrites the DOM it scores, so it reads its own copy of the page.
        var scored = new HtmlParser().ParseDocument(html);
        HtmlBoilerplate.RemoveInvisible(scored);
        var readability = ReadabilityParagraphs(scored, url);
        if (named < 250 || TextLength(readability) > 2 * named)
        {
            // A named container that holds far less than the best-scored block is a teaser or a fragment.
            paragraphs = readability;
        }

        return Finish(paragraphs, metadata);
    }

    private static string Finish(List<string> paragraphs, HtmlMetadata metadata)
    {

        var text = string.Join("\n\n", HtmlBoilerplate.FilterParagraphs(paragraphs, metadata.Title));
        if (CountWords(text) >= MinWords)
        {
            return text;
        }

        // Pages that render their body with script still often declare it in JSON-LD.
        var declared = metadata.JsonLdBody?.Trim() ?? "";
        return CountWords(declared) >= MinWords ? declared : "";
    }

    private static List<string> ReadabilityParagraphs(IHtmlDocument document, string? url)
    {
        IElement? body = null;
        try
        {
            var reader = new Reader(Uri.TryCreate(url, UriKind.Absolute, out _) ? url : FallbackUrl, document)
            {
                Debug = false,
                DisableJSONLD = true,
            };
            reader.AddCustomOperationEnd(element => body = element);
            var article = reader.GetArticle();
            if (!article.Completed || body is null)
            {
                return [];
            }

            HtmlBoilerplate.RemoveWithin(body);

            // What is left of a page without prose is a block of links: a menu, an index, a list of headlines.
            return HtmlBoilerplate.LinkDensity(body) < 0.5 ? HtmlTextFlattener.Paragraphs(body) : [];
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or DomException)
        {
            // SmartReader is a heuristic library with its own defects on odd pages; a page it chokes on has no article for us.
            return [];
        }
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    private static int TextLength(List<string> paragraphs)
    {
        var total = 0;
        foreach (var p in paragraphs)
        {
            total += p.Length;
        }

        return total;
    }
}
