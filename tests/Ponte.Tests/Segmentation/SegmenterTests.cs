using CsCheck;
using Ponte.Core.Model;
using Ponte.Languages;
using Ponte.Pipeline.Segmentation;
using Ponte.Tests.Language;

namespace Ponte.Tests.Segmentation;

public sealed class SegmenterTests
{
    private static readonly Segmenter Segmenter = Segmenter.Instance;

    private static string[] Sentences(string text, string language) =>
        Segmenter.Segment(text, LanguagePacks.Get(language)).Sentences.Select(s => s.Span.Slice(text)).ToArray();

    private static (string Text, TokenKind Kind)[] Tokens(string text, string language = "en") =>
        Segmenter.Segment(text, LanguagePacks.Get(language)).Tokens.Select(t => (t.Span.Slice(text), t.Kind)).ToArray();

    [Fact]
    public void Splits_at_terminal_punctuation_before_a_capital()
    {
        Assert.Equal(
            ["Trade rose.", "Exports fell!", "Why?", "“We agree.”", "(Talks resume.)", "2024 looks better…", "Really."],
            Sentences("Trade rose. Exports fell! Why? “We agree.” (Talks resume.) 2024 looks better… Really.", "en"));
    }

    [Fact]
    public void Does_not_split_before_a_lower_case_word()
    {
        Assert.Equal(["Ủy ban châu Âu. cùng hai Phó Chủ tịch"], Sentences("Ủy ban châu Âu. cùng hai Phó Chủ tịch", "vi"));
        Assert.Equal(["“Is it over?” he asked."], Sentences("“Is it over?” he asked.", "en"));
    }

    [Fact]
    public void Every_line_break_ends_a_sentence()
    {
        Assert.Equal(
            ["Asean Seeks Deeper Ties With Italy", "By A Reporter", "JAKARTA -- Talks began."],
            Sentences("Asean Seeks Deeper Ties With Italy\nBy A Reporter\n\nJAKARTA -- Talks began.", "en"));
    }

    [Theory]
    [InlineData("en", "Mr. Rossi met Dr. Tan and Prof. Lee on Jan. 5 at the U.S. embassy.")]
    [InlineData("en", "The firm, Acme Corp. Ltd. Co. signed with Gen. Smith, i.e. The Army.")]
    [InlineData("en", "He met J. R. Tolkien and A. Smith.")]
    [InlineData("vi", "TS. Nguyễn Văn An và PGS. Trần Bình làm việc tại TP. Hồ Chí Minh cùng ThS. Lê Hoa.")]
    [InlineData("vi", "Ông Th.S. Phạm Minh và GS.TS. Hoàng Lan đến Q. Ba Đình.")]
    [InlineData("it", "Il Sig. Rossi e la Dott.ssa Bianchi incontrano il Prof. Verdi, l'On. Neri e il Sen. Gallo.")]
    [InlineData("it", "Macchinari, moda ecc. Sono cresciuti, vedi pag. 4 della S.p.A. Rossi.")]
    [InlineData("ms", "Tn. Ahmad dari Syarikat Maju Sdn. Bhd. bertemu Dr. Siti di Jln. Ampang.")]
    [InlineData("id", "Ir. Budi dan Drs. Agus dari PT Maju Tbk. tinggal di Jl. Sudirman No. 5.")]
    [InlineData("tl", "Nagsalita si G. Santos at si Gng. Cruz kasama si Bb. Reyes at Atty. Lim.")]
    [InlineData("th", "ประชุมเมื่อ ม.ค. 2567 ตามปฏิทิน พ.ศ. 2567 ที่กรุงเทพ")]
    public void Abbreviations_of_the_language_do_not_end_a_sentence(string language, string text)
    {
        Assert.Equal([text], Sentences(text, language));
    }

    [Fact]
    public void An_acronym_or_a_dotted_name_can_end_a_sentence()
    {
        Assert.Equal(["Đoàn công tác đến TP.HCM.", "Sau đó, đoàn gặp ASEAN."], Sentences("Đoàn công tác đến TP.HCM. Sau đó, đoàn gặp ASEAN.", "vi"));
        Assert.Equal(["Trade with the EU.", "It grew."], Sentences("Trade with the EU. It grew.", "en"));
    }

    [Fact]
    public void An_abbreviation_of_another_language_does_end_a_sentence()
    {
        Assert.Equal(2, Sentences("Il Sig. Rossi parla.", "en").Length);
        Assert.Single(Sentences("Il Sig. Rossi parla.", "it"));
    }

    [Fact]
    public void Unknown_languages_use_the_neutral_abbreviations()
    {
        Assert.Single(Sentences("Dr. Tan arrived.", "xx"));
    }

    [Theory]
    [InlineData("28,1")]
    [InlineData("28.1")]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("2.500.000")]
    [InlineData("๒๕๖๗")]
    public void Keeps_numbers_whole(string number)
    {
        Assert.Equal([(number, TokenKind.Number), (".", TokenKind.Punctuation)], Tokens(number + "."));
    }

    [Fact]
    public void A_decimal_point_does_not_end_a_sentence()
    {
        Assert.Equal(["Trade rose 28.1 percent to 1.234,5 tons in 2023.", "Next year too."], Sentences("Trade rose 28.1 percent to 1.234,5 tons in 2023. Next year too.", "en"));
    }

    [Fact]
    public void Splits_currency_percentages_and_ordinals_as_figures_need_them()
    {
        Assert.Equal(
            [("US$", TokenKind.Symbol), ("28.1", TokenKind.Number), ("billion", TokenKind.Word), ("(", TokenKind.Punctuation),
             ("5", TokenKind.Number), ("%", TokenKind.Symbol), (")", TokenKind.Punctuation), ("at", TokenKind.Word),
             ("the", TokenKind.Word), ("9th", TokenKind.Number), ("meeting", TokenKind.Word), ("€", TokenKind.Symbol),
             ("3", TokenKind.Number), ("RM", TokenKind.Word), ("12", TokenKind.Number)],
            Tokens("US$28.1 billion (5%) at the 9th meeting €3 RM12"));
    }

    [Fact]
    public void Ordinal_suffixes_come_from_the_language()
    {
        Assert.Equal([("1°", TokenKind.Number), ("gennaio", TokenKind.Word)], Tokens("1° gennaio", "it"));
        Assert.Equal([("9", TokenKind.Number), ("th", TokenKind.Word)], Tokens("9th", "vi"));
    }

    [Fact]
    public void Apostrophes_and_hyphens_split_words_into_touching_tokens()
    {
        var tokens = Segmenter.Segment("Italy’s ASEAN-Italy dell'ASEAN", LanguagePacks.Get("en")).Tokens;

        Assert.Equal(
            ["Italy", "’", "s", "ASEAN", "-", "Italy", "dell", "'", "ASEAN"],
            tokens.Select(t => t.Span.Slice("Italy’s ASEAN-Italy dell'ASEAN")).ToArray());
        Assert.Equal(tokens[3].Span.End, tokens[4].Span.Start);
        Assert.Equal(tokens[4].Span.End, tokens[5].Span.Start);
        Assert.NotEqual(tokens[2].Span.End, tokens[3].Span.Start);
    }

    [Fact]
    public void Words_keep_their_combining_marks()
    {
        const string text = "Nguye\u0302\u0303n Việt";

        Assert.Equal([("Nguye\u0302\u0303n", TokenKind.Word), ("Việt", TokenKind.Word)], Tokens(text, "vi"));
    }

    [Fact]
    public void Breaks_thai_into_dictionary_words()
    {
        const string text = "ประเทศไทยและอิตาลีลงนามข้อตกลงความร่วมมือ";

        var words = Tokens(text, "th").Select(t => t.Text).ToArray();

        Assert.Equal(["ประเทศไทย", "และ", "อิตาลี", "ลง", "นาม", "ข้อ", "ตกลง", "ความ", "ร่วม", "มือ"], words);
    }

    [Fact]
    public void Breaks_thai_inside_mixed_text_whatever_the_language()
    {
        const string text = "ASEAN และอิตาลี 2567";

        Assert.Equal(
            [("ASEAN", TokenKind.Word), ("และ", TokenKind.Word), ("อิตาลี", TokenKind.Word), ("2567", TokenKind.Number)],
            Tokens(text, "en"));
    }

    [Fact]
    public void Segments_the_seed_style_dateline()
    {
        const string text = "JAKARTA, Nov 13 (Bernama) -- ASEAN secretary-general Dr Kao Kim Hourn has called for deeper cooperation.";

        var tokens = Tokens(text);

        Assert.Contains(("--", TokenKind.Punctuation), tokens);
        Assert.Contains(("13", TokenKind.Number), tokens);
        Assert.Single(Sentences(text, "en"));
    }

    [Fact]
    public void Spans_are_in_bounds_ordered_and_never_throw()
    {
        foreach (var language in new[] { "en", "vi", "it", "ms", "id", "tl", "th", "und" })
        {
            var rules = LanguagePacks.Get(language);
            RandomText.Strings.Sample(text =>
            {
                var result = Segmenter.Segment(text, rules);
                CheckSpans(text, result);
            }, iter: 1_500);
        }
    }

    [Fact]
    public void Every_token_lies_inside_one_sentence()
    {
        foreach (var (language, text) in LanguageSamples.All)
        {
            var result = Segmenter.Segment(text, LanguagePacks.Get(language));
            CheckSpans(text, result);
            Assert.NotEmpty(result.Sentences);
            Assert.True(result.Tokens.Count > 20, $"{language}: only {result.Tokens.Count} tokens");
        }
    }

    private static void CheckSpans(string text, Ponte.Pipeline.Segmentation.Segmentation result)
    {
        var previousEnd = 0;
        foreach (var token in result.Tokens)
        {
            Assert.InRange(token.Span.Start, previousEnd, text.Length);
            Assert.True(token.Span.End > token.Span.Start && token.Span.End <= text.Length, $"bad token span {token.Span}");
            Assert.False(string.IsNullOrWhiteSpace(token.Span.Slice(text)), "white-space token");
            previousEnd = token.Span.End;
        }

        previousEnd = 0;
        var t = 0;
        foreach (var sentence in result.Sentences)
        {
            Assert.InRange(sentence.Span.Start, previousEnd, text.Length);
            Assert.True(sentence.Span.End > sentence.Span.Start && sentence.Span.End <= text.Length, $"bad sentence span {sentence.Span}");
            previousEnd = sentence.Span.End;
            while (t < result.Tokens.Count && sentence.Span.Contains(result.Tokens[t].Span))
            {
                t++;
            }
        }

        Assert.Equal(result.Tokens.Count, t);
    }
}
