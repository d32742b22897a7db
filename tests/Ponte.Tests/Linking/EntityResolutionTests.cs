using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Pipeline.Linking;

namespace Ponte.Tests.Linking;

/// <summary>
/// One store entity per real-world entity, across diacritics, word order, acronyms, translated organisation words, place names
/// in other languages and small typos — while close names of different people, and a body and its parent, stay apart.
/// </summary>
public sealed class EntityResolutionTests
{
    private readonly Linker _linker = Composition.CreateLinker();
    private readonly InMemoryKnowledgeIndex _index = new();
    private int _documents;

    private string Link(string language, EntityType type, string name, params string[] aliases)
    {
        var entity = new Entity
        {
            Type = type,
            Name = name,
            Key = NameFolder.Fold(name),
            Aliases = aliases,
            Mentions = [new Mention(name, new TextSpan(0, name.Length)), .. aliases.Select(a => new Mention(a, new TextSpan(0, a.Length)))],
        };
        var id = (++_documents).ToString("x64", System.Globalization.CultureInfo.InvariantCulture);
        var analysis = new DocumentAnalysis
        {
            Document = new Document { Id = id, Text = name, Language = new LanguageTag(language, 1) },
            Entities = [entity],
        };
        return _linker.Link(analysis, _index).EntityIds[0];
    }

    [Theory]
    [InlineData("vi", "Dương Hải Hưng", "en", "Duong Hai Hung")]
    [InlineData("en", "Romano Prodi", "it", "Prodi Romano")]
    public void A_person_is_one_entity_across_diacritics_and_word_order(string la, string a, string lb, string b) =>
        Assert.Equal(Link(la, EntityType.Person, a), Link(lb, EntityType.Person, b));

    [Fact]
    public void Close_names_of_different_people_stay_apart() =>
        Assert.NotEqual(Link("en", EntityType.Person, "Romano Prodi"), Link("en", EntityType.Person, "Romeo Orlandi"));

    [Fact]
    public void An_organisation_is_one_entity_across_languages_and_its_acronym()
    {
        var english = Link("en", EntityType.Organization, "Italy-ASEAN Association", "IAA");
        Assert.Equal(english, Link("vi", EntityType.Organization, "Hiệp hội Italy-ASEAN"));
        Assert.Equal(english, Link("it", EntityType.Organization, "Associazione Italia-ASEAN"));
        Assert.Equal(english, Link("en", EntityType.Organization, "IAA"));
    }

    [Fact]
    public void A_body_stays_apart_from_its_parent() =>
        Assert.NotEqual(Link("en", EntityType.Organization, "ASEAN"), Link("en", EntityType.Organization, "ASEAN Secretariat"));

    [Theory]
    [InlineData("en", "Houston", "en", "Houson")]
    [InlineData("en", "Thailand", "vi", "Thái Lan")]
    [InlineData("en", "Rome", "it", "Roma")]
    public void A_place_is_one_entity_across_languages_and_typos(string la, string a, string lb, string b) =>
        Assert.Equal(Link(la, EntityType.Location, a), Link(lb, EntityType.Location, b));

    [Fact]
    public void An_award_is_one_entity_across_languages() =>
        Assert.Equal(
            Link("en", EntityType.Initiative, "awards for outstanding thesis on ASEAN"),
            Link("vi", EntityType.Initiative, "Giải thưởng cho luận văn xuất sắc về ASEAN"));
}
