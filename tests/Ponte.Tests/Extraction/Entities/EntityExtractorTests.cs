using Ponte.Core.Model;
using Ponte.Core.Text;
using static Ponte.Tests.Extraction.Entities.EntityTestKit;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>What a reader expects the extractor to find in short texts, one behaviour per test.</summary>
public sealed class EntityExtractorTests
{
    [Fact]
    public void A_role_before_a_name_makes_a_person_with_that_role_and_its_country()
    {
        var entities = Extract("The talks were led by Vietnamese Ambassador to Italy Nguyen Van An on Monday.", "en");

        var person = Single(entities, EntityType.Person, "Nguyen Van An");
        Assert.Equal(["Vietnamese Ambassador to Italy"], person.Roles);
        Assert.NotNull(Find(entities, EntityType.Location, "Italy"));
        Assert.Null(Find(entities, EntityType.Location, "Vietnamese"));
    }

    [Theory]
    [InlineData("en", "The deal was signed by Malaysia's Minister of Investment, Trade and Industry (MITI), Zafrul Aziz, on Friday.", "Zafrul Aziz", "Malaysia's Minister of Investment, Trade and Industry")]
    [InlineData("en", "The deal was signed by the Minister of Trade (MOT), Datuk Seri Amir Hamzah, on Friday.", "Amir Hamzah", "Minister of Trade")]
    [InlineData("id", "Hadir pula Menteri Perdagangan (Mendag), Budi Santoso, dalam acara itu.", "Budi Santoso", "Menteri Perdagangan")]
    public void An_acronym_in_brackets_between_a_role_and_its_comma_keeps_the_name_that_follows(string language, string text, string name, string role)
    {
        var person = Single(Extract(text, language), EntityType.Person, name);
        Assert.Contains(role, person.Roles);
    }

    [Fact]
    public void Roles_in_apposition_are_split_and_keep_the_body_they_belong_to()
    {
        var entities = Extract(
            "The committee met Giulia Conti, former Deputy Minister of Economy of Italy and now senior advisor of Orbis Robotics, a startup.", "en");

        var person = Single(entities, EntityType.Person, "Giulia Conti");
        Assert.Contains("former Deputy Minister of Economy of Italy", person.Roles);
        Assert.Contains(person.RoleMentions, r => r.Role == "senior advisor of Orbis Robotics" && r.Organization == "Orbis Robotics");
        Assert.NotNull(Find(entities, EntityType.Organization, "Orbis Robotics"));
    }

    [Fact]
    public void Its_before_a_role_means_the_body_named_just_before()
    {
        var entities = Extract(
            "Delegates met leaders of the Malaysia-Italy Business Council (MIBC), including its chairman Ahmad Faizal, who is a former senator.",
            "en");

        var person = Single(entities, EntityType.Person, "Ahmad Faizal");
        Assert.Contains(person.RoleMentions, r => r.Organization == "Malaysia-Italy Business Council");
        Assert.Contains("former senator", person.Roles);
    }

    [Fact]
    public void An_acronym_defined_in_brackets_is_an_alias_and_its_later_uses_are_mentions()
    {
        var entities = Extract(
            "The Italian Trade Agency (ITA) opened an office in Hanoi. ITA staff will help exporters, the ITA said.", "en");

        var agency = Single(entities, EntityType.Organization, "Italian Trade Agency");
        Assert.Equal(NameFolder.Fold("Italian Trade Agency"), agency.Key);
        Assert.Contains("ITA", agency.Aliases);
        Assert.Equal(4, agency.Mentions.Count);
        Assert.Single(entities, e => e.Type == EntityType.Organization && NamesOf(e).Contains("ita"));
    }

    [Fact]
    public void An_unexplained_acronym_is_an_organisation_but_common_abbreviations_are_not()
    {
        var entities = Extract("Officials of the KBX met the CEO to discuss GDP growth and FDI in US$ terms.", "en");

        Assert.NotNull(Find(entities, EntityType.Organization, "KBX"));
        Assert.Null(Find(entities, EntityType.Organization, "CEO"));
        Assert.Null(Find(entities, EntityType.Organization, "GDP"));
        Assert.Null(Find(entities, EntityType.Organization, "FDI"));
        Assert.DoesNotContain(entities, e => NamesOf(e).Contains("us"));
    }

    [Fact]
    public void Case_variants_are_one_body_and_a_body_of_it_stays_apart()
    {
        var entities = Extract("Asean Ministers Meet In Bangkok\nThe ASEAN Secretariat said ASEAN will meet in Bangkok.", "en");

        var asean = Single(entities, EntityType.Organization, "ASEAN");
        Assert.Contains("Asean", asean.Aliases);
        var secretariat = Single(entities, EntityType.Organization, "ASEAN Secretariat");
        Assert.NotSame(asean, secretariat);
        Assert.DoesNotContain("asean", NamesOf(secretariat));
    }

    [Fact]
    public void A_surname_and_a_speaking_pronoun_are_further_mentions_of_the_person()
    {
        const string text = "Foreign Minister Retno Marsudi arrived in Rome. Marsudi praised the talks. \"We are ready,\" she said.";
        var entities = Extract(text, "en");

        var person = Single(entities, EntityType.Person, "Retno Marsudi");
        Assert.Contains("Marsudi", person.Aliases);
        Assert.Contains(person.Mentions, m => m.Text == "she");
        Assert.DoesNotContain("she", person.Aliases);
        Assert.All(person.Mentions, m => Assert.Equal(m.Text, m.Span.Slice(text)));
    }

    [Fact]
    public void A_role_used_for_its_holder_and_a_pronoun_after_it_are_mentions_of_that_person()
    {
        const string text = "Thai Prime Minister Srettha Thavisin met Italian President Sergio Mattarella. " +
                            "Later the prime minister said trade would double. \"We are partners,\" he said.";
        var entities = Extract(text, "en");

        var srettha = Single(entities, EntityType.Person, "Srettha Thavisin");
        Assert.Contains(srettha.Mentions, m => m.Text == "prime minister");
        Assert.Contains(srettha.Mentions, m => m.Text == "he");
        Assert.DoesNotContain(Single(entities, EntityType.Person, "Sergio Mattarella").Mentions, m => m.Text == "he");
    }

    [Fact]
    public void A_byline_names_the_author()
    {
        var entities = Extract("Trade Ties Grow\nBy Siti Aminah Binti Yusof\nKUALA LUMPUR, May 2 (Bernama) -- Exports rose.", "en");

        var author = Single(entities, EntityType.Person, "Siti Aminah Binti Yusof");
        Assert.Equal(["author"], author.Roles);
        Assert.NotNull(Find(entities, EntityType.Organization, "Bernama"));
        Assert.NotNull(Find(entities, EntityType.Location, "Kuala Lumpur"));
    }

    [Fact]
    public void A_place_inside_a_name_is_not_a_place_of_its_own()
    {
        var entities = Extract("The Embassy of Malaysia in Rome hosted the event.", "en");

        Assert.NotNull(Find(entities, EntityType.Organization, "Embassy of Malaysia in Rome"));
        Assert.Null(Find(entities, EntityType.Location, "Malaysia"));
        Assert.Null(Find(entities, EntityType.Location, "Rome"));
    }

    [Fact]
    public void A_misspelt_place_is_read_only_where_a_place_is_expected()
    {
        var where = Extract("The firm is headquartered in Houson, Texas.", "en");
        var place = Single(where, EntityType.Location, "Houson");
        Assert.Contains("Houston", place.Aliases);

        var who = Extract("Houson said the firm would grow.", "en");
        Assert.DoesNotContain(who, e => e.Type == EntityType.Location);
    }

    [Fact]
    public void Initiatives_come_from_head_words_lists_and_initiative_nouns()
    {
        var entities = Extract(
            "Leaders backed the 4th Mekong Water Dialogue and the Green Corridor initiative, and projects such as coastal mangrove restoration, " +
            "the Digital Skills Fund and the Asia Startup Network to help young people.",
            "en");

        var dialogue = Single(entities, EntityType.Initiative, "Mekong Water Dialogue");
        Assert.Contains(dialogue.Mentions, m => m.Text == "4th Mekong Water Dialogue");
        Assert.NotNull(Find(entities, EntityType.Initiative, "Green Corridor initiative"));
        Assert.NotNull(Find(entities, EntityType.Initiative, "coastal mangrove restoration"));
        Assert.NotNull(Find(entities, EntityType.Initiative, "Digital Skills Fund"));
        Assert.NotNull(Find(entities, EntityType.Initiative, "Asia Startup Network"));
    }

    [Fact]
    public void A_list_after_a_noun_that_is_not_about_initiatives_gives_nothing()
    {
        var entities = Extract("They discussed issues such as rising costs, labour shortages and climate risks.", "en");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Initiative);
    }

    [Fact]
    public void Vietnamese_titles_names_and_bodies_are_read_with_their_accents()
    {
        var entities = Extract(
            "Đại sứ Lê Minh Tuấn đã làm việc với Đài Truyền hình Việt Nam và Bộ Công Thương. Ông Tuấn cho biết Bộ sẽ hỗ trợ.", "vi");

        var person = Single(entities, EntityType.Person, "Lê Minh Tuấn");
        Assert.Equal(["Đại sứ"], person.Roles);
        Assert.Contains("Tuấn", person.Aliases);
        Assert.NotNull(Find(entities, EntityType.Organization, "Đài Truyền hình Việt Nam"));
        Assert.NotNull(Find(entities, EntityType.Organization, "Bộ Công Thương"));
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Organization && e.Name.StartsWith("Đại sứ", StringComparison.Ordinal));
    }

    [Fact]
    public void Vietnamese_names_keep_a_word_whose_later_syllables_are_lowercase()
    {
        var entities = Extract("Hai bên thúc đẩy Đối tác Phát triển của ASEAN và Quỹ Hợp tác Mê Kông.", "vi");

        Assert.NotNull(Find(entities, EntityType.Initiative, "Đối tác Phát triển của ASEAN"));
        Assert.NotNull(Find(entities, EntityType.Initiative, "Quỹ Hợp tác Mê Kông"));
    }

    [Fact]
    public void A_Vietnamese_name_written_without_a_title_is_found_by_its_family_name()
    {
        var entities = Extract("Theo Nguyễn Thị Hồng Nhung, hợp tác sẽ tăng.", "vi");

        Assert.NotNull(Find(entities, EntityType.Person, "Nguyễn Thị Hồng Nhung"));
    }

    [Fact]
    public void Every_entity_key_is_the_folded_name_and_every_mention_points_at_its_text()
    {
        const string text = "Thủ tướng Phạm Minh Chính tiếp Chủ tịch Tập đoàn Pirelli tại Hà Nội.";
        var entities = Extract(text, "vi");

        Assert.NotEmpty(entities);
        Assert.All(entities, e =>
        {
            Assert.Equal(NameFolder.Fold(e.Name), e.Key);
            Assert.All(e.Mentions, m => Assert.Equal(m.Text, m.Span.Slice(text)));
        });
    }

    [Fact]
    public void Malay_honorifics_and_bin_join_one_name()
    {
        var entities = Extract("Menteri Luar Negeri Datuk Seri Ahmad Zahid bin Hamidi berkata Malaysia menyokong Sekretariat ASEAN.", "ms");

        var person = Single(entities, EntityType.Person, "Ahmad Zahid bin Hamidi");
        Assert.Equal(["Menteri Luar Negeri"], person.Roles);
        Assert.NotNull(Find(entities, EntityType.Organization, "Sekretariat ASEAN"));
    }

    [Fact]
    public void Indonesian_single_names_follow_their_title()
    {
        var entities = Extract("Presiden Jokowi bertemu Menteri Perdagangan Zulkifli Hasan di Istana.", "id");

        Assert.NotNull(Find(entities, EntityType.Person, "Jokowi"));
        Assert.Equal(["Menteri Perdagangan"], Single(entities, EntityType.Person, "Zulkifli Hasan").Roles);
    }

    [Fact]
    public void Italian_roles_are_lowercase_and_bodies_take_their_complements()
    {
        var entities = Extract("Il ministro degli Esteri Antonio Tajani ha incontrato i vertici della Banca d'Italia a Roma.", "it");

        Assert.Equal(["ministro degli Esteri"], Single(entities, EntityType.Person, "Antonio Tajani").Roles);
        Assert.NotNull(Find(entities, EntityType.Organization, "Banca d'Italia"));
        Assert.NotNull(Find(entities, EntityType.Location, "Roma"));
    }

    [Fact]
    public void Thai_titles_written_onto_the_name_still_give_the_person()
    {
        var entities = Extract("นายกรัฐมนตรี นายสมศักดิ์ ใจดี เดินทางเยือนอิตาลี", "th");

        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Name.StartsWith("สมศักดิ์", StringComparison.Ordinal));
        Assert.NotNull(Find(entities, EntityType.Location, "อิตาลี"));
    }

    [Fact]
    public void A_thai_verb_of_welcome_after_a_role_is_no_name_and_leaves_the_role_to_the_one_before()
    {
        // "Somsak Jaidee, Minister of Foreign Affairs, welcomed Mr Luca Bianchi, Deputy Prime Minister of Italy, at the ministry."
        var entities = Extract("นายสมศักดิ์ ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ ให้การต้อนรับนายลูก้า บีอันคี รองนายกรัฐมนตรีอิตาลี ที่กระทรวงการต่างประเทศ", "th");

        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Name.StartsWith("ให้การ", StringComparison.Ordinal));
        var minister = Assert.Single(entities, e => e.Type == EntityType.Person && e.Name.StartsWith("สมศักดิ์", StringComparison.Ordinal));
        Assert.Contains(minister.Roles, r => r.StartsWith("รัฐมนตรี", StringComparison.Ordinal));
    }

    [Fact]
    public void Filipino_reports_keep_english_titles_with_their_portfolio_and_country()
    {
        var entities = Extract("Pinangunahan ni Health Secretary Mario Santos at ni Italian Ambassador to the Philippines Carlo Verdi ang paglagda.", "tl");

        Assert.Contains("Health Secretary", Single(entities, EntityType.Person, "Mario Santos").Roles);
        Assert.Contains("Italian Ambassador to the Philippines", Single(entities, EntityType.Person, "Carlo Verdi").Roles);
    }

    [Theory]
    [InlineData("vi", "Thứ trưởng Ngoại giao Italy Maria Rossi đã đến Hà Nội. Thứ trưởng Rossi cho biết Italy muốn tăng đầu tư.", "Maria Rossi", "Thứ trưởng Ngoại giao Italy")]
    [InlineData("en", "Agriculture Secretary Juan Cruz opened the fair. Secretary Cruz said exports would grow.", "Juan Cruz", "Agriculture Secretary")]
    public void A_role_repeated_cut_short_is_the_same_role(string language, string text, string name, string role)
    {
        var person = Single(Extract(text, language), EntityType.Person, name);
        Assert.Equal([role], person.Roles);
    }

    private static Entity Single(IEnumerable<Entity> entities, EntityType type, string name) =>
        Find(entities, type, name) ?? throw new Xunit.Sdk.XunitException(
            $"no {type} called {name} among:\n" + string.Join("\n", entities.Select(Describe)));
}
