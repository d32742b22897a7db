using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Knowledge;

namespace Ponte.Tests.Knowledge;

/// <summary>Indicator series: one measured thing per series, told in any language, never two unrelated events joined.</summary>
public sealed class IndicatorTests
{
    private static readonly Lazy<Ponte.Pipeline.DocumentPipeline> Pipeline = new(Composition.CreatePipeline);

    private static DocumentAnalysis Analyze(string text, string language, int year) =>
        Pipeline.Value.Analyze(new RawDocument
        {
            Text = text,
            Origin = new Origin($"{language}-{Math.Abs(text.GetHashCode())}.txt", Origin.FileKind),
            Language = language,
            Published = PartialDate.OfDay(year, 6, 1),
        });

    // Each document is its own story unless told otherwise: the stories are what a linker would make of unrelated reports.
    private static KnowledgeViews Views(params (DocumentAnalysis Doc, string Story)[] docs) =>
        new(docs.Select(d => d.Doc), docs.Select(d => new DocumentLinks(d.Doc.Document.Id, [], d.Story)), [], [], Composition.SubjectConcepts);

    [Fact]
    public void A_subject_without_a_party_does_not_join_figures_of_unrelated_stories()
    {
        var milan = Analyze("Misi dagang Indonesia ke Milan menghasilkan potensi transaksi sebesar 25 juta dolar AS pada 2024.", "id", 2024);
        var verona = Analyze("Misi dagang Jawa Timur ke Verona menghasilkan potensi transaksi sebesar 40 juta dolar AS pada 2024.", "id", 2024);

        var views = Views((milan, "s-milan"), (verona, "s-verona"));

        var series = views.Indicators().Where(i => i.Name == "potensi transaksi").ToArray();
        Assert.Equal(2, series.Length);
        Assert.All(series, s => Assert.Single(s.Points));
    }

    [Fact]
    public void A_subject_without_a_party_is_one_series_across_the_versions_of_its_story()
    {
        var en = Analyze("Two-way trade reached USD 9.2 billion in 2024, the ministry said.", "en", 2025);
        var vi = Analyze("Năm 2024, kim ngạch thương mại hai chiều đạt 9,3 tỷ USD.", "vi", 2025);

        var series = Assert.Single(Views((en, "s-1"), (vi, "s-1")).Indicators());

        Assert.Equal("Two-way trade", series.Name);
        Assert.Equal([9_200_000_000m, 9_300_000_000m], series.Points.Select(p => p.Value));
    }

    [Fact]
    public void Trade_between_the_same_parties_is_one_series_in_every_language()
    {
        var views = Views(
            (Analyze("Two-way trade between ASEAN and Italy reached USD 28.5 billion in 2024.", "en", 2025), "s-en"),
            (Analyze("Nel 2023 l'interscambio tra l'Italia e l'ASEAN ha raggiunto i 27 miliardi di dollari.", "it", 2024), "s-it"),
            (Analyze("Năm 2022, kim ngạch thương mại song phương ASEAN – Italy đạt 25 tỷ USD.", "vi", 2023), "s-vi"),
            (Analyze("Perdagangan bilateral ASEAN-Italia mencapai 26 miliar dolar AS pada 2021.", "id", 2022), "s-id"),
            (Analyze("Perdagangan dua hala ASEAN-Itali mencecah 24 bilion dolar AS pada 2020.", "ms", 2021), "s-ms"),
            (Analyze("Umabot sa US$23 bilyon ang kalakalan ng ASEAN at Italya noong 2019.", "tl", 2020), "s-tl"),
            (Analyze("การค้าทวิภาคีระหว่างอาเซียนกับอิตาลีในปี 2561 มีมูลค่า 22,000 ล้านดอลลาร์สหรัฐ", "th", 2019), "s-th"));

        var series = Assert.Single(views.Indicators());

        Assert.Equal("Two-way trade between ASEAN and Italy", series.Name);
        Assert.Equal([2018, 2019, 2020, 2021, 2022, 2023, 2024], series.Points.Select(p => p.Year));
    }

    [Theory]
    [InlineData("vi", "kim ngạch xuất khẩu của Việt Nam sang Italy", "Vietnam's exports to Italy")]
    [InlineData("it", "le esportazioni verso la Thailandia", "exports to Thailand")]
    [InlineData("id", "impor Indonesia dari Italia", "Indonesia's imports from Italy")]
    [InlineData("ms", "pelaburan langsung asing dari Itali", "foreign direct investment from Italy")]
    [InlineData("vi", "tổng vốn đăng ký của Italy", "total registered capital from Italy")]
    [InlineData("it", "aziende italiane in Vietnam", "Italian companies in Vietnam")]
    [InlineData("tl", "kompanyang Italyano sa Pilipinas", "Italian firms in the Philippines")]
    [InlineData("tl", "turista mula sa Italya", "tourists from Italy")]
    [InlineData("th", "นักท่องเที่ยวอิตาลีในไทย", "tourists from Italy in Thailand")]
    [InlineData("id", "mahasiswa Indonesia di Italia", "students from Indonesia in Italy")]
    [InlineData("vi", "học bổng của Italy", "scholarships from Italy")]
    [InlineData("id", "dana hibah dari Italia", "grants from Italy")]
    [InlineData("it", "progetti dell'Italia in Vietnam", "projects of Italy in Vietnam")]
    [InlineData("vi", "tổng giá trị giao dịch tiềm năng", "potential transactions")]
    [InlineData("it", "potenziali transazioni", "potential transactions")]
    public void A_measured_thing_has_one_concept_in_every_language(string language, string about, string english)
    {
        static DocumentAnalysis With(string language, string about, int year) =>
            Ponte.Tests.Storage.StoreSamples.Simple($"{about} {year}", about, language) with
            {
                Figures = [new Figure { Text = "x", Span = new TextSpan(0, 1), Kind = FigureKind.Money, Value = year, Currency = "USD", Year = year, About = about }],
            };

        // Subjects that name a party meet across stories; one that names none is followed only inside its story.
        var views = Views((With(language, about, 2023), "s-a"), (With("en", english, 2024), english.Any(char.IsUpper) ? "s-b" : "s-a"));

        var series = Assert.Single(views.Indicators());
        Assert.Equal(english, series.Name);
    }
}
