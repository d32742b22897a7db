using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Unicode;
using Ponte.Core.Model;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// Reads files, folders (recursively, sorted, hidden entries skipped), gzip files, JSON Lines, HTML pages, RSS/Atom feeds,
/// standard input ("-") and http(s) URLs into raw documents. Every data problem — missing, empty, binary, badly encoded,
/// too large, truncated, malformed — is a <see cref="Problem"/> naming the input; the next input is read regardless.
/// Each document's <see cref="Origin.Location"/> is the path as the user typed it (a folder joined with the relative path).
/// </summary>
public sealed class InputReader : IInputReader
{
    private const int CopyBufferSize = 81920;

    private readonly IngestOptions _options;
    // One client for the process: HttpClient pools connections and is meant to be shared.
    private static readonly HttpClient SharedHttp = CreateClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });

    private readonly HttpClient _http;
    private readonly Func<Stream> _standardInput;
    private readonly HtmlArticleExtractor _html;

    /// <summary>Builds a reader; <paramref name="httpHandler"/> and <paramref name="standardInput"/> let hosts and tests substitute I/O.</summary>
    public InputReader(IngestOptions? options = null, HttpMessageHandler? httpHandler = null, Func<Stream>? standardInput = null)
    {
        _options = (options ?? new IngestOptions()).Validate();
        _http = httpHandler is null ? SharedHttp : CreateClient(httpHandler);
        _standardInput = standardInput ?? Console.OpenStandardInput;
        _html = HtmlArticleExtractor.Default;
    }

    private static HttpClient CreateClient(HttpMessageHandler handler)
    {
        // The per-request timeout below replaces HttpClient's, which would not cover reading the body.
        var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Ponte", "1.0"));
        return client;
    }

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(InputSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var location = source.Location;
        if (location == "-")
        {
            return [ReadStandardInput()];
        }

        if (location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
            location.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return [ReadUrl(location, cancellationToken)];
        }

        if (Directory.Exists(location))
        {
            return ReadFolder(location, cancellationToken);
        }

        return [ReadFile(location)];
    }

    private IEnumerable<ReadResult> ReadFolder(string folder, CancellationToken cancellationToken)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = pending.Pop();
            var (files, folders, error) = List(current);
            if (error is not null)
            {
                yield return error;
            }

            // Ordinal order, so two runs over the same tree read it identically on every platform.
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(folders, StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (TakesFromFolder(file))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return ReadFile(file);
                }
            }

            for (var i = folders.Length - 1; i >= 0; i--)
            {
                if (EntersFolder(folders[i]))
                {
                    pending.Push(folders[i]);
                }
            }
        }
    }

    private static (string[] Files, string[] Folders, ReadResult? Error) List(string folder)
    {
        try
        {
            return (Directory.GetFiles(folder), Directory.GetDirectories(folder), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], [], Failed(ProblemCodes.Unreadable, folder, $"cannot list folder: {ex.Message}"));
        }
    }

    /// <summary>Whether a file met while walking a folder is read: not hidden, and of a kind Ponte reads (hosts size their progress by it).</summary>
    public static bool TakesFromFolder(string file) => !IsHidden(file) && !IsFolderDocumentation(file) && IsReadableKind(file);

    /// <summary>
    /// A folder's own documentation (README, LICENSE, CHANGELOG…) describes the folder, it is not news: walking a folder skips
    /// it; naming the file reads it.
    /// </summary>
    private static bool IsFolderDocumentation(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return FolderDocumentation.Contains(name);
    }

    private static readonly HashSet<string> FolderDocumentation = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING", "NOTICE", "AUTHORS",
    };

    /// <summary>Whether a folder met while walking a folder is entered: any folder that is not hidden.</summary>
    public static bool EntersFolder(string folder) => !IsHidden(folder);

    /// <summary>In a folder only files whose extension names a kind Ponte reads are taken; images and the like are not news.</summary>
    private static bool IsReadableKind(string path)
    {
        var kind = ContentSniffer.FromExtension(path);
        return kind == ContentKind.Gzip
            ? ContentSniffer.FromExtension(path[..^Path.GetExtension(path).Length]) != ContentKind.Unknown
            : kind != ContentKind.Unknown;
    }

    private static bool IsHidden(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.'))
        {
            return true;
        }

        try
        {
            return (File.GetAttributes(path) & FileAttributes.Hidden) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private ReadResult ReadFile(string path)
    {
        var origin = new Origin(path, Origin.FileKind);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(ProblemCodes.NotFound, path, "no such file or folder");
            }

            // The length is checked before reading, so a huge file never enters memory.
            if (info.Length > _options.MaxBytes)
            {
                return TooLarge(path, info.Length);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var read = ReadBounded(stream);
            if (read is null)
            {
                return TooLarge(path, null);
            }

            bytes = read;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(ProblemCodes.Unreadable, path, $"cannot read: {ex.Message}");
        }

        return ReadBytes(bytes, origin, ContentSniffer.FromExtension(path), path, charset: null);
    }

    private ReadResult ReadStandardInput()
    {
        var origin = new Origin("-", Origin.StdinKind);
        byte[]? bytes;
        try
        {
            using var stream = _standardInput();
            bytes = ReadBounded(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Failed(ProblemCodes.Unreadable, "-", $"cannot read standard input: {ex.Message}");
        }

        return bytes is null ? TooLarge("-", null) : ReadBytes(bytes, origin, ContentKind.Unknown, "-", charset: null);
    }

    private ReadResult ReadUrl(string url, CancellationToken cancellationToken)
    {
        var origin = new Origin(url, Origin.UrlKind);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return Failed(ProblemCodes.NotFound, url, "not a valid URL");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.HttpTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = _http.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);

            // Disposing the response is what interrupts a synchronous read of a body that stalls past the timeout.
            using var abort = timeout.Token.Register(response.Dispose);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                return Failed(ProblemCodes.NotFound, url, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failed(ProblemCodes.Unreadable, url, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var length = response.Content.Headers.ContentLength;
            if (length > _options.MaxBytes)
            {
                return TooLarge(url, length);
            }

            using var stream = response.Content.ReadAsStream(timeout.Token);
            var bytes = ReadBounded(stream);
            if (bytes is null)
            {
                return TooLarge(url, null);
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
            var kind = mediaType switch
            {
                "text/html" or "application/xhtml+xml" => ContentKind.Html,
                "application/rss+xml" or "application/atom+xml" => ContentKind.Feed,
                "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => ContentKind.JsonLines,
                "text/plain" => ContentKind.Text,
                "application/gzip" or "application/x-gzip" => ContentKind.Gzip,
                _ => ContentSniffer.FromExtension(uri.AbsolutePath),
            };
            return ReadBytes(bytes, origin, kind, uri.AbsolutePath, response.Content.Headers.ContentType?.CharSet);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested &&
                                   ex is OperationCanceledException or ObjectDisposedException or IOException or HttpRequestException)
        {
            return Failed(ProblemCodes.Unreadable, url, $"no complete answer within {_options.HttpTimeout.TotalSeconds:0.#} s");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidOperationException or NotSupportedException)
        {
            return Failed(ProblemCodes.Unreadable, url, $"cannot download: {ex.Message}");
        }
    }

    /// <summary>Reads at most <see cref="IngestOptions.MaxBytes"/> bytes, or null when the stream holds more.</summary>
    private byte[]? ReadBounded(Stream stream)
    {
        using var buffer = new MemoryStream();
        int n;

        // A file tells its length: one array of that size, rather than a buffer that doubles up to it and is copied at the end
        // (a 5 MB JSON Lines file cost 21 MB of large-object allocations, each of which brings a full collection closer).
        // A file that grows while it is read goes on into the buffer; one that shrinks gives what it had.
        if (stream.CanSeek)
        {
            var length = stream.Length - stream.Position;
            if (length > _options.MaxBytes)
            {
                return null;
            }

            var exact = new byte[length];
            var read = 0;
            while (read < exact.Length && (n = stream.Read(exact, read, exact.Length - read)) > 0)
            {
                read += n;
            }

            if (read < exact.Length)
            {
                return exact[..read];
            }

            var next = stream.ReadByte();
            if (next < 0)
            {
                return exact;
            }

            if (length + 1 > _options.MaxBytes)
            {
                return null;
            }

            buffer.Write(exact);
            buffer.WriteByte((byte)next);
        }

        var chunk = new byte[CopyBufferSize];
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > _options.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>Dispatches bytes on their kind: the name's, or, when the name says nothing or lies, the content's.</summary>
    private ReadResult ReadBytes(byte[] bytes, Origin origin, ContentKind kind, string name, string? charset)
    {
        var location = origin.Location;
        if (bytes.Length == 0 || (bytes.Length < 4096 && bytes.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0))
        {
            return Failed(ProblemCodes.Empty, location, "the input is empty");
        }

        if (kind == ContentKind.Gzip || ContentSniffer.IsGzip(bytes))
        {
            var inner = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".gzip", StringComparison.OrdinalIgnoreCase)
                ? name[..^Path.GetExtension(name).Length]
                : name;
            return ReadGzip(bytes, origin, ContentSniffer.FromExtension(inner), charset);
        }

        if (ContentSniffer.BinaryKind(bytes) is { } binary)
        {
            return Failed(ProblemCodes.Binary, location, $"this is a {binary}, not text");
        }

        if (kind == ContentKind.Unknown && TextDecoder.Bom(bytes).Encoding is null)
        {
            // Markup is ASCII, so the first bytes tell HTML from text before any decoding policy is applied.
            kind = ContentSniffer.FromText(Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 2048)));
        }

        return kind switch
        {
            ContentKind.Html => ReadHtml(bytes, origin, charset),
            _ => ReadDecoded(bytes, origin, kind, charset),
        };
    }

    private ReadResult ReadDecoded(byte[] bytes, Origin origin, ContentKind kind, string? charset)
    {
        // JSON Lines in UTF-8 (as JSON is meant to be) are parsed line by line from the bytes; any other encoding is decoded
        // by the policy first.
        if (kind == ContentKind.JsonLines && (charset is null || TextDecoder.EncodingOf(charset) is { CodePage: 65001 }))
        {
            var (bom, bomLength) = TextDecoder.Bom(bytes);
            var body = bytes.AsMemory(bomLength);
            if ((bom is null || bom.CodePage == 65001) && TextDecoder.Utf16WithoutBom(bytes) is null && Utf8.IsValid(body.Span))
            {
                return JsonLinesReader.Read(body, origin, _html, _options.MaxDocumentsPerInput);
            }
        }

        var decoded = charset is not null && TextDecoder.EncodingOf(charset) is { } declared
            ? new DecodedText(declared.GetString(bytes), declared, null, null)
            : TextDecoder.DecodeText(bytes);
        if (decoded.Text is null)
        {
            return Failed(decoded.ProblemCode ?? ProblemCodes.Encoding, origin.Location, decoded.Reason ?? "cannot decode");
        }

        var text = decoded.Text;
        if (kind == ContentKind.Unknown)
        {
            kind = ContentSniffer.FromText(text);
        }

        return kind switch
        {
            ContentKind.Html => ReadHtml(bytes, origin, charset),
            ContentKind.JsonLines => JsonLinesReader.Read(text, origin, _html, _options.MaxDocumentsPerInput),
            ContentKind.Feed => FeedReader.Read(text, origin, _options.MaxDocumentsPerInput),
            _ => ReadText(text, origin),
        };
    }

    private static ReadResult ReadText(string text, Origin origin)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(ProblemCodes.Empty, origin.Location, "the input holds only white space");
        }

        return ReadResult.Of(new RawDocument { Text = text, Origin = origin });
    }

    private ReadResult ReadHtml(byte[] bytes, Origin origin, string? charset)
    {
        var url = origin.Kind == Origin.UrlKind ? origin.Location : null;
        var article = _html.Extract(bytes, charset, url);
        if (!article.HasText)
        {
            return Failed(ProblemCodes.NoArticle, origin.Location, "no article text found in the page");
        }

        return ReadResult.Of(new RawDocument
        {
            Text = article.Text,
            Origin = origin,
            Title = article.Title,
            Author = article.Author,
            Source = article.SiteName,
            Published = article.Published,
            Language = article.Language,
        });
    }

    /// <summary>
    /// Expands gzip within the size limit. .NET's decoder ends quietly on a cut stream, so completeness is checked against
    /// the trailer's ISIZE (length mod 2^32). A truncated JSON Lines file keeps its complete lines; other kinds keep nothing.
    /// </summary>
    private ReadResult ReadGzip(byte[] compressed, Origin origin, ContentKind inner, string? charset)
    {
        var location = origin.Location;
        byte[]? expanded;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            expanded = ReadBounded(gzip);
        }
        catch (InvalidDataException ex)
        {
            return Failed(ProblemCodes.Gzip, location, $"broken gzip data: {ex.Message}");
        }

        if (expanded is null)
        {
            return Failed(ProblemCodes.TooLarge, location, $"expands to more than the {_options.MaxBytes:N0}-byte limit");
        }

        var complete = compressed.Length >= 18 &&
                       BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4)) == (uint)expanded.Length;
        if (complete)
        {
            if (expanded.Length == 0)
            {
                return Failed(ProblemCodes.Empty, location, "the gzip file expands to nothing");
            }

            return ReadBytes(expanded, origin, inner == ContentKind.Gzip ? ContentKind.Unknown : inner, location, charset);
        }

        var truncated = new Problem(ProblemCodes.Gzip,
            $"{location}: truncated gzip file (read {expanded.Length:N0} bytes before it ended)", location);
        var lastLine = expanded.AsSpan().LastIndexOf((byte)'\n');
        var kind = inner == ContentKind.Unknown && expanded.Length > 0 && expanded[0] == (byte)'{' ? ContentKind.JsonLines : inner;
        if (kind != ContentKind.JsonLines || lastLine < 0)
        {
            return ReadResult.Failed(truncated);
        }

        var partial = ReadBytes(expanded[..(lastLine + 1)], origin, ContentKind.JsonLines, location, charset);
        return new ReadResult(partial.Documents, [.. partial.Problems, truncated]);
    }

    private ReadResult TooLarge(string location, long? length) =>
        Failed(ProblemCodes.TooLarge, location, length is { } n
            ? $"{n:N0} bytes exceeds the {_options.MaxBytes:N0}-byte limit"
            : $"more than the {_options.MaxBytes:N0}-byte limit");

    private static ReadResult Failed(string code, string location, string message) =>
        ReadResult.Failed(new Problem(code, $"{location}: {message}", location));
}
