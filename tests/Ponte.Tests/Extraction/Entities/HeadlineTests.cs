using Ponte.Core.Model;
using Ponte.Core.Text;
using static Ponte.Tests.Extraction.Entities.EntityTestKit;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>A title-case headline yields the same people and places as the same line written in sentence case.</summary>
public sealed class HeadlineTests
{
    [Theory]
    [InlineData("en", "Italian Minister Visits Jakarta To Boost Trade Ties", "Italian Minister visits Jakarta to boost trade ties")]
    [InlineData("en", "Ambassador Davide Giglio Opens Forum In Putrajaya", "Ambassador Davide Giglio opens forum in Putrajaya")]
    [InlineData("en", "Indonesian President Prabowo Meets Italian PM Meloni In Rome", "Indonesian President Prabowo meets Italian PM Meloni in Rome")]
    [InlineData("en", "Thai PM Hosts Italian Delegation In Bangkok", "Thai PM hosts Italian delegation in Bangkok")]
    [InlineData("en", "Indonesian Minister Airlangga Hartarto And Italian Envoy Discuss Trade", "Indonesian Minister Airlangga Hartarto and Italian envoy discuss trade")]
    [InlineData("en", "Brunei Sultan Receives Credentials Of New Italian Ambassador", "Brunei Sultan receives credentials of new Italian ambassador")]
    [InlineData("en", "Italy And Malaysia Sign Deal On Green Shipping", "Italy and Malaysia sign deal on green shipping")]
    [InlineData("it", "Il Ministro Tajani Incontra L'Omologo Vietnamita A Roma", "Il ministro Tajani incontra l'omologo vietnamita a Roma")]
    [InlineData("id", "Italia Dan Indonesia Perkuat Kerja Sama Maritim", "Italia dan Indonesia perkuat kerja sama maritim")]
    [InlineData("id", "Menlu Sugiono Bertemu Dubes Italia Di Jakarta", "Menlu Sugiono bertemu Dubes Italia di Jakarta")]
    [InlineData("id", "Presiden Prabowo Subianto Terima Kunjungan Menteri Italia", "Presiden Prabowo Subianto terima kunjungan Menteri Italia")]
    [InlineData("ms", "Malaysia Dan Italia Perkukuh Kerjasama Perdagangan", "Malaysia dan Italia perkukuh kerjasama perdagangan")]
    [InlineData("ms", "Anwar Terima Kunjungan Hormat Duta Itali Di Putrajaya", "Anwar terima kunjungan hormat Duta Itali di Putrajaya")]
    [InlineData("tl", "Pilipinas At Italya Lumagda Sa Kasunduan Sa Depensa", "Pilipinas at Italya lumagda sa kasunduan sa depensa")]
    public void A_title_case_headline_names_what_its_sentence_case_form_names(string language, string titleCase, string sentenceCase)
    {
        const string body = "\n\n";
        var asTitle = PeopleAndPlaces(Extract(titleCase + body, language));
        var asSentence = PeopleAndPlaces(Extract(sentenceCase + body, language));

        Assert.NotEmpty(asSentence);
        Assert.Equal(asSentence, asTitle);
    }

    [Fact]
    public void A_verb_in_a_title_case_headline_is_not_taken_as_a_name_after_a_role()
    {
        var entities = Extract("Italian Minister Visits Jakarta To Boost Trade Ties\n\nThe minister arrived on Monday.", "en");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
        Assert.NotNull(Find(entities, EntityType.Location, "Jakarta"));
    }

    [Fact]
    public void A_headline_word_the_article_writes_in_lowercase_does_not_open_a_name()
    {
        // "Pledges" is in no verb list; the body's "pledged" shows it is a common word.
        var entities = Extract(
            "Italian Minister Pledges Support For Vietnamese Startups\n\nThe minister pledged support on Monday, and the pledges were welcomed.", "en");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void A_place_whose_name_holds_a_function_word_keeps_it_in_a_headline()
    {
        var entities = Extract("Missione Italiana Arriva A Da Nang\n\nLa missione è arrivata lunedì.", "it");

        Assert.NotNull(Find(entities, EntityType.Location, "Da Nang"));
    }

    [Theory]
    [InlineData("ms", "Syarikat Makanan Laut Malaysia Sasar Jualan Besar di Pameran Milan\n\nSebanyak 20 syarikat makanan laut akan ke pameran itu dengan sasaran jualan RM5 juta.")]
    [InlineData("id", "Perusahaan Kopi Indonesia Incar Pasar Baru di Eropa\n\nSejumlah perusahaan kopi akan mengikuti pameran untuk mencari pasar baru di Italia.")]
    public void A_title_case_headline_with_lowercase_prepositions_names_no_body_after_its_first_word(string language, string text)
    {
        var entities = Extract(text, language);

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization);
    }

    private static SortedSet<string> PeopleAndPlaces(IEnumerable<Entity> entities) =>
        new(entities.Where(e => e.Type is EntityType.Person or EntityType.Location).Select(e => $"{e.Type}:{NameFolder.Fold(e.Name)}"),
            StringComparer.Ordinal);
}
