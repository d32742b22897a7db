using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Ingest;

/// <summary>Metadata a page declares about its article, read before any cleaning touches the DOM.</summary>
internal sealed record HtmlMetadata(string? Title, string? Author, PartialDate? Published, string? Language, string? SiteName, string? JsonLdBody)
{
    private const int MaxJsonLdChars = 2_000_000;

    /// <summary>Reads title, author, date, language and outlet from meta tags, JSON-LD and time elements, in that order of trust.</summary>
    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var value = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(value))
            {
                meta.TryAdd(key.Trim(), Clean(value));
            }
        }

        var ld = JsonLdArticle.Read(document);
        var title = First(meta, "og:title", "twitter:title", "parsely-title", "dc.title", "dcterms.title", "title", "headline")
                    ?? ld.Headline
                    ?? NonEmpty(document.QuerySelector("h1")?.TextContent)
                    ?? NonEmpty(document.Title);
        var author = ld.Author
                     ?? First(meta, "author", "article:author", "parsely-author", "dc.creator", "dcterms.creator", "byl", "sailthru.author");
        if (author is not null && (author.StartsWith("http", StringComparison.OrdinalIgnoreCase) || author.Length > 120))
        {
            // article:author is often a profile URL, which names nobody a reader would recognise.
            author = null;
        }

        var published = ParseDate(First(meta, "article:published_time", "og:published_time", "parsely-pub-date", "dc.date",
                                      "dcterms.created", "dc.date.issued", "datePublished", "pubdate", "publishdate", "date",
                                      "sailthru.date"))
                        ?? ParseDate(ld.DatePublished)
                        ?? ParseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var language = NonEmpty(document.DocumentElement.GetAttribute("lang"))
                       ?? First(meta, "og:locale", "dc.language", "content-language", "language");
        var site = First(meta, "og:site_name", "application-name", "dc.publisher", "publisher") ?? ld.Publisher;
        return new HtmlMetadata(title, author, published, language, site, ld.ArticleBody);
    }

    /// <summary>Reads the date part of an ISO or RFC date as printed, without shifting it to another time zone.</summary>
    internal static PartialDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-' &&
            int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) &&
            int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) &&
            int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return PartialDate.TryOfDay(y, m, d);
        }

        if (text.Length == 8 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var compact))
        {
            return PartialDate.TryOfDay(compact / 10000, compact / 100 % 100, compact % 100);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? PartialDate.TryOfDay(parsed.Year, parsed.Month, parsed.Day)
            : null;
    }

    private static string? First(Dictionary<string, string> meta, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : Clean(value);

    private static string Clean(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The fields of the first JSON-LD object typed as an article (top level, in a list or inside @graph).</summary>
    private sealed record JsonLdArticle(string? Headline, string? Author, string? DatePublished, string? Publisher, string? ArticleBody)
    {
        private static readonly JsonLdArticle None = new(null, null, null, null, null);

        private static readonly JsonDocumentOptions Options = new()
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = 64,
        };

        public static JsonLdArticle Read(IHtmlDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                var json = script.TextContent;
                if (json.Length is 0 or > MaxJsonLdChars)
                {
                    continue;
                }

                try
                {
                    using var parsed = JsonDocument.Parse(json, Options);
                    var found = Find(parsed.RootElement, 0);
                    if (found is not null)
                    {
                        return found;
                    }
                }
                catch (JsonException)
                {
                    // Hand-written JSON-LD is often broken; meta tags and the DOM still describe the page.
                }
            }

            return None;
        }

        private static JsonLdArticle? Find(JsonElement element, int depth)
        {
            if (depth > 8)
            {
                return null;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (IsArticle(element))
            {
                return new JsonLdArticle(
                    NonEmpty(StringOf(element, "headline") ?? StringOf(element, "name")),
                    NonEmpty(NameOf(element, "author")),
                    StringOf(element, "datePublished") ?? StringOf(element, "dateCreated"),
                    NonEmpty(NameOf(element, "publisher")),
                    NonEmpty(StringOf(element, "articleBody")));
            }

            return element.TryGetProperty("@graph", out var graph) ? Find(graph, depth + 1) : null;
        }

        private static bool IsArticle(JsonElement element)
        {
            if (!element.TryGetProperty("@type", out var type))
            {
                return false;
            }

            return type.ValueKind switch
            {
                JsonValueKind.String => IsArticleType(type.GetString()),
                JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())),
                _ => false,
            };
        }

        private static bool IsArticleType(string? type) =>
            type is not null && (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "Report" or "LiveBlogPosting");

        private static string? StringOf(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        /// <summary>A name given as a string, an object with "name", or a list of either (names joined with commas).</summary>
        private static string? NameOf(JsonElement element, string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            var names = new List<string>();
            void Add(JsonElement item)
            {
                if (item.ValueKind == JsonValueKind.String && NonEmpty(item.GetString()) is { } s)
                {
                    names.Add(s);
                }
                else if (item.ValueKind == JsonValueKind.Object && StringOf(item, "name") is { } n && NonEmpty(n) is { } clean)
                {
                    names.Add(clean);
                }
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    Add(item);
                }
            }
            else
            {
                Add(value);
            }

            return names.Count > 0 ? string.Join(", ", names.Distinct(StringComparer.Ordinal)) : null;
        }
    }
}
