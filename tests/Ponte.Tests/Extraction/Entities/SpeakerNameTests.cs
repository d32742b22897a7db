using Ponte.Core.Model;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>
/// Two to four name-shaped words right before or after a verb of saying are a person ("Dewi Anggraini said", "The plan,
/// Dewi Anggraini said, …", "ujar Ratna Dewi Lestari di …"); a place, a body or a capitalised common word there is not.
/// </summary>
public sealed class SpeakerNameTests
{
    private const string Lead = "ROME, 12 March 2025 - Italy and Indonesia agreed on Tuesday to expand trade in farm goods and machinery.\n";

    [Theory]
    [InlineData("en", Lead + "Dewi Anggraini Putri said the new fund would open in June.", "Dewi Anggraini Putri")]
    [InlineData("en", Lead + "The plan, Dewi Anggraini Putri said, will cover ten provinces.", "Dewi Anggraini Putri")]
    [InlineData("en", Lead + "The plan, Bopha Kim Sovann said, will cover ten provinces.", "Bopha Kim Sovann")]
    [InlineData("en", Lead + "\"We are ready,\" said Maria Lucia Ferrante on Tuesday.", "Maria Lucia Ferrante")]
    [InlineData("id", "JAKARTA, 12 Maret 2025 - Indonesia dan Italia sepakat memperluas perdagangan.\n\"Kami siap,\" ujar Ratna Dewi Lestari di Surabaya.", "Ratna Dewi Lestari")]
    [InlineData("id", "JAKARTA, 12 Maret 2025 - Indonesia dan Italia sepakat memperluas perdagangan.\nRencana itu, kata Wahyu Tri Nugroho, akan dibiayai Uni Eropa.", "Wahyu Tri Nugroho")]
    [InlineData("ms", "KUALA LUMPUR, 12 Mac 2025 - Malaysia dan Itali bersetuju memperluas perdagangan.\nRancangan itu, kata Nurul Aina Hassan, akan dibiayai Kesatuan Eropah.", "Nurul Aina Hassan")]
    [InlineData("it", "ROMA, 12 marzo 2025 – L'Italia e la Thailandia hanno avviato nuovi progetti.\nIl piano, ha detto Ornella Zanchetta Bellucci, sarà finanziato dall'Unione europea.", "Ornella Zanchetta Bellucci")]
    [InlineData("vi", "HÀ NỘI, ngày 12 tháng 3 năm 2025 - Việt Nam và Italy nhất trí mở rộng thương mại.\nGiovanni Ferraro Lanza cho biết quỹ đã sẵn sàng.", "Giovanni Ferraro Lanza")]
    public void A_name_by_a_verb_of_saying_is_a_person(string language, string text, string name)
    {
        var entities = EntityTestKit.Extract(text, language);

        var person = EntityTestKit.Find(entities, EntityType.Person, name);
        Assert.True(person is not null, string.Join("\n", entities.Select(EntityTestKit.Describe)));
        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("en", Lead + "Jakarta said the talks would continue.")]
    [InlineData("en", Lead + "ASEAN said it welcomed the plan.")]
    [InlineData("en", Lead + "The Ministry said the budget was ready.")]
    [InlineData("en", Lead + "The plan, the Trade Ministry said, will cover ten provinces.")]
    [InlineData("en", Lead + "\"We are ready,\" said Southeast Asian officials on Monday.")]
    [InlineData("it", "ROMA, 12 marzo 2025 – L'Italia e la Thailandia hanno avviato nuovi progetti.\nLa Farnesina ha detto che i colloqui continueranno.")]
    [InlineData("id", "JAKARTA, 12 Maret 2025 - Indonesia dan Italia sepakat memperluas perdagangan.\nRencana itu, kata Kementerian Perdagangan, akan dibiayai Uni Eropa.")]
    public void A_place_or_body_by_a_verb_of_saying_is_no_person(string language, string text)
    {
        var entities = EntityTestKit.Extract(text, language);

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }
}
