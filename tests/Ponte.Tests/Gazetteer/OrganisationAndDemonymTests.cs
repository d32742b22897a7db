using Ponte.Languages.Gazetteer;

namespace Ponte.Tests.Gazetteer;

public sealed class OrganisationAndDemonymTests
{
    private static readonly global::Ponte.Languages.Gazetteer.Gazetteer G = global::Ponte.Languages.Gazetteer.Gazetteer.Default;

    [Theory]
    [InlineData("ASEAN", "asean")]
    [InlineData("Asean", "asean")]
    [InlineData("Hiệp hội các quốc gia Đông Nam Á", "asean")]
    [InlineData("Associazione delle Nazioni del Sud-est asiatico", "asean")]
    [InlineData("Persatuan Negara-Negara Asia Tenggara", "asean")]
    [InlineData("Perhimpunan Bangsa-Bangsa Asia Tenggara", "asean")]
    [InlineData("อาเซียน", "asean")]
    [InlineData("European Union", "eu")]
    [InlineData("Liên minh châu Âu", "eu")]
    [InlineData("Unione europea", "eu")]
    [InlineData("Kesatuan Eropah", "eu")]
    [InlineData("Uni Eropa", "eu")]
    [InlineData("Ue", "eu")]
    [InlineData("Ủy ban châu Âu", "european-commission")]
    [InlineData("Commissione europea", "european-commission")]
    [InlineData("Suruhanjaya Eropah", "european-commission")]
    [InlineData("Komisi Eropa", "european-commission")]
    [InlineData("Liên Hợp Quốc", "un")]
    [InlineData("Nazioni Unite", "un")]
    [InlineData("PBB", "un")]
    [InlineData("World Bank", "world-bank")]
    [InlineData("Ngân hàng Thế giới", "world-bank")]
    [InlineData("Fondo monetario internazionale", "imf")]
    [InlineData("G20", "g20")]
    [InlineData("NATO", "nato")]
    [InlineData("OCSE", "oecd")]
    public void Organisations_are_found_by_name_or_acronym_in_any_language(string name, string id) =>
        Assert.Equal(id, G.LookupOrganisation(name)?.Id);

    [Fact]
    public void Agreements_are_told_apart_from_bodies()
    {
        Assert.Equal(OrganisationKind.Agreement, G.LookupOrganisation("RCEP")?.Kind);
        Assert.Equal(OrganisationKind.Organisation, G.LookupOrganisation("APEC")?.Kind);
        Assert.Equal("ASEAN", G.LookupOrganisation("Association of Southeast Asian Nations")?.ShortName);
    }

    [Fact]
    public void Organisations_are_found_in_running_text()
    {
        const string text = "Un funzionario dell'Ue ha incontrato l'ASEAN e il Fondo monetario internazionale.";
        var found = G.FindOrganisations(text);
        Assert.Equal(["eu", "asean", "imf"], found.Select(f => f.Organisation.Id));
        Assert.True(found[0].IsAcronym);
        Assert.False(found[2].IsAcronym);
        Assert.Equal("Fondo monetario internazionale", found[2].Span.Slice(text));
    }

    [Theory]
    [InlineData("Italian", "IT")]
    [InlineData("italiane", "IT")]
    [InlineData("Vietnamese", "VN")]
    [InlineData("vietnamita", "VN")]
    [InlineData("Ý", "IT")]
    [InlineData("người Việt", "VN")]
    [InlineData("Malaysian", "MY")]
    [InlineData("orang Malaysia", "MY")]
    [InlineData("Indonesian", "ID")]
    [InlineData("Thai", "TH")]
    [InlineData("ชาวไทย", "TH")]
    [InlineData("Filipino", "PH")]
    [InlineData("Pilipino", "PH")]
    [InlineData("Singaporean", "SG")]
    [InlineData("tedeschi", "DE")]
    public void Demonyms_lead_to_their_country(string word, string id) =>
        Assert.Equal(id, G.CountryOfDemonym(word)?.Id);

    [Fact]
    public void Demonyms_are_found_in_roles()
    {
        const string text = "the Vietnamese Ambassador to Italy";
        Assert.True(G.TryMatchDemonymAt(text, 4, out var match));
        Assert.Equal("VN", match.Country.Id);
        Assert.Equal("Vietnamese", match.Span.Slice(text));
        Assert.Null(G.CountryOfDemonym("Ambassador"));
    }
}
