using System.Diagnostics;
using CsCheck;
using Ponte.Core.Model;
using Ponte.Tests.Language;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>Any text gives a result, never an exception, in bounded time, with every mention inside the text.</summary>
public sealed class EntityTotalityTests
{
    private static readonly string[] Languages = ["en", "vi", "it", "ms", "id", "tl", "th", "und", "fr"];

    // Pieces that reach the extractor's paths: titles, heads, connectors, brackets, quotes, lists, Thai and Vietnamese.
    private static readonly string[] Pieces =
    [
        "Ambassador", "Dr", "Mr", "ông", "Đại sứ", "Datuk Seri", "bin", "ministro", "Menteri", "Pangulong", "นาย", "เอกอัครราชทูต",
        "Association", "Hiệp hội", "Committee", "Bộ", "Space", "Strategy", "Dialogue", "Đối tác", "initiative", "such as", "như",
        "of", "the", "and", "in", "của", "tại", "di", "(", ")", "(ACR)", "\"", "“", "”", ",", ".", "-", "'s", "its", "he said",
        "Nguyen", "Kao", "ASEAN", "Italy", "Rome", "Houson", "châu Á", "JAKARTA", "US$", "9th", "lần thứ", "ke-9", "\n", " ", "  ",
        "Rossi", "Maria", "By", "Oleh", "former", "cựu", "who is", "là", "gồm", "A", "The", "Ủy ban", "กระทรวง", "ณ",
    ];

    private static readonly Gen<string> Phrases = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 60].Select(parts => string.Join(" ", parts));

    [Fact]
    public void Random_text_never_throws_and_mentions_stay_inside_it()
    {
        RandomText.Strings.Sample(text =>
        {
            foreach (var language in Languages)
            {
                Check(text, language);
            }
        }, iter: 300);
    }

    [Fact]
    public void Random_sequences_of_cue_words_never_throw()
    {
        Phrases.Sample(text =>
        {
            foreach (var language in Languages)
            {
                Check(text, language);
            }
        }, iter: 500);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("(")]
    [InlineData("()")]
    [InlineData("(ABC)")]
    [InlineData("\"")]
    [InlineData("-- BERNAMA")]
    [InlineData("By")]
    [InlineData("Ambassador")]
    [InlineData("Ambassador,")]
    [InlineData("ông")]
    [InlineData("such as")]
    [InlineData("the 9th")]
    [InlineData("\uD800\uDC00\uDFFF\uD800")]
    public void Edge_texts_never_throw(string text)
    {
        foreach (var language in Languages)
        {
            Check(text, language);
        }
    }

    [Fact]
    public void A_long_single_line_and_binary_noise_finish_quickly()
    {
        var random = new Random(7);
        var noise = new string(Enumerable.Range(0, 100_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
        var line = string.Concat(Enumerable.Repeat("Minister Anna Rossi of the Italy-ASEAN Association (IAA) met ASEAN ", 1_500));
        var sw = Stopwatch.StartNew();
        Check(noise, "en");
        Check(line, "en");
        Check(line, "vi");
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    private static void Check(string text, string language)
    {
        var entities = EntityTestKit.Extract(text, language);
        foreach (var entity in entities)
        {
            Assert.False(string.IsNullOrEmpty(entity.Name));
            Assert.False(string.IsNullOrEmpty(entity.Key));
            Assert.NotEmpty(entity.Mentions);
            foreach (var mention in entity.Mentions)
            {
                Assert.InRange(mention.Span.Start, 0, text.Length);
                Assert.InRange(mention.Span.End, mention.Span.Start + 1, text.Length);
            }
        }
    }
}
