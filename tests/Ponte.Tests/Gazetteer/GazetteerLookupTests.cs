using Ponte.Languages.Gazetteer;

namespace Ponte.Tests.Gazetteer;

public sealed class GazetteerLookupTests
{
    private static readonly global::Ponte.Languages.Gazetteer.Gazetteer G = global::Ponte.Languages.Gazetteer.Gazetteer.Default;

    [Theory]
    [InlineData("Thailand", "TH")]
    [InlineData("Thái Lan", "TH")]
    [InlineData("Thailandia", "TH")]
    [InlineData("ไทย", "TH")]
    [InlineData("Italy", "IT")]
    [InlineData("Ý", "IT")]
    [InlineData("Italia", "IT")]
    [InlineData("Itali", "IT")]
    [InlineData("Italya", "IT")]
    [InlineData("I-ta-li-a", "IT")]
    [InlineData("Vietnam", "VN")]
    [InlineData("Việt Nam", "VN")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("Hoa Kỳ", "US")]
    [InlineData("Mỹ", "US")]
    [InlineData("Stati Uniti", "US")]
    [InlineData("Amerika Syarikat", "US")]
    [InlineData("Amerika Serikat", "US")]
    [InlineData("Estados Unidos", "US")]
    [InlineData("Myanmar", "MM")]
    [InlineData("Timor-Leste", "TL")]
    public void Country_names_in_every_language_lead_to_the_same_country(string name, string id)
    {
        var place = G.Lookup(name);
        Assert.NotNull(place);
        Assert.Equal(id, place.Id);
        Assert.Equal(PlaceKind.Country, place.Kind);
    }

    [Theory]
    [InlineData("Asia", "M49-142")]
    [InlineData("châu Á", "M49-142")]
    [InlineData("Châu Á", "M49-142")]
    [InlineData("Asya", "M49-142")]
    [InlineData("Southeast Asia", "M49-035")]
    [InlineData("Đông Nam Á", "M49-035")]
    [InlineData("Sud-est asiatico", "M49-035")]
    [InlineData("Asia Tenggara", "M49-035")]
    [InlineData("Timog-silangang Asya", "M49-035")]
    [InlineData("เอเชียตะวันออกเฉียงใต้", "M49-035")]
    public void Continents_and_world_regions_are_found_by_any_name(string name, string id) =>
        Assert.Equal(id, G.Lookup(name)?.Id);

    [Theory]
    [InlineData("Ho Chi Minh", "Ho Chi Minh City")]
    [InlineData("Ho Chi Minh City", "Ho Chi Minh City")]
    [InlineData("Thành phố Hồ Chí Minh", "Ho Chi Minh City")]
    [InlineData("TP Hồ Chí Minh", "Ho Chi Minh City")]
    [InlineData("Hà Nội", "Hanoi")]
    [InlineData("Hanoi", "Hanoi")]
    [InlineData("Roma", "Rome")]
    [InlineData("Kuala Lumpur", "Kuala Lumpur")]
    [InlineData("Texas", "Texas")]
    public void Cities_and_states_are_found_by_any_name(string name, string english) =>
        Assert.Equal(english, G.Lookup(name)?.Name);

    [Theory]
    [InlineData("Milano", "Milan")]
    [InlineData("Torino", "Turin")]
    [InlineData("Napoli", "Naples")]
    [InlineData("Firenze", "Florence")]
    [InlineData("Venezia", "Venice")]
    [InlineData("Genova", "Genoa")]
    [InlineData("Ginevra", "Geneva")]
    [InlineData("Genève", "Geneva")]
    [InlineData("Bruxelles", "Brussels")]
    [InlineData("Parigi", "Paris")]
    [InlineData("TP.HCM", "Ho Chi Minh City")]
    [InlineData("Sài Gòn", "Ho Chi Minh City")]
    [InlineData("Ha Noi", "Hanoi")]
    [InlineData("Đà Nẵng", "Da Nang")]
    [InlineData("Penang", "Penang")]
    [InlineData("Johor Bahru", "Johor Bahru")]
    [InlineData("Putrajaya", "Putrajaya")]
    [InlineData("Surabaya", "Surabaya")]
    [InlineData("Bali", "Bali")]
    [InlineData("Cebu", "Cebu City")]
    [InlineData("Davao", "Davao City")]
    [InlineData("Maynila", "Manila")]
    [InlineData("เชียงใหม่", "Chiang Mai")]
    [InlineData("กรุงเทพฯ", "Bangkok")]
    [InlineData("Phuket", "Phuket")]
    [InlineData("Washington", "Washington")]
    [InlineData("New York", "New York")]
    public void Major_cities_answer_to_their_local_and_foreign_names(string name, string english) =>
        Assert.Equal(english, G.Lookup(name)?.Name);

    [Theory]
    [InlineData("Asia-Pacific", "R.asia-pacific")]
    [InlineData("châu Á-Thái Bình Dương", "R.asia-pacific")]
    [InlineData("Asia-Pacifico", "R.asia-pacific")]
    [InlineData("Indo-Pacific", "R.indo-pacific")]
    [InlineData("Mekong", "R.mekong")]
    [InlineData("Trung Đông", "R.middle-east")]
    [InlineData("Europa", "M49-150")]
    [InlineData("Eropah", "M49-150")]
    [InlineData("châu Âu", "M49-150")]
    public void World_regions_written_by_hand_are_known(string name, string id) =>
        Assert.Equal(id, G.Lookup(name)?.Id);

    [Fact]
    public void The_capital_is_preferred_to_a_state_of_the_same_name_and_a_country_to_a_state()
    {
        Assert.Equal(PlaceKind.Capital, G.Lookup("Washington")?.Kind);
        Assert.Equal(PlaceKind.Country, G.Lookup("Georgia")?.Kind);
        Assert.Contains(G.LookupAll("Georgia"), p => p.Id == "US-GA");
    }

    [Fact]
    public void The_European_Union_is_an_organisation_not_a_place()
    {
        Assert.Null(G.Lookup("European Union"));
        Assert.Null(G.Lookup("Liên minh châu Âu"));
        Assert.Equal("eu", G.LookupOrganisation("Liên minh châu Âu")?.Id);
    }

    [Fact]
    public void Places_carry_names_per_language_and_their_country()
    {
        var italy = G.ById("IT")!;
        Assert.Equal("Italy", italy.Name);
        Assert.Equal("Italia", italy.NameIn("it"));
        Assert.Contains("Ý", italy.Names["vi"]);
        Assert.Equal("Italy", italy.NameIn("xx"));
        Assert.Equal("VN", G.Lookup("Đà Nẵng")?.CountryCode);
        Assert.Null(G.Lookup("Asia")?.CountryCode);
    }

    [Theory]
    [InlineData("Houson", "Houston")]
    [InlineData("Hosuton", "Houston")]
    [InlineData("Thailnd", "Thailand")]
    [InlineData("Singapur", "Singapore")]
    [InlineData("Kuala Lumpr", "Kuala Lumpur")]
    [InlineData("Indonessia", "Indonesia")]
    public void Small_typos_are_forgiven_in_longer_names(string typed, string english) =>
        Assert.Equal(english, G.LookupFuzzy(typed)?.Name);

    [Fact]
    public void Every_listed_name_and_its_folded_key_find_a_place()
    {
        var missing = G.Places
            .SelectMany(p => p.Names.Values.SelectMany(n => n))
            .Where(n => G.Lookup(n) is null || G.Lookup(n.ToUpperInvariant()) is null
                || (n[0] < '\u0250' && Ponte.Core.Text.NameFolder.Fold(n).Length > 5 && G.Lookup(Ponte.Core.Text.NameFolder.Fold(n)) is null))
            .Take(5)
            .ToList();
        Assert.Empty(missing);
        Assert.True(G.Places.Count > 1000, $"only {G.Places.Count} places");
        Assert.Equal(249, G.Places.Count(p => p.Kind == PlaceKind.Country));
    }

    [Fact]
    public void Names_in_scripts_whose_marks_carry_the_word_stay_apart()
    {
        Assert.Equal("AO", G.Lookup("អង់ហ្គោឡា")?.Id);
        Assert.Equal("AI", G.Lookup("អង់ហ្គីឡា")?.Id);
    }

    [Theory]
    [InlineData("Rmoe")]
    [InlineData("Xyzzyplugh")]
    [InlineData("")]
    public void Short_or_unknown_names_are_not_guessed(string typed) => Assert.Null(G.LookupFuzzy(typed));

    [Fact]
    public void Two_edits_are_forgiven_only_in_long_names()
    {
        Assert.Equal("Philippines", G.LookupFuzzy("Phlipines", maxEdits: 2)?.Name);
        Assert.Null(G.LookupFuzzy("Phlipines", maxEdits: 1));
        Assert.Null(G.LookupFuzzy("Hstn", maxEdits: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => G.LookupFuzzy("Houston", maxEdits: 3));
    }
}
