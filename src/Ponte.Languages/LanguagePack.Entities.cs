namespace Ponte.Languages;

/// <summary>
/// Data of <c>entities.json</c>: the words that announce people, organisations, places and initiatives in one language.
/// Entries are matched case- and accent-insensitively, word by word ("secretary-general" matches "Secretary General").
/// The neutral pack's lists marked "shared" (agencies, family names…) apply to every language on top of its own.
/// </summary>
public sealed class EntitiesData
{
    /// <summary>Courtesy titles written before a name and not a role: "Mr", "Dr", "ông", "Datuk", "Tan Sri".</summary>
    public List<string> Honorifics { get; set; } = [];

    /// <summary>
    /// Shared: courtesy titles of the region that reports in every language keep as they are ("Tan Sri", "Dato' Sri",
    /// "Pehin"): an Italian or Vietnamese report names a Malaysian ambassador with them.
    /// </summary>
    public List<string> RegionalTitles { get; set; } = [];

    /// <summary>Role nouns that make the following name a person: "ambassador", "prime minister", "Đại sứ", "ministro".</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Words that qualify a role on either side: "former", "deputy", "senior", "cựu", "ex", "mantan".</summary>
    public List<string> RoleModifiers { get; set; } = [];

    /// <summary>Words that tie a role to its organisation or country: "of", "to", "của", "tại", "di", "untuk".</summary>
    public List<string> RoleLinks { get; set; } = [];

    /// <summary>Portfolio words completing a role without being a name: "Foreign Affairs", "Ngoại giao", "Esteri".</summary>
    public List<string> Portfolios { get; set; } = [];

    /// <summary>Words linking a name to a role in apposition: "who is", "and now", "đồng thời là", "hiện là".</summary>
    public List<string> AppositionLinks { get; set; } = [];

    /// <summary>Copulas introducing the names that share a role: "là" in "hai Phó Chủ tịch là A và B", "are".</summary>
    public List<string> Copulas { get; set; } = [];

    /// <summary>Capitalised words that make a name an organisation: "Association", "Hiệp hội", "Ministero".</summary>
    public List<string> OrganizationHeads { get; set; } = [];

    /// <summary>Organisation words that only count next to another capitalised word: "Bộ", "Ban", "Space", "Group".</summary>
    public List<string> WeakOrganizationHeads { get; set; } = [];

    /// <summary>
    /// Words closing a company's name whatever the language ("Space", "Group", "Bhd", "Tbk", "SpA"): the name is the
    /// capitalised words before them. Shared: the neutral pack's list applies to every language too.
    /// </summary>
    public List<string> CompanySuffixes { get; set; } = [];

    /// <summary>Organisation heads whose name goes on with a place: "Embassy … in X", "Đại sứ quán … tại X".</summary>
    public List<string> LocativeHeads { get; set; } = [];

    /// <summary>
    /// Words that make a name a building or venue ("Convention Centre", "Palazzo", "Istana", "Trung tâm Hội nghị"): such
    /// names are recognised so that no other rule takes them, but they are not reported as entities.
    /// </summary>
    public List<string> VenueHeads { get; set; } = [];

    /// <summary>Shared: words a gazetteer may hold as a place's short name that alone never name one ("Republic", "Republik").</summary>
    public List<string> NotPlaces { get; set; } = [];

    /// <summary>Common nouns written before a company's own name: "company", "công ty", "perusahaan".</summary>
    public List<string> OrganizationNouns { get; set; } = [];

    /// <summary>Capitalised words that make a name an initiative: "Strategy", "Dialogue", "Đối tác", "Premio".</summary>
    public List<string> InitiativeHeads { get; set; } = [];

    /// <summary>Lowercase nouns that, after a capitalised name, make it an initiative: "initiative", "programme".</summary>
    public List<string> InitiativeNouns { get; set; } = [];

    /// <summary>Plural nouns whose examples ("such as A, B and C") are initiatives: "initiatives", "projects", "dự án".</summary>
    public List<string> ListNouns { get; set; } = [];

    /// <summary>Relative pronouns: a list noun they follow still governs a list further on ("projects that … such as").</summary>
    public List<string> RelativePronouns { get; set; } = [];

    /// <summary>Words that open a list of examples: "such as", "including", "như", "come", "seperti".</summary>
    public List<string> ListTriggers { get; set; } = [];

    /// <summary>Lowercase words allowed inside a capitalised name: "of", "for", "on", "and", "của", "degli", "dan".</summary>
    public List<string> Connectors { get; set; } = [];

    /// <summary>Articles dropped from the front of a name: "the", "a", "các", "il", "l", "sang".</summary>
    public List<string> Determiners { get; set; } = [];

    /// <summary>Words that end a descriptive name ("slated", "sẽ", "in" before a date): verbs, auxiliaries, prepositions.</summary>
    public List<string> Stoppers { get; set; } = [];

    /// <summary>Words that are never names even when capitalised (sentence starts, headlines): "The", "Meanwhile", "Tuy".</summary>
    public List<string> FunctionWords { get; set; } = [];

    /// <summary>Lowercase or capitalised particles inside personal names: "di", "van", "von", "bin", "binti", "a/l".</summary>
    public List<string> NameParticles { get; set; } = [];

    /// <summary>Words that only ever stand before a person's name: Tagalog "si", "ni", "kay" (and plural "sina", "nina", "kina").</summary>
    public List<string> PersonMarkers { get; set; } = [];

    /// <summary>Suffixes after a personal name: "Jr", "Sr", "III".</summary>
    public List<string> NameSuffixes { get; set; } = [];

    /// <summary>Personal pronouns that can stand for the last person named when they speak: "he", "she", "ông", "beliau".</summary>
    public List<string> Pronouns { get; set; } = [];

    /// <summary>Possessives that refer back to the last organisation: "its", "their", "nya".</summary>
    public List<string> Possessives { get; set; } = [];

    /// <summary>Verbs of saying: a name or pronoun next to one is a speaker ("said", "nói", "ha detto", "berkata").</summary>
    public List<string> SpeechVerbs { get; set; } = [];

    /// <summary>
    /// Verbs of news reports in the forms headlines use ("visits", "meets", "bertemu", "perkuat", "incontra"): capitalised
    /// in a title-case line they are read as lowercase, so they end the names before them.
    /// </summary>
    public List<string> Verbs { get; set; } = [];

    /// <summary>Conjunctions that join names and roles: "and", "và", "e", "dan", "at".</summary>
    public List<string> Conjunctions { get; set; } = [];

    /// <summary>Words that open a byline at the start of a line: "By", "Oleh", "di".</summary>
    public List<string> BylinePrefixes { get; set; } = [];

    /// <summary>Words after which a capitalised unknown word is likely a place ("headquartered in", "tại", "di").</summary>
    public List<string> LocationCues { get; set; } = [];

    /// <summary>Words introducing an ordinal before a name's head ("lần thứ", "ke") or after a number ("th").</summary>
    public List<string> OrdinalWords { get; set; } = [];

    /// <summary>
    /// True where organisation and initiative names open with their head word and may run on over lowercase words up to
    /// a capitalised one ("Ủy ban châu Âu", "Ministero degli affari Esteri"); false where the head closes the name
    /// ("ASEAN Committee") and the name grows leftwards.
    /// </summary>
    public bool HeadFirst { get; set; }

    /// <summary>
    /// True where only a word's first syllable is capitalised in names ("Đối tác Phát triển", "Bộ Ngoại giao"): one or two
    /// lowercase syllables after a capitalised one may still belong to the name.
    /// </summary>
    public bool CapitalizesFirstSyllable { get; set; }

    /// <summary>How a role reads with an organisation the text only refers to ("its president"): "{role} of the {organization}".</summary>
    public string RoleWithOrganization { get; set; } = "{role} {organization}";

    /// <summary>Shared: news agencies (as they prefer to be written) found in datelines and credits.</summary>
    public List<string> Agencies { get; set; } = [];

    /// <summary>Shared: family names that open a name written family-first ("Nguyễn", "Dương", "Trần").</summary>
    public List<string> FamilyNames { get; set; } = [];

    /// <summary>Shared: given names that open a personal name ("Mohd", "Muhammad", "Siti", "Nur").</summary>
    public List<string> GivenNames { get; set; } = [];

    /// <summary>Shared: all-caps words that are not organisations ("CEO", "GDP", "USD").</summary>
    public List<string> NotNames { get; set; } = [];
}

public sealed partial class LanguagePack
{
    /// <summary>Entity recognition data.</summary>
    public EntitiesData Entities => Section<EntitiesData>("entities");
}
