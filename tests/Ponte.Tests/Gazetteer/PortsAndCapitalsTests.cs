using Ponte.Core.Model;
using static Ponte.Tests.Extraction.Entities.EntityTestKit;

namespace Ponte.Tests.Gazetteer;

/// <summary>Capitals, administrative capitals, major cities and ports of the ASEAN states and Italy are places, as news spells them.</summary>
public sealed class PortsAndCapitalsTests
{
    private static readonly global::Ponte.Languages.Gazetteer.Gazetteer G = global::Ponte.Languages.Gazetteer.Gazetteer.Default;

    [Theory]
    [InlineData("Putrajaya", "MY")]
    [InlineData("Naypyidaw", "MM")]
    [InlineData("Nay Pyi Taw", "MM")]
    [InlineData("เนปยีดอ", "MM")]
    [InlineData("Bandar Seri Begawan", "BN")]
    [InlineData("Viêng Chăn", "LA")]
    [InlineData("Phnôm Pênh", "KH")]
    [InlineData("Port Klang", "MY")]
    [InlineData("Pelabuhan Klang", "MY")]
    [InlineData("Kuantan", "MY")]
    [InlineData("Laem Chabang", "TH")]
    [InlineData("แหลมฉบัง", "TH")]
    [InlineData("Subic Bay", "PH")]
    [InlineData("Tanjung Priok", "ID")]
    [InlineData("Belawan", "ID")]
    [InlineData("Muara", "BN")]
    [InlineData("Thilawa", "MM")]
    [InlineData("Dawei", "MM")]
    [InlineData("Kyaukphyu", "MM")]
    [InlineData("Livorno", "IT")]
    [InlineData("La Spezia", "IT")]
    [InlineData("Taranto", "IT")]
    [InlineData("Gioia Tauro", "IT")]
    [InlineData("Ravenna", "IT")]
    [InlineData("Brindisi", "IT")]
    [InlineData("Civitavecchia", "IT")]
    public void A_capital_city_or_port_is_a_place_of_its_country(string name, string country)
    {
        var place = G.Lookup(name);

        Assert.NotNull(place);
        Assert.Equal(country, place.CountryCode);
    }

    [Theory]
    [InlineData("en", "Italian navy ships called at La Spezia and Port Klang before sailing to Laem Chabang.", "La Spezia", "Port Klang", "Laem Chabang")]
    [InlineData("it", "La nave è partita da La Spezia e ha fatto scalo a Gioia Tauro e a Tanjung Priok.", "La Spezia", "Gioia Tauro", "Tanjung Priok")]
    [InlineData("ms", "Kapal itu berlabuh di Pelabuhan Klang dan Kuantan sebelum ke Muara.", "Pelabuhan Klang", "Kuantan", "Muara")]
    [InlineData("th", "เรือเดินทางจากแหลมฉบังไปทวายและเนปยีดอ", "แหลมฉบัง", "ทวาย", "เนปยีดอ")]
    public void Ports_in_running_text_are_locations(string language, string text, string first, string second, string third)
    {
        var entities = Extract(text, language);

        foreach (var name in new[] { first, second, third })
        {
            Assert.NotNull(Find(entities, EntityType.Location, name));
        }

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }
}
