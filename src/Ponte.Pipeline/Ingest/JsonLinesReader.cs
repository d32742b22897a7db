using System.Text.Json;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// Reads JSON Lines: one object per line with <c>url, title, text, html, published, source, language</c>. A line's
/// <c>text</c> is taken as the article; a line with only <c>html</c> goes through the HTML extractor. A malformed line is
/// a problem naming its line number, and the lines after it are still read.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowTrailingCommas = true };

    public static ReadResult Read(string content, Origin origin, HtmlArticleExtractor html, int maxDocuments)
    {
        var documents = new List<RawDocument>();
        var problems = new List<Problem>();
        var lineNumber = 0;
        var start = 0;
        while (start <= content.Length)
        {
            var end = content.IndexOf('\n', start);
            if (end < 0)
            {
                end = content.Length;
            }

            lineNumber++;
            var line = content.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.IsEmpty)
            {
                continue;
            }

            if (documents.Count >= maxDocuments)
            {
                problems.Add(Problem(origin, lineNumber, ProblemCodes.TooLarge, $"more than {maxDocuments:N0} documents; the rest is not read"));
                break;
            }

            var (document, problem) = ReadLine(line.ToString(), origin, lineNumber, html);
            if (document is not null)
            {
                documents.Add(document);
            }

            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        if (documents.Count == 0 && problems.Count == 0)
        {
            problems.Add(new Problem(ProblemCodes.Empty, $"{origin.Location}: no JSON lines", origin.Location));
        }

        return new ReadResult(documents, problems);
    }

    private static (RawDocument? Document, Problem? Problem) ReadLine(string line, Origin origin, int lineNumber, HtmlArticleExtractor html)
    {
        try
        {
            using var json = JsonDocument.Parse(line, Options);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Problem(origin, lineNumber, ProblemCodes.Json, $"expected an object, found {root.ValueKind}"));
            }

            var text = StringOf(root, "text");
            var markup = StringOf(root, "html");
            var url = StringOf(root, "url");
            HtmlArticle? article = null;
            if (string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(markup))
            {
                article = html.Extract(markup, url);
                if (!article.HasText)
                {
                    return (null, Problem(origin, lineNumber, ProblemCodes.NoArticle, "no article text found in the line's html"));
                }

                text = article.Text;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, Problem(origin, lineNumber, ProblemCodes.Empty, "neither \"text\" nor \"html\" holds any text"));
            }

            var published = StringOf(root, "published");
            return (new RawDocument
            {
                Text = text,
                Origin = origin,
                Title = StringOf(root, "title") ?? article?.Title,
                Author = StringOf(root, "author") ?? article?.Author,
                Source = StringOf(root, "source") ?? article?.SiteName,
                Published = (published is null ? null : PartialDate.TryParse(published.Trim()) ?? HtmlMetadata.ParseDate(published))
                            ?? article?.Published,
                Language = StringOf(root, "language") ?? article?.Language,
            }, null);
        }
        catch (JsonException ex)
        {
            return (null, Problem(origin, lineNumber, ProblemCodes.Json, $"invalid JSON: {ex.Message}"));
        }
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s
            ? s
            : null;

    private static Problem Problem(Origin origin, int line, string code, string message) =>
        new(code, $"{origin.Location}:{line}: {message}", $"{origin.Location}:{line}");
}
