using CsCheck;
using Ponte.Languages;

namespace Ponte.Tests.Extraction.Dates;

/// <summary>The date and figure extractors are total: any text, any language, no exception, spans inside the text.</summary>
public sealed class ExtractorPropertyTests
{
    private static readonly string[] Fragments =
    [
        "February 20", "Nov 13", "13/11/2025", "2025-11-13", "11/13/25", "on Thursday", "in 2024", "2017", "Q3", "first half of",
        "US$28.1 billion", "$3bn", "€3.000 miliardi", "28,1 tỷ USD", "1.234,5", "1,234.5", "RM1.2 bilion", "Rp15 miliar",
        "₱1.5 billion", "฿5 พันล้านบาท", "5,000 ล้านบาท", "13 พฤศจิกายน 2568", "ปี 2568", "พ.ศ.", "tháng 9/2020", "ngày 20/2",
        "6 tháng đầu năm 2023", "năm 2016", "hơn 600 công ty", "il 5 luglio", "nel primo semestre", "ika-13 ng Nobyembre",
        "mahigit", "more than", "600 companies", "5%", "per cento", "9th", "+84", "0912-345-678", "99999999999999999999999",
        "1.2.3.4.5.6.7.8.9", "//", "--", ",", ".", "(", "’", "\n", " ", "in", "from", "to", "said", "while", "ASEAN", "2", "31/02/2023",
        "29 February", "ngày", "tháng", "năm", "yesterday", "1e9", "٣", "๑๒", "\u0301", "\uD83D\uDE00",
    ];

    private static readonly Gen<string> Soup =
        Gen.OneOf(Fragments).Array[0, 30].Select(parts => string.Join(" ", parts));

    private static readonly Gen<string> Noise = Gen.String[0, 200];

    private static readonly string[] Languages = [.. LanguagePacks.Available, "und", "xx"];

    [Fact]
    public void Extractors_never_throw_and_spans_stay_in_bounds_on_fragment_soup()
    {
        Gen.Select(Soup, Gen.Int[0, Languages.Length - 1]).Sample((text, language) => Check(text, Languages[language]), iter: 600);
    }

    [Fact]
    public void Extractors_never_throw_and_spans_stay_in_bounds_on_random_text()
    {
        Gen.Select(Noise, Gen.Int[0, Languages.Length - 1]).Sample((text, language) => Check(text, Languages[language]), iter: 600);
    }

    private static void Check(string text, string language)
    {
        var context = DateTestContext.Figures(text, language);
        foreach (var date in context.Dates)
        {
            Assert.InRange(date.Span.Start, 0, text.Length);
            Assert.InRange(date.Span.End, date.Span.Start + 1, text.Length);
            Assert.Equal(date.Text, text[date.Span.Start..date.Span.End]);
        }

        foreach (var figure in context.Figures)
        {
            Assert.InRange(figure.Span.Start, 0, text.Length);
            Assert.InRange(figure.Span.End, figure.Span.Start + 1, text.Length);
            Assert.Equal(figure.Text, text[figure.Span.Start..figure.Span.End]);
            Assert.True(figure.Value >= 0);
        }
    }
}
