using System.Text;
using Ponte.Languages.Gazetteer;
using Ponte.Pipeline.Extraction.Entities;
using Places = Ponte.Languages.Gazetteer.Gazetteer;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>
/// What the entity extractor's gazetteer view finds at a position: one answer out of a place, a body and a country
/// adjective, the longer winning and a place winning a tie with an adjective; in several scripts.
/// </summary>
public sealed class EntityGazetteerTests
{
    private static readonly EntityGazetteer G = EntityGazetteer.Default;

    private static string At(string text, int start) =>
        G.TryMatchAt(text, start, out var m)
            ? $"{text[start..m.End]}={m.Kind}:{m.Name}{(m.Weak ? ",weak" : "")}{(m.Country ? ",country" : "")}"
            : "none";

    [Theory]
    [InlineData("Ministers met in Ho Chi Minh City on Monday.", 17, "Ho Chi Minh City=Place:Ho Chi Minh City")]
    [InlineData("Italy and ASEAN", 0, "Italy=Place:Italy,country")]
    [InlineData("Italy and ASEAN", 10, "ASEAN=Organization:ASEAN")]
    [InlineData("RCEP entered into force.", 0, "RCEP=Agreement:RCEP")]
    [InlineData("Italian firms", 0, "Italian=Demonym:Italy")]
    [InlineData("from the U.S. today", 9, "U.S.=Place:United States,country")]
    [InlineData("Città del Vaticano", 0, "Città del Vaticano=Place:Vatican City,country")]
    [InlineData("a São Paulo, Bogotá e Zürich", 2, "São Paulo=Place:Sao Paulo")]
    [InlineData("a São Paulo, Bogotá e Zürich", 13, "Bogotá=Place:Bogota")]
    [InlineData("a São Paulo, Bogotá e Zürich", 22, "Zürich=Place:Zurich")]
    [InlineData("Côte d’Ivoire e Curaçao", 0, "Côte d’Ivoire=Place:Côte d’Ivoire,country")]
    [InlineData("L'Unione europea e la Thailandia", 2, "Unione europea=Organization:EU")]
    public void Latin_script_names(string text, int start, string expected) => Assert.Equal(expected, At(text, start));

    [Theory]
    [InlineData("Đại sứ Việt Nam tại Ý", 7, "Việt Nam=Place:Vietnam,country")]
    [InlineData("Đại sứ Việt Nam tại Ý", 20, "Ý=Place:Italy,country")]
    [InlineData("Tỉnh Hòa Bình", 5, "Hòa Bình=Place:Hòa Bình")]
    [InlineData("Hòa bình và ổn định", 0, "none")]
    [InlineData("doanh nghiệp Đức", 13, "Đức=Place:Germany,weak,country")]
    [InlineData("vào Đông Nam Á", 4, "Đông Nam Á=Place:Southeast Asia,country")]
    [InlineData("Liên minh châu Âu", 0, "Liên minh châu Âu=Organization:EU")]
    [InlineData("người Việt ở Hà Nội", 0, "người Việt=Demonym:Vietnam")]
    [InlineData("người Việt ở Hà Nội", 13, "Hà Nội=Place:Hanoi")]
    [InlineData("Việt kiều", 0, "none")]
    [InlineData("Sở TP.HCM", 3, "TP.HCM=Place:Ho Chi Minh City")]
    public void Vietnamese_names(string text, int start, string expected) => Assert.Equal(expected, At(text, start));

    [Theory]
    [InlineData("นายกรัฐมนตรีอิตาลีเยือนประเทศไทยและเชียงใหม่", 12, "อิตาลี=Place:Italy,country")]
    [InlineData("นายกรัฐมนตรีอิตาลีเยือนประเทศไทยและเชียงใหม่", 23, "ประเทศไทย=Place:Thailand,country")]
    [InlineData("นายกรัฐมนตรีอิตาลีเยือนประเทศไทยและเชียงใหม่", 29, "ไทย=Place:Thailand,country")]
    [InlineData("นายกรัฐมนตรีอิตาลีเยือนประเทศไทยและเชียงใหม่", 35, "เชียงใหม่=Place:Chiang Mai")]
    [InlineData("นายกรัฐมนตรีอิตาลีเยือนประเทศไทยและเชียงใหม่", 13, "none")]
    [InlineData("ประชุมอาเซียนที่กรุงเทพมหานคร", 6, "อาเซียน=Organization:ASEAN")]
    [InlineData("ประชุมอาเซียนที่กรุงเทพมหานคร", 16, "กรุงเทพมหานคร=Place:Bangkok")]
    [InlineData("ชาวไทยและสหภาพยุโรป", 0, "ชาวไทย=Demonym:Thailand")]
    [InlineData("ชาวไทยและสหภาพยุโรป", 9, "สหภาพยุโรป=Organization:EU")]
    public void Thai_names_without_spaces(string text, int start, string expected) => Assert.Equal(expected, At(text, start));

    [Fact]
    public void A_longer_body_beats_the_place_it_starts_with()
    {
        Assert.Equal("Mekong=Place:Mekong,country", At("Mekong", 0));
        Assert.Equal("Mekong River Commission=Organization:MRC", At("Mekong River Commission", 0));
        Assert.Equal("Asia-Pacific=Place:Asia-Pacific,country", At("Asia-Pacific", 0));
        Assert.Equal("Asia-Pacific Economic Cooperation=Organization:APEC", At("Asia-Pacific Economic Cooperation", 0));
        Assert.Equal("European Union=Organization:EU", At("European Union", 0));
        Assert.Equal("Europe=Place:Europe,country", At("Europe", 0));
    }

    [Fact]
    public void A_place_beats_a_country_adjective_of_the_same_length()
    {
        // "Malaysia" is the country and, in Malay ("syarikat Malaysia"), its adjective.
        Assert.NotNull(Places.Default.CountryOfDemonym("Malaysia"));
        Assert.Equal("Malaysia=Place:Malaysia,country", At("syarikat Malaysia", 9));
        Assert.Equal("Italia=Place:Italy,country", At("L'Italia", 2));
    }

    [Fact]
    public void The_merged_look_up_agrees_with_the_three_separate_ones()
    {
        var gazetteer = Places.Default;
        const string text = "ASEAN, the European Union and Italian firms met in Ho Chi Minh City; Liên minh châu Âu, người Việt, Việt Nam; " +
            "ประชุมอาเซียนที่กรุงเทพมหานคร ชาวไทย; Asia-Pacific Economic Cooperation, the U.S., Mekong River Commission.";
        var composed = text + "\n" + text.Normalize(NormalizationForm.FormD) + "\n" + text.ToUpperInvariant();
        var found = 0;
        for (var i = -1; i <= composed.Length; i++)
        {
            var all = gazetteer.MatchAllAt(composed, i);
            Assert.Equal(Place(i), all.Place);
            Assert.Equal(Organisation(i), all.Organisation);
            Assert.Equal(Demonym(i), all.Demonym);
            found += all.Any ? 1 : 0;
        }

        Assert.True(found >= 30, $"only {found} positions matched");

        PlaceMatch? Place(int i) => (uint)i < (uint)composed.Length && gazetteer.TryMatchAt(composed, i, out var m) ? m : null;
        OrganisationMatch? Organisation(int i) =>
            (uint)i < (uint)composed.Length && gazetteer.TryMatchOrganisationAt(composed, i, out var m) ? m : null;
        DemonymMatch? Demonym(int i) => (uint)i < (uint)composed.Length && gazetteer.TryMatchDemonymAt(composed, i, out var m) ? m : null;
    }

    [Fact]
    public void Organisation_matches_say_whether_the_text_is_an_acronym()
    {
        Assert.True(Places.Default.TryMatchOrganisationAt("ASEAN", 0, out var acronym) && acronym.IsAcronym);
        Assert.True(Places.Default.TryMatchOrganisationAt("European Union", 0, out var name) && !name.IsAcronym);
        Assert.True(Places.Default.MatchAllAt("Ue", 0).Organisation?.IsAcronym);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0301")]
    [InlineData("\uD800 Italy")]
    [InlineData("Italy\uDC00")]
    [InlineData("Y\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301")]
    public void Any_position_of_any_text_is_answered(string text)
    {
        for (var i = -2; i <= text.Length + 1; i++)
        {
            G.TryMatchAt(text, i, out _);
            Places.Default.MatchAllAt(text, i);
        }
    }
}
