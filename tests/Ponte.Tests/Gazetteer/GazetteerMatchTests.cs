using Ponte.Languages.Gazetteer;

namespace Ponte.Tests.Gazetteer;

public sealed class GazetteerMatchTests
{
    private static readonly global::Ponte.Languages.Gazetteer.Gazetteer G = global::Ponte.Languages.Gazetteer.Gazetteer.Default;

    private static string[] Found(string text) =>
        G.FindAll(text).Select(m => $"{m.Span.Slice(text)}={m.Place.Id}").ToArray();

    [Fact]
    public void English_sentence()
    {
        const string text = "Ministers from Italy and Vietnam met in Ho Chi Minh City, then flew to Kuala Lumpur and Southeast Asia's other capitals.";
        Assert.Equal(["Italy=IT", "Vietnam=VN", "Ho Chi Minh City=VN.ho-chi-minh-city", "Kuala Lumpur=MY.kuala-lumpur", "Southeast Asia=M49-035"], Found(text));
    }

    [Fact]
    public void Vietnamese_sentence_with_lower_case_continent_and_short_country_names()
    {
        const string text = "Đại sứ Việt Nam tại Ý cho biết doanh nghiệp châu Âu muốn mở rộng đầu tư vào Đông Nam Á và TP.HCM.";
        Assert.Equal(["Việt Nam=VN", "Ý=IT", "châu Âu=M49-150", "Đông Nam Á=M49-035", "TP.HCM=VN.ho-chi-minh-city"], Found(text));
    }

    [Fact]
    public void Italian_sentence()
    {
        const string text = "L'Italia e la Thailandia hanno firmato a Roma un accordo; la delegazione andrà poi a Milano e nel Sud-est asiatico.";
        Assert.Equal(["Italia=IT", "Thailandia=TH", "Roma=IT.rome", "Milano=IT.milan", "Sud-est asiatico=M49-035"], Found(text));
    }

    [Fact]
    public void Malay_and_Indonesian_sentences()
    {
        Assert.Equal(["Malaysia=MY", "Itali=IT", "Putrajaya=MY.putrajaya"],
            Found("Malaysia dan Itali menandatangani memorandum di Putrajaya semalam."));
        Assert.Equal(["Indonesia=ID", "Amerika Serikat=US", "Surabaya=ID.surabaya", "Asia Tenggara=M49-035"],
            Found("Indonesia dan Amerika Serikat membuka kantor di Surabaya untuk kawasan Asia Tenggara."));
    }

    [Fact]
    public void Tagalog_sentence()
    {
        Assert.Equal(["Pilipinas=PH", "Italya=IT", "Maynila=PH.manila", "Timog-silangang Asya=M49-035"],
            Found("Nagkita ang mga pinuno ng Pilipinas at Italya sa Maynila para sa Timog-silangang Asya."));
    }

    [Fact]
    public void Thai_text_without_spaces()
    {
        Assert.Equal(["อิตาลี=IT", "ประเทศไทย=TH", "เชียงใหม่=TH.chiang-mai"],
            Found("นายกรัฐมนตรีอิตาลีเยือนประเทศไทยและเชียงใหม่"));
    }

    [Theory]
    [InlineData("The Italianate façade and the Romanesque arches.")]
    [InlineData("Asiatic styles and Europeanisation.")]
    [InlineData("He was reading Parisiennes magazine.")]
    [InlineData("Un accordo è stato firmato.")]
    [InlineData("Us and them.")]
    [InlineData("in italy and asia, written without capitals")]
    [InlineData("Domestic demand in Indonesiana stays weak.")]
    public void Names_inside_longer_words_or_without_their_capital_are_not_places(string text) =>
        Assert.Empty(G.FindAll(text));

    [Fact]
    public void Every_capitalised_word_of_a_name_must_be_capitalised_in_the_text()
    {
        Assert.Equal(["Hòa Bình=VN-14"], Found("Tỉnh Hòa Bình"));
        Assert.Empty(Found("Hòa bình và ổn định là mục tiêu chung."));
        Assert.Empty(Found("New york"));
    }

    [Fact]
    public void Short_names_written_with_diacritics_need_them_in_the_text()
    {
        Assert.Empty(Found("My family went to Y block."));
        Assert.Empty(Found("Ông Vĩnh và bà Trăng"));
        Assert.Equal(["Vinh=VN.vinh"], Found("Vinh"));
        Assert.Equal(["Mỹ=US", "Ý=IT"], Found("Mỹ và Ý"));
        Assert.Equal(["LÀO=LA"], Found("LÀO"));
        Assert.Null(G.CountryOfDemonym("Y"));
        Assert.Equal("IT", G.CountryOfDemonym("Ý")?.Id);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        Assert.Equal(["US=US"], Found("US exports rose."));
        Assert.Equal(["U.S.=US", "Washington, D.C.=US.washington"], Found("U.S. officials in Washington, D.C. said"));
        Assert.Empty(Found("Us exports rose."));
    }

    [Fact]
    public void Longest_name_wins_and_matches_do_not_overlap()
    {
        const string text = "New York City and Papua New Guinea";
        Assert.Equal(["New York City=US.new-york", "Papua New Guinea=PG"], Found(text));
    }

    [Fact]
    public void Names_are_found_with_possessives_hyphens_and_punctuation()
    {
        Assert.Equal(["Italy=IT", "ASEAN-Italy"[6..] + "=IT"], Found("Italy's role in the ASEAN-Italy partnership"));
        Assert.Equal(["Vietnam=VN"], Found("(Vietnam)"));
    }

    [Fact]
    public void Common_words_that_are_also_names_are_marked_weak()
    {
        var matches = G.FindAll("Ông Nguyễn Minh Đức sang Pháp gặp anh Tuấn Anh.");
        Assert.Contains(matches, m => m.Place.Id == "DE" && m.Weak);
        Assert.Contains(matches, m => m.Place.Id == "FR" && !m.Weak);
        Assert.Contains(matches, m => m.Place.Id == "GB" && m.Weak);
        Assert.False(G.FindAll("Italia").Single().Weak);
    }

    [Fact]
    public void TryMatchAt_requires_a_word_start()
    {
        const string text = "the Romanians and Rome";
        Assert.False(G.TryMatchAt(text, 4, out _));
        Assert.True(G.TryMatchAt(text, 18, out var match));
        Assert.Equal("IT.rome", match.Place.Id);
        Assert.Equal(new Ponte.Core.Model.TextSpan(18, 22), match.Span);
        Assert.False(G.TryMatchAt(text, -1, out _));
        Assert.False(G.TryMatchAt(text, text.Length, out _));
    }

    [Fact]
    public void A_misspelt_capitalised_word_can_be_matched_fuzzily_and_weakly()
    {
        const string text = "a company headquartered in Houson, Texas";
        var start = text.IndexOf("Houson", StringComparison.Ordinal);
        Assert.DoesNotContain(G.FindAll(text), m => m.Span.Start == start);
        Assert.True(G.TryMatchFuzzyAt(text, start, out var match));
        Assert.Equal("US.houston", match.Place.Id);
        Assert.True(match.Weak);
        Assert.Equal("Houson", match.Span.Slice(text));
        Assert.False(G.TryMatchFuzzyAt(text, text.IndexOf("company", StringComparison.Ordinal), out _));
        Assert.False(G.TryMatchFuzzyAt("Texas", 0, out _));
    }

    [Fact]
    public void Decomposed_diacritics_are_part_of_the_name()
    {
        var text = "Hà Nội".Normalize(System.Text.NormalizationForm.FormD) + " hôm nay";
        var match = Assert.Single(G.FindAll(text));
        Assert.Equal("VN.hanoi", match.Place.Id);
        Assert.Equal("Hà Nội".Normalize(System.Text.NormalizationForm.FormD), match.Span.Slice(text));
    }
}
