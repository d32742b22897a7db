using Ponte.Core.Model;
using static Ponte.Tests.Extraction.Entities.EntityTestKit;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>A plain "Firstname Lastname" after a role, a nationality or an attribution is a person, in the shapes news writes.</summary>
public sealed class PersonShapeTests
{
    [Theory]
    [InlineData("en", "Italian diplomat Davide Giglio opened the forum.", "Italian diplomat")]
    [InlineData("it", "Il diplomatico italiano Davide Giglio ha aperto il forum.", "diplomatico italiano")]
    [InlineData("vi", "Nhà ngoại giao Italy Davide Giglio khai mạc diễn đàn.", "Nhà ngoại giao Italy")]
    [InlineData("id", "Diplomat Italia Davide Giglio membuka forum.", "Diplomat Italia")]
    [InlineData("ms", "Usahawan Itali Davide Giglio membuka kilang di Johor Bahru.", "Usahawan Itali")]
    [InlineData("id", "Warga negara Italia Davide Giglio membuka pabrik di Surabaya.", "Warga negara Italia")]
    [InlineData("it", "L'ambasciatore italiano a Kuala Lumpur, Davide Giglio, ha aperto il forum.", "ambasciatore italiano a Kuala Lumpur")]
    [InlineData("it", "L'ambasciatore italiano in Malaysia, Davide Giglio, ha aperto il forum.", "ambasciatore italiano in Malaysia")]
    public void A_name_after_a_role_is_a_person_with_that_role(string language, string text, string role)
    {
        var person = Find(Extract(text, language), EntityType.Person, "Davide Giglio");

        Assert.NotNull(person);
        Assert.Contains(role, person.Roles);
    }

    // A Malay title between a role and the name: its apostrophe ("Dato'") ended the title too soon, so "Sri" joined the name and
    // the role was lost; Italian and Vietnamese did not know the title at all.
    [Theory]
    [InlineData("en", "Malaysia's Ambassador to Italy, Dato' Sri Nurul Huda, opened the forum.", "Malaysia's Ambassador to Italy")]
    [InlineData("en", "Dato' Sri Nurul Huda, Malaysia's Ambassador to Italy, opened the forum.", "Malaysia's Ambassador to Italy")]
    [InlineData("it", "L'ambasciatrice della Malaysia in Italia, Dato' Sri Nurul Huda, ha aperto il forum.", "ambasciatrice della Malaysia in Italia")]
    [InlineData("vi", "Đại sứ Malaysia tại Italy, Dato' Sri Nurul Huda, khai mạc diễn đàn.", "Đại sứ Malaysia tại Italy")]
    [InlineData("it", "L'ambasciatore della Malaysia, Tan Sri Nurul Huda, ha aperto il forum.", "ambasciatore della Malaysia")]
    public void A_regional_title_before_a_name_is_no_part_of_it_in_any_language(string language, string text, string role)
    {
        var entities = Extract(text, language);
        var person = Find(entities, EntityType.Person, "Nurul Huda");

        Assert.NotNull(person);
        Assert.Contains(role, person.Roles);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name.Contains("Sri", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Italian Davide Giglio said trade had grown.")]
    [InlineData("it", "L'italiano Davide Giglio ha aperto il forum.")]
    [InlineData("en", "Trade grew, according to Davide Giglio.")]
    [InlineData("en", "According to Davide Giglio, trade grew.")]
    [InlineData("it", "Secondo Davide Giglio, il commercio cresce.")]
    [InlineData("id", "Menurut Davide Giglio, perdagangan tumbuh.")]
    [InlineData("ms", "Menurut Davide Giglio, perdagangan berkembang.")]
    [InlineData("tl", "Ayon kay Davide Giglio, lumago ang kalakalan.")]
    [InlineData("tl", "Nagtungo sa Putrajaya si Davide Giglio.")]
    public void A_name_after_a_nationality_or_an_attribution_is_a_person(string language, string text)
    {
        var entities = Extract(text, language);

        Assert.NotNull(Find(entities, EntityType.Person, "Davide Giglio"));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name.Contains("Italian", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tagalog_person_marker_leaves_a_title_after_it_to_the_role()
    {
        var entities = Extract("Nakipagpulong si Kalihim Maria Santos kay Ambasador Luca Ferri sa Maynila.", "tl");

        Assert.Contains("Kalihim", Find(entities, EntityType.Person, "Maria Santos")?.Roles ?? []);
        Assert.Contains("Ambasador", Find(entities, EntityType.Person, "Luca Ferri")?.Roles ?? []);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name.StartsWith("Ambasador", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "According to the ministry, trade grew.")]
    [InlineData("en", "According to Vietnam's General Statistics Office, exports rose.")]
    [InlineData("it", "Secondo l'Istat, il commercio cresce.")]
    [InlineData("it", "Il secondo Forum si terrà a Roma.")]
    [InlineData("id", "Menurut Badan Pusat Statistik, ekspor naik.")]
    public void An_attribution_to_a_body_makes_no_person(string language, string text) =>
        Assert.DoesNotContain(Extract(text, language), e => e.Type == EntityType.Person);
}
