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

    /// <summary>Reads JSON Lines decoded from another encoding than UTF-8.</summary>
    public static ReadResult Read(string content, Origin origin, HtmlArticleExtractor html, int maxDocuments) =>
        Read(System.Text.Encoding.UTF8.GetBytes(content), origin, html, maxDocuments);

    /// <summary>
    /// Reads JSON Lines from their UTF-8 bytes (a byte-order mark already skipped), each line parsed where it lies: a file is
    /// never decoded to one string (a large object for every file of a few thousand articles, and a full collection closer).
    /// </summary>
    public static ReadResult Read(ReadOnlyMemory<byte> content, Origin origin, HtmlArticleExtractor html, int maxDocuments)
    {
        var documents = new List<RawDocument>();
        var problems = new List<Problem>();
        var lineNumber = 0;
        var start = 0;
        var bytes = content.Span;
        while (start <= bytes.Length)
        {
            var end = bytes[start..].IndexOf((byte)'\n');
            end = end < 0 ? bytes.Length : start + end;
            lineNumber++;
            var (from, to) = Trimmed(bytes, start, end);
            start = end + 1;
            if (from == to)
            {
                continue;
            }

            var line = content[from..to];

            if (documents.Count >= maxDocuments)
            {
                problems.Add(Problem(origin, lineNumber, ProblemCodes.TooLarge, $"more than {maxDocuments:N0} documents; the rest is not read"));
                break;
            }

            var (document, problem) = ReadLine(line, origin, lineNumber, html);
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

    // The line without the white space around it, as the bytes of JSON have it (space, tab, CR, LF).
    private static (int From, int To) Trimmed(ReadOnlySpan<byte> bytes, int from, int to)
    {
        while (from < to && bytes[from] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            from++;
        }

        while (to > from && bytes[to - 1] is (byte)' ' or (byte)'\t' or (byte)'\r')
        {
            to--;
        }

        return (from, to);
    }

    private static (RawDocument? Document, Problem? Problem) ReadLine(ReadOnlyMemory<byte> line, Origin origin, int lineNumber, HtmlArticleExtractor html)
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
