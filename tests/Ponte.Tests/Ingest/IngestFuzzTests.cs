using System.Text;
using CsCheck;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Ingest;

/// <summary>Every ingest parser is total: arbitrary input gives a value, never an exception.</summary>
public sealed class IngestFuzzTests
{
    private static readonly Gen<string> Messy = Gen.OneOf(
        Gen.String,
        Gen.Char['\0', '\u024F'].Array[0, 300].Select(c => new string(c)),
        Gen.OneOf("JAKARTA, ", "Rome (VNA) – ", "(", ")", "--", " ", "\n", "By ", "(Photo: ", "KUALA LUMPUR:", "Theo phóng viên ", "ĐÀ", "<p>", "</div>", "<meta charset=x>", "{", "\"")
            .Array[0, 40].Select(parts => string.Concat(parts)));

    [Fact]
    public void Header_parser_and_outlet_finder_accept_any_text() =>
        Messy.Sample(text =>
        {
            var header = ArticleHeaderParser.Default.Parse(text);
            if (header.Dateline is { } dateline)
            {
                Assert.InRange(dateline.Span.End, dateline.Span.Start, text.Length);
            }

            if (header.Title is { } title)
            {
                Assert.InRange(title.End, title.Start, text.Length);
            }

            _ = SourceOutlet.Default.Find(text, header.Dateline);
        }, iter: 2000);

    [Fact]
    public void Html_extractor_accepts_any_markup() =>
        Messy.Sample(html => Assert.NotNull(HtmlArticleExtractor.Default.Extract(html).Text), iter: 200);

    [Fact]
    public void Reader_accepts_any_bytes_on_standard_input() =>
        Gen.OneOf(Gen.Byte.Array[0, 2000], Messy.Select(s => Encoding.UTF8.GetBytes(s))).Sample(bytes =>
        {
            var reader = new InputReader(new IngestOptions { MaxBytes = 1500 }, standardInput: () => new MemoryStream(bytes));
            var result = Assert.Single(reader.Read(new InputSource("-")));
            Assert.True(result.Documents.Count + result.Problems.Count > 0);
        }, iter: 300);
}
