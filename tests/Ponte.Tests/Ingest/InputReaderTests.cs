using System.Net;
using System.Text;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Ingest;

public sealed class InputReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<ReadResult> ReadAll(string location, IngestOptions? options = null) =>
        new InputReader(options).Read(new InputSource(location)).ToList();

    private static ReadResult ReadOne(string location, IngestOptions? options = null) => Assert.Single(ReadAll(location, options));

    private static byte[] BrokenUtf8()
    {
        // Mostly well-formed Vietnamese UTF-8 with two sequences cut in half: damaged UTF-8, not another encoding.
        var good = Encoding.UTF8.GetBytes("Hội nghị thượng đỉnh khu vực được tổ chức tại thủ đô trong ba ngày với nhiều đoàn đại biểu.");
        var bytes = new List<byte>(good);
        bytes.InsertRange(10, new byte[] { 0xE1, 0xBB });
        bytes.InsertRange(40, new byte[] { 0xC3 });
        return bytes.ToArray();
    }

    public static TheoryData<string, string> BadInputs() => new()
    {
        { "empty", ProblemCodes.Empty },
        { "whitespace", ProblemCodes.Empty },
        { "png-as-txt", ProblemCodes.Binary },
        { "nul-bytes", ProblemCodes.Binary },
        { "broken-utf8", ProblemCodes.Encoding },
        { "undefined-1252", ProblemCodes.Encoding },
        { "truncated-gz", ProblemCodes.Gzip },
        { "not-gzip", ProblemCodes.Gzip },
        { "too-large", ProblemCodes.TooLarge },
        { "gz-bomb", ProblemCodes.TooLarge },
        { "missing", ProblemCodes.NotFound },
        { "no-article", ProblemCodes.NoArticle },
        { "bad-feed", ProblemCodes.Feed },
        { "feed-with-dtd", ProblemCodes.Feed },
    };

    private string MakeBadInput(string name) => name switch
    {
        "empty" => _temp.Write("empty.txt", []),
        "whitespace" => _temp.Write("blank.txt", "  \n\n\t \n"),
        "png-as-txt" => _temp.Write("photo.txt", Samples.Png),
        "nul-bytes" => _temp.Write("data.txt", [.. "abc"u8, 0, 0, 1, 2, .. "def"u8]),
        "broken-utf8" => _temp.Write("broken.txt", BrokenUtf8()),
        "undefined-1252" => _temp.Write("odd.txt", [.. "caf"u8, 0x81, 0x8D, .. " au lait"u8]),
        "truncated-gz" => _temp.Write("cut.txt.gz", Samples.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Samples.Paragraph1 + "\n", 50))))[..60]),
        "not-gzip" => _temp.Write("fake.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]),
        "too-large" => _temp.Write("big.txt", Encoding.UTF8.GetBytes(new string('a', 5000))),
        "gz-bomb" => _temp.Write("bomb.txt.gz", Samples.Gzip(Encoding.UTF8.GetBytes(new string('a', 50_000)))),
        "missing" => Path.Combine(_temp.Path, "nowhere.txt"),
        "no-article" => _temp.Write("menu.html", "<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>"),
        "bad-feed" => _temp.Write("feed.xml", "<rss version=\"2.0\"><channel><title>T</title><item><title>x</item></channel>"),
        "feed-with-dtd" => _temp.Write("evil.rss",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Each_bad_input_is_one_problem_with_its_code_and_its_name(string input, string code)
    {
        var path = MakeBadInput(input);
        var result = ReadOne(path, new IngestOptions { MaxBytes = 4000 });

        Assert.Empty(result.Documents);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(path, problem.Source);
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_large_file_is_rejected_by_its_length_without_being_read()
    {
        var path = _temp.Write("huge.txt", []);
        using (var stream = File.OpenWrite(path))
        {
            // A sparse 3 GB file: reading it into memory would fail the test machine, not just the test.
            stream.SetLength(3L * 1024 * 1024 * 1024);
        }

        var problem = Assert.Single(ReadOne(path).Problems);

        Assert.Equal(ProblemCodes.TooLarge, problem.Code);
        Assert.Contains("3,221,225,472", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_byte_order_mark_is_read_in_either_byte_order()
    {
        const string text = "Đại hội thường niên — “kết quả tốt”, 2024.";
        var le = _temp.Write("le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        var be = _temp.Write("be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]);

        Assert.Equal(text, Assert.Single(ReadOne(le).Documents).Text);
        Assert.Equal(text, Assert.Single(ReadOne(be).Documents).Text);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var path = _temp.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "Ciao a tutti."u8]);

        Assert.Equal("Ciao a tutti.", Assert.Single(ReadOne(path).Documents).Text);
    }

    [Fact]
    public void Windows_1252_without_a_charset_is_decoded()
    {
        // "Le café coûte 3 € — c’est la vie." in Windows-1252: é=E9, û=FB, €=80, —=97, ’=92.
        byte[] bytes = [.. "Le caf"u8, 0xE9, .. " co"u8, 0xFB, .. "te 3 "u8, 0x80, .. " "u8, 0x97, .. " c"u8, 0x92, .. "est la vie."u8];
        var path = _temp.Write("legacy.txt", bytes);

        Assert.Equal("Le café coûte 3 € — c’est la vie.", Assert.Single(ReadOne(path).Documents).Text);
    }

    [Fact]
    public void Html_declaring_windows_1252_in_a_meta_tag_is_decoded_with_it()
    {
        var html = Samples.ArticlePage().Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
            StringComparison.Ordinal).Replace("Engineers said", "Engineers’ report said", StringComparison.Ordinal);
        var path = _temp.Write("legacy.html", Samples.Windows1252.GetBytes(html));

        var document = Assert.Single(ReadOne(path).Documents);

        Assert.Contains("Engineers’ report said", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_file_yields_the_article_body_and_page_metadata()
    {
        var path = _temp.Write("page.html", Samples.ArticlePage());

        var document = Assert.Single(ReadOne(path).Documents);

        Assert.Equal(string.Join("\n\n", Samples.Paragraph1, Samples.Paragraph2, Samples.Paragraph3, Samples.Paragraph4), document.Text);
        Assert.Equal("Flood barrier opens after four years", document.Title);
        Assert.Equal("Ana Ferreira", document.Author);
        Assert.Equal("Lowland Courier", document.Source);
        Assert.Equal("2024-03-05", document.Published?.ToString());
        Assert.Equal(path, document.Origin.Location);
    }

    [Fact]
    public void Json_lines_read_text_and_html_and_report_a_bad_line_by_number()
    {
        var html = System.Text.Json.JsonSerializer.Serialize(Samples.ArticlePage());
        var path = _temp.Write("batch.jsonl", $$"""
            {"url":"https://example.org/a","title":"First","text":"{{Samples.Paragraph1}}","published":"2024-02-01","source":"Courier","language":"en"}
            {"url":"https://example.org/b" "title": broken
            {"url":"https://example.org/c","html":{{html}}}

            """);

        var result = ReadOne(path);

        Assert.Equal(2, result.Documents.Count);
        Assert.Equal("First", result.Documents[0].Title);
        Assert.Equal("2024-02-01", result.Documents[0].Published?.ToString());
        Assert.Equal("en", result.Documents[0].Language);
        Assert.Equal("Courier", result.Documents[0].Source);
        Assert.StartsWith(Samples.Paragraph1, result.Documents[1].Text, StringComparison.Ordinal);
        Assert.Equal("Flood barrier opens after four years", result.Documents[1].Title);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCodes.Json, problem.Code);
        Assert.Contains(":2:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_with_a_byte_order_mark_and_windows_line_ends_are_read_line_by_line()
    {
        var lines = "\uFEFF{\"title\":\"Đà Nẵng port\",\"text\":\"Cảng Đà Nẵng đón tàu.\"}\r\n  \r\n\t{\"title\":\"Second\",\"text\":\"Two.\"} \r\n{broken\r\n";
        var path = _temp.Write("crlf.jsonl", Encoding.UTF8.GetBytes(lines));

        var result = ReadOne(path);

        Assert.Equal(["Đà Nẵng port", "Second"], result.Documents.Select(d => d.Title!).ToArray());
        Assert.Equal("Cảng Đà Nẵng đón tàu.", result.Documents[0].Text);
        Assert.Contains(":4:", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_in_windows_1252_are_still_decoded_first()
    {
        // "é" as the single byte 0xE9: no UTF-8, so the file goes through the decoding policy as before.
        var bytes = Encoding.Latin1.GetBytes("{\"title\":\"Caff\u00e8\",\"text\":\"Un caff\u00e8 a Roma.\"}\n");
        var path = _temp.Write("latin.jsonl", bytes);

        var document = Assert.Single(ReadOne(path).Documents);

        Assert.Equal("Un caff\u00e8 a Roma.", document.Text);
    }

    [Fact]
    public void Truncated_json_lines_gzip_keeps_the_complete_lines()
    {
        var lines = string.Concat(Enumerable.Range(1, 200).Select(i => $"{{\"title\":\"Item {i}\",\"text\":\"{Samples.Paragraph2} Number {i}.\"}}\n"));
        var full = Samples.Gzip(Encoding.UTF8.GetBytes(lines));
        var path = _temp.Write("cut.jsonl.gz", full[..(full.Length * 2 / 3)]);

        var result = ReadOne(path);

        Assert.NotEmpty(result.Documents);
        Assert.True(result.Documents.Count < 200);
        Assert.All(result.Documents, d => Assert.EndsWith(".", d.Text, StringComparison.Ordinal));
        Assert.Equal(ProblemCodes.Gzip, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Complete_gzip_is_read_as_what_it_holds()
    {
        var path = _temp.Write("page.html.gz", Samples.Gzip(Encoding.UTF8.GetBytes(Samples.ArticlePage())));

        var document = Assert.Single(ReadOne(path).Documents);

        Assert.StartsWith(Samples.Paragraph1, document.Text, StringComparison.Ordinal);
        Assert.Equal(path, document.Origin.Location);
    }

    [Fact]
    public void Rss_feed_items_become_documents()
    {
        var path = _temp.Write("news.rss", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Lowland Courier</title><link>https://example.org</link><description>News</description>
                <item><title>Barrier opens</title><link>https://example.org/1</link><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>{Samples.Paragraph1}</p><p>{Samples.Paragraph2}</p>]]></content:encoded></item>
                <item><title>Road reopens</title><link>https://example.org/2</link><pubDate>5 marzo 2024</pubDate><description>&lt;p&gt;{Samples.Paragraph4}&lt;/p&gt;</description></item>
              </channel>
            </rss>
            """);

        var result = ReadOne(path);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Documents.Count);
        Assert.Equal(Samples.Paragraph1 + "\n\n" + Samples.Paragraph2, result.Documents[0].Text);
        Assert.Equal("Barrier opens", result.Documents[0].Title);
        Assert.Equal("2024-03-05", result.Documents[0].Published?.ToString());
        Assert.Equal("Lowland Courier", result.Documents[0].Source);
        Assert.Equal(Samples.Paragraph4, result.Documents[1].Text);
    }

    [Fact]
    public void Atom_feed_entries_become_documents()
    {
        var path = _temp.Write("news.atom", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>urn:x</id><updated>2024-03-05T00:00:00Z</updated>
              <entry><title>Barrier</title><id>urn:1</id><updated>2024-03-05T00:00:00Z</updated>
                <content type="html">&lt;p&gt;{Samples.Paragraph3}&lt;/p&gt;</content></entry>
            </feed>
            """);

        Assert.Equal(Samples.Paragraph3, Assert.Single(ReadOne(path).Documents).Text);
    }

    [Fact]
    public void Folder_yields_good_documents_and_one_problem_per_bad_file_in_sorted_order()
    {
        var folder = Path.Combine(_temp.Path, "in");
        _temp.Write("in/b.txt", Samples.Paragraph2);
        _temp.Write("in/a.txt", Samples.Paragraph1);
        _temp.Write("in/sub/c.html", Samples.ArticlePage());
        _temp.Write("in/sub/empty.txt", []);
        _temp.Write("in/image.txt", Samples.Png);
        _temp.Write("in/.hidden.txt", "secret notes");
        _temp.Write("in/.git/config.txt", "not news");
        _temp.Write("in/photo.jpg", Samples.Png);

        var results = ReadAll(folder);

        var documents = results.SelectMany(r => r.Documents).ToList();
        var problems = results.SelectMany(r => r.Problems).ToList();
        Assert.Equal(
            [Path.Combine(folder, "a.txt"), Path.Combine(folder, "b.txt"), Path.Combine(folder, "sub", "c.html")],
            documents.Select(d => d.Origin.Location));
        Assert.Equal(
            [(ProblemCodes.Binary, Path.Combine(folder, "image.txt")), (ProblemCodes.Empty, Path.Combine(folder, "sub", "empty.txt"))],
            problems.Select(p => (p.Code, p.Source!)));
    }

    [Fact]
    public void Folder_is_enumerated_lazily()
    {
        _temp.Write("lazy/a.txt", Samples.Paragraph1);
        _temp.Write("lazy/b.txt", Samples.Paragraph2);
        var folder = Path.Combine(_temp.Path, "lazy");

        using var enumerator = new InputReader().Read(new InputSource(folder)).GetEnumerator();
        Assert.True(enumerator.MoveNext());
        File.Delete(Path.Combine(folder, "b.txt"));
        Assert.True(enumerator.MoveNext());

        // b.txt was listed before it vanished, so it is reported as missing rather than crashing the run.
        Assert.Equal(ProblemCodes.NotFound, Assert.Single(enumerator.Current.Problems).Code);
    }

    [Fact]
    public void Standard_input_is_sniffed_and_bounded()
    {
        var html = new InputReader(standardInput: () => new MemoryStream(Encoding.UTF8.GetBytes(Samples.ArticlePage())));
        var text = new InputReader(standardInput: () => new MemoryStream(Encoding.UTF8.GetBytes(Samples.Paragraph1)));
        var big = new InputReader(new IngestOptions { MaxBytes = 100 }, standardInput: () => new MemoryStream(new byte[1000]));

        var fromHtml = Assert.Single(Assert.Single(html.Read(new InputSource("-"))).Documents);
        Assert.StartsWith(Samples.Paragraph1, fromHtml.Text, StringComparison.Ordinal);
        Assert.Equal(new Origin("-", Origin.StdinKind), fromHtml.Origin);
        Assert.Equal(Samples.Paragraph1, Assert.Single(Assert.Single(text.Read(new InputSource("-"))).Documents).Text);
        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(Assert.Single(big.Read(new InputSource("-"))).Problems).Code);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(2_000)]
    public void An_input_that_is_longer_or_shorter_than_it_said_is_read_as_it_is(int claimed)
    {
        // A file that grows or shrinks while it is read: its length at the start is only where reading begins.
        var reader = new InputReader(standardInput: () => new MisreportedLength(Encoding.UTF8.GetBytes(Samples.Paragraph1), claimed));

        Assert.Equal(Samples.Paragraph1, Assert.Single(Assert.Single(reader.Read(new InputSource("-"))).Documents).Text);
    }

    [Fact]
    public void An_input_that_grows_past_the_limit_while_read_is_too_large()
    {
        var reader = new InputReader(new IngestOptions { MaxBytes = 100 }, standardInput: () => new MisreportedLength(new byte[1000], 50));

        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(Assert.Single(reader.Read(new InputSource("-"))).Problems).Code);
    }

    // A seekable stream whose length says something other than what it holds.
    private sealed class MisreportedLength(byte[] content, long claimed) : MemoryStream(content)
    {
        public override long Length => claimed;
    }

    [Fact]
    public void Urls_are_downloaded_and_failures_are_problems()
    {
        using var handler = new FakeHandler((request, token) => request.RequestUri!.AbsolutePath switch
        {
            "/article" => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(Samples.ArticlePage(), Encoding.UTF8, "text/html"),
            },
            "/huge" => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[5000]) },
            "/slow" => Stall(token),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        var reader = new InputReader(new IngestOptions { MaxBytes = 4000, HttpTimeout = TimeSpan.FromMilliseconds(200) }, handler);
        ReadResult Read(string url) => Assert.Single(reader.Read(new InputSource(url)));

        var page = Assert.Single(Read("https://example.org/article").Documents);
        Assert.Equal(new Origin("https://example.org/article", Origin.UrlKind), page.Origin);
        Assert.StartsWith(Samples.Paragraph1, page.Text, StringComparison.Ordinal);
        Assert.Equal(ProblemCodes.NotFound, Assert.Single(Read("https://example.org/gone").Problems).Code);
        Assert.Equal(ProblemCodes.TooLarge, Assert.Single(Read("https://example.org/huge").Problems).Code);
        Assert.Equal(ProblemCodes.Unreadable, Assert.Single(Read("http://example.org/slow").Problems).Code);
    }

    [Fact]
    public void Invalid_options_name_every_bad_field()
    {
        var error = Assert.Throws<ArgumentException>(() => new InputReader(new IngestOptions { MaxBytes = 0, HttpTimeout = TimeSpan.Zero }));

        Assert.Contains("MaxBytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("HttpTimeout", error.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Stall(CancellationToken token)
    {
        // A server that never answers: only the reader's timeout ends the wait.
        token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
        token.ThrowIfCancellationRequested();
        return new HttpResponseMessage(HttpStatusCode.OK);
    }

    private sealed class FakeHandler(Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> respond) : HttpMessageHandler
    {
        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            respond(request, cancellationToken);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(respond(request, cancellationToken));
    }
}
