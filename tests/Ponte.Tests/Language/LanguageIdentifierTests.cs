using CsCheck;
using Ponte.Core.Model;
using Ponte.Pipeline.Language;

namespace Ponte.Tests.Language;

public sealed class LanguageIdentifierTests
{
    // Building the model loads Lingua's data once; every test shares it, as the pipeline does.
    private static readonly LanguageIdentifier Identifier = new();

    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (language, text) in LanguageSamples.All)
        {
            data.Add(language, text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Identifies_each_sample_paragraph(string expected, string text)
    {
        var tag = Identifier.Identify(text);

        Assert.Equal(expected, tag.Code);
        Assert.InRange(tag.Confidence, 0.5, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("12,5 % 2023-11-13 10:30 +62 21 555 0199")]
    [InlineData("OK")]
    [InlineData("ASEAN")]
    [InlineData("*** --- ??? !!!")]
    public void Says_und_when_the_text_is_too_short_or_has_no_words(string text)
    {
        Assert.Equal(LanguageTag.Undetermined, Identifier.Identify(text));
    }

    [Fact]
    public void Foreign_names_do_not_outweigh_the_common_words()
    {
        const string text = "Trần Văn Minh, Siti Aminah binti Yusof and Giuseppe Ferraro met Datuk Seri Ahmad Zulkifli and Nguyễn Thị Lan " +
            "in Hà Nội on Monday. They said the talks with the governors of Đà Nẵng, Surabaya and Penang were useful and that " +
            "a new agreement would be signed by the end of the year.";

        Assert.Equal("en", Identifier.Identify(text).Code);
    }

    [Fact]
    public void Thai_script_decides_at_once_even_with_latin_names()
    {
        var tag = Identifier.Identify("นายกรัฐมนตรีพบกับเลขาธิการ ASEAN ที่กรุงโรมเพื่อหารือเรื่องการค้า");

        Assert.Equal("th", tag.Code);
        Assert.InRange(tag.Confidence, 0.8, 1.0);
    }

    [Fact]
    public void Marker_words_overturn_the_model_between_close_relatives()
    {
        // Lingua alone scores this Indonesian sentence as Malay (0.63 against 0.37); "kunjungan" (Malaysian: lawatan)
        // tips it. Its Malaysian twin stays Malay.
        const string indonesian = "Kunjungan ini bertujuan memperkuat hubungan dagang antara kedua negara, kata juru bicara kementerian.";
        const string malay = "Lawatan ini bertujuan mengukuhkan hubungan dagangan antara kedua-dua negara, kata jurucakap kementerian.";

        Assert.Equal("id", Identifier.Identify(indonesian).Code);
        Assert.Equal("ms", Identifier.Identify(malay).Code);
    }

    [Fact]
    public void Marker_words_of_the_other_language_lower_the_confidence()
    {
        // Malaysian place names pull the model to Malay; the Indonesian words membahas and perbatasan make it less sure.
        const string mixed = "Menteri Luar Negeri kedua negara bertemu di Kuala Lumpur pada hari Selasa. Mereka membahas isu perbatasan, perdagangan dan pekerja migran.";

        var tag = Identifier.Identify(mixed);

        Assert.Equal("ms", tag.Code);
        Assert.InRange(tag.Confidence, 0.5, 0.9);
    }

    [Fact]
    public void Restricting_the_languages_restricts_the_answers()
    {
        var identifier = new LanguageIdentifier(new LanguageIdentifierOptions { Languages = ["en", "it"] });
        var malay = LanguageSamples.All.First(s => s.Language == "ms").Text;

        var tag = identifier.Identify(malay);

        Assert.Contains(tag.Code, new[] { "en", "it", LanguageTag.UndeterminedCode });
    }

    [Fact]
    public void A_high_minimum_confidence_turns_a_weak_guess_into_und()
    {
        var strict = new LanguageIdentifier(new LanguageIdentifierOptions { MinimumConfidence = 1.0 });

        Assert.Equal(LanguageTag.Undetermined, strict.Identify("Roma e Jakarta firmano"));
    }

    [Fact]
    public void Invalid_options_are_all_listed()
    {
        var options = new LanguageIdentifierOptions
        {
            Languages = ["en", "xx", "en"],
            MinimumConfidence = 1.5,
            MinimumLetters = 0,
            SampleLength = 10,
        };

        var error = Assert.Throws<ArgumentException>(() => new LanguageIdentifier(options));

        Assert.Contains("'xx'", error.Message, StringComparison.Ordinal);
        Assert.Contains("more than once: en", error.Message, StringComparison.Ordinal);
        Assert.Contains("MinimumConfidence", error.Message, StringComparison.Ordinal);
        Assert.Contains("MinimumLetters", error.Message, StringComparison.Ordinal);
        Assert.Contains("SampleLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_start_of_a_long_text_is_read()
    {
        var italian = LanguageSamples.All.First(s => s.Language == "it").Text;
        var english = string.Join(" ", Enumerable.Repeat(LanguageSamples.All[0].Text, 40));
        var identifier = new LanguageIdentifier(new LanguageIdentifierOptions { SampleLength = 400 });

        Assert.Equal("it", identifier.Identify(italian + " " + english).Code);
    }

    [Fact]
    public void Gives_the_same_answers_from_many_threads()
    {
        var expected = LanguageSamples.All.Select(s => s.Language).ToArray();
        var results = new string[200];

        Parallel.For(0, results.Length, i => results[i] = Identifier.Identify(LanguageSamples.All[i % expected.Length].Text).Code);

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % expected.Length], results[i]);
        }
    }

    [SeedsFact]
    public void Identifies_the_seed_articles()
    {
        var expected = new Dictionary<string, string>
        {
            ["000_ac4b9dafa725c045.txt"] = "en",
            ["001_e38825a0028c2c19.txt"] = "en",
            ["002_078abfb20e1001c8.txt"] = "vi",
        };

        foreach (var (file, language) in expected)
        {
            var path = Path.Combine(TestPaths.Seeds!, file);
            Assert.True(File.Exists(path), $"{path} is missing");
            Assert.Equal(language, Identifier.Identify(File.ReadAllText(path)).Code);
        }
    }

    [Fact]
    public void Never_throws_on_random_text()
    {
        RandomText.Strings.Sample(text =>
        {
            var tag = Identifier.Identify(text);
            Assert.InRange(tag.Confidence, 0, 1);
        }, iter: 300);
    }
}

/// <summary>A fact that needs ../shared/seeds and is skipped, saying so, when it is absent.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (TestPaths.Seeds is null)
        {
            Skip = "../shared/seeds is not beside the repository";
        }
    }
}
