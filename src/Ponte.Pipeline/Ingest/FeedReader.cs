using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// Reads RSS 2.0 and Atom feeds: each item's full content (<c>content:encoded</c>, Atom content) or else its description
/// becomes a document, its HTML flattened to paragraphs. DTDs are refused and no external entity is ever resolved.
/// </summary>
internal static class FeedReader
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static ReadResult Read(string xml, Origin origin, int maxDocuments)
    {
        SyndicationFeed feed;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                IgnoreComments = true,
            };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = LenientDate };
            if (!formatter.CanRead(reader))
            {
                formatter = new Atom10FeedFormatter { DateTimeParser = LenientDate };
            }

            if (!formatter.CanRead(reader))
            {
                return ReadResult.Failed(new Problem(ProblemCodes.Feed,
                    $"{origin.Location}: XML whose root <{reader.Name}> is neither RSS 2.0 nor Atom", origin.Location));
            }

            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException or ArgumentException)
        {
            return ReadResult.Failed(new Problem(ProblemCodes.Feed, $"{origin.Location}: not a readable RSS or Atom feed: {ex.Message}", origin.Location));
        }

        var documents = new List<RawDocument>();
        var problems = new List<Problem>();
        var index = 0;
        var parser = new HtmlParser();
        foreach (var item in feed.Items)
        {
            index++;
            if (documents.Count >= maxDocuments)
            {
                problems.Add(new Problem(ProblemCodes.TooLarge, $"{origin.Location}: more than {maxDocuments:N0} items; the rest is not read", origin.Location));
                break;
            }

            var markup = Encoded(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
            var text = markup is null ? "" : Flatten(parser, markup);
            var title = item.Title?.Text?.Trim();
            if (text.Length == 0)
            {
                problems.Add(new Problem(ProblemCodes.NoArticle,
                    $"{origin.Location}: item {index} ({title ?? "untitled"}) has no content or description", origin.Location));
                continue;
            }

            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            documents.Add(new RawDocument
            {
                Text = text,
                Origin = origin,
                Title = string.IsNullOrEmpty(title) ? null : title,
                Author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
                Source = feed.Title?.Text?.Trim() is { Length: > 0 } source ? source : null,
                Published = date != default ? PartialDate.TryOfDay(date.Year, date.Month, date.Day) : null,
                Language = feed.Language,
            });
        }

        if (documents.Count == 0 && problems.Count == 0)
        {
            problems.Add(new Problem(ProblemCodes.Empty, $"{origin.Location}: the feed has no items", origin.Location));
        }

        return new ReadResult(documents, problems);
    }

    /// <summary>
    /// Feeds print dates in many dialects of RFC 822 and ISO 8601; an unreadable date leaves the item undated rather than
    /// losing the whole feed, which is what the strict default parser does.
    /// </summary>
    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString?.Trim() ?? "";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
        {
            return true;
        }

        var date = HtmlMetadata.ParseDate(text);
        value = date is null ? default : new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    private static string Flatten(HtmlParser parser, string markup)
    {
        var document = parser.ParseDocument(markup);
        return HtmlTextFlattener.Text(document.Body ?? (AngleSharp.Dom.INode)document);
    }

    private static string? Encoded(SyndicationItem item)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded" && extension.OuterNamespace == ContentModule)
            {
                try
                {
                    using var reader = extension.GetReader();
                    return reader.ReadElementContentAsString();
                }
                catch (XmlException)
                {
                    return null;
                }
            }
        }

        return null;
    }
}
