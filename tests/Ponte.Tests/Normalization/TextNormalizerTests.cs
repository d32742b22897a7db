using System.Text;
using CsCheck;
using Ponte.Pipeline.Normalization;
using Ponte.Tests.Language;

namespace Ponte.Tests.Normalization;

public sealed class TextNormalizerTests
{
    private static readonly TextNormalizer Normalizer = TextNormalizer.Instance;

    [Theory]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("a\u2028b\u0085c", "a\nb\nc")]
    [InlineData("one\n\n\n\n\ntwo", "one\n\ntwo")]
    [InlineData("one\n \n\t\n two", "one\n\ntwo")]
    [InlineData("one\u2029two", "one\n\ntwo")]
    [InlineData("  \n\n lead and trail \n\n ", "lead and trail")]
    [InlineData("a  \t b", "a b")]
    [InlineData("end of line   \nnext", "end of line\nnext")]
    [InlineData("100\u00A0000\u202Fkm\u2009and\u3000more", "100 000 km and more")]
    [InlineData("zero\u200Bwidth soft\u00ADhyphen\uFEFF word\u2060joiner", "zerowidth softhyphen wordjoiner")]
    [InlineData("left\u200Eto\u200Fright\u202Aembedded\u202C", "lefttorightembedded")]
    [InlineData("bell\u0007null\u0000", "bellnull")]
    public void Normalises_breaks_spaces_and_invisible_characters(string input, string expected)
    {
        Assert.Equal(expected, Normalizer.Normalize(input));
    }

    [Fact]
    public void Composes_to_nfc()
    {
        var decomposed = "Vie\u0323\u0302t Nam Ha\u0300 No\u0323\u0302i".Normalize(NormalizationForm.FormD);

        Assert.Equal("Việt Nam Hà Nội", Normalizer.Normalize(decomposed));
    }

    [Fact]
    public void Composes_a_letter_and_its_mark_once_an_invisible_character_between_them_is_gone()
    {
        Assert.Equal("é", Normalizer.Normalize("e\u200B\u0301"));
    }

    [Fact]
    public void Keeps_joiners_inside_scripts_that_use_them_and_drops_them_elsewhere()
    {
        const string persian = "می\u200Cخواهم";
        const string devanagari = "क्\u200Dष";

        Assert.Equal(persian, Normalizer.Normalize(persian));
        Assert.Equal(devanagari, Normalizer.Normalize(devanagari));
        Assert.Equal("ab", Normalizer.Normalize("a\u200Db"));
        Assert.Equal("a b", Normalizer.Normalize("a \u200C b"));
    }

    [Fact]
    public void Replaces_lone_surrogates_and_keeps_pairs()
    {
        Assert.Equal("a\uFFFDb\uFFFD", Normalizer.Normalize("a\uD800b\uDC00"));
        Assert.Equal("ok 😀", Normalizer.Normalize("ok 😀"));
    }

    [Fact]
    public void Leaves_normal_text_as_it_is()
    {
        const string text = "JAKARTA, Nov 13 (Bernama) -- Trade rose 5%.\n\nĐại sứ nói: “Hợp tác”.";

        Assert.Equal(text, Normalizer.Normalize(text));
    }

    [Fact]
    public void Is_idempotent_and_never_throws()
    {
        RandomText.Strings.Sample(text =>
        {
            var once = Normalizer.Normalize(text);
            Assert.Equal(once, Normalizer.Normalize(once));
        }, iter: 20_000);
    }

    [Fact]
    public void Output_has_no_stray_whitespace()
    {
        RandomText.Strings.Sample(text =>
        {
            var result = Normalizer.Normalize(text);
            Assert.DoesNotContain("\r", result, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", result, StringComparison.Ordinal);
            Assert.DoesNotContain(" \n", result, StringComparison.Ordinal);
            Assert.DoesNotContain("\n ", result, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n\n", result, StringComparison.Ordinal);
            Assert.True(result.Length == 0 || !char.IsWhiteSpace(result[0]) && !char.IsWhiteSpace(result[^1]), "leading or trailing white space");
            Assert.True(result.IsNormalized(NormalizationForm.FormC), "not NFC");
        }, iter: 5_000);
    }
}
