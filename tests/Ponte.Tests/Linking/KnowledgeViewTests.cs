using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Knowledge;
using Ponte.Pipeline.Linking;

namespace Ponte.Tests.Linking;

/// <summary>The knowledge views over the bundled samples: facts told by several versions appear once, with every source.</summary>
public sealed class KnowledgeViewTests
{
    private static readonly Lazy<IReadOnlyList<DocumentAnalysis>> Analyses = new(() =>
    {
        var pipeline = Composition.CreatePipeline();
        return new InputReader().Read(new InputSource(TestPaths.Samples)).SelectMany(r => r.Documents).Select(pipeline.Analyze).ToList();
    });

    private static readonly Lazy<KnowledgeViews> Views = new(() =>
    {
        var linker = Composition.CreateLinker();
        var index = new InMemoryKnowledgeIndex();
        var links = Analyses.Value.Select(a => linker.Link(a, index)).ToList();
        return new KnowledgeViews(Analyses.Value, links, index.AllEntities(), index.AllStories(), Composition.SubjectConcepts);
    });

    [Fact]
    public void A_background_fact_told_in_many_stories_and_languages_is_one_timeline_entry()
    {
        var partner = Views.Value.Timeline()
            .Where(e => e.Date.ToString() == "2020-09" && e.Documents.Count > 1)
            .ToArray();

        var entry = Assert.Single(partner);
        Assert.True(entry.Documents.Select(d => d.DocumentId).Distinct().Count() >= 4, $"{entry.What}: {entry.Documents.Count} sources");
        Assert.All(entry.Documents, d => Assert.False(string.IsNullOrEmpty(d.Sentence)));
    }

    [Fact]
    public void Timeline_filters_by_date_range()
    {
        var from = PartialDate.OfMonth(2024, 1);
        var to = PartialDate.OfMonth(2024, 12);
        var entries = Views.Value.Timeline(from: from, to: to);

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(e.Date.End >= from.Start && e.Date.Start <= to.End, e.Date.ToString()));
    }

    [Fact]
    public void A_story_told_in_three_languages_lists_its_versions_and_merged_facts()
    {
        var story = Views.Value.Stories.Single(s => s.Documents.Select(d => d.Language).Distinct().Count() == 3 && s.FirstSeen?.ToString() == "2025-11-13");
        var detail = Views.Value.Story(story);

        Assert.Equal(3, story.Documents.Count);
        Assert.Contains(detail.Facts, f => f.Documents.Count >= 2);
    }

    [Fact]
    public void One_indicator_gathers_a_subject_told_in_several_languages()
    {
        var language = Analyses.Value.ToDictionary(a => a.Document.Id, a => a.Document.Language.Code);

        var trade = Views.Value.Indicators()
            .Where(i => i.Points.SelectMany(p => p.Documents).Select(d => language[d.DocumentId]).Distinct().Count() >= 2)
            .ToArray();

        var series = Assert.Single(trade, i => i.Name.Contains("trade", StringComparison.OrdinalIgnoreCase) && i.Currency == "USD");
        Assert.True(series.Points.Select(p => p.Year).Distinct().Count() >= 2, string.Join(", ", series.Points.Select(p => $"{p.Year}: {p.Value}")));
    }

    [Fact]
    public void The_briefing_charts_the_series_followed_over_most_years_first()
    {
        // Three values of one year from one article, against a series told for two years: the second is the one to chart.
        static Figure Money(string about, int year, decimal value) =>
            new() { Text = "x", Span = new TextSpan(0, 1), Kind = FigureKind.Money, Value = value, Currency = "USD", Year = year, About = about };
        var once = Ponte.Tests.Storage.StoreSamples.Simple("Rice exports figures.", "Rice") with
        {
            Figures = [Money("rice exports", 2024, 1_000), Money("rice exports", 2024, 1_200), Money("rice exports", 2024, 1_300)],
        };
        var followed = Ponte.Tests.Storage.StoreSamples.Simple("Tourism receipts over two years.", "Tourism") with
        {
            Figures = [Money("tourism receipts", 2022, 500), Money("tourism receipts", 2023, 700)],
        };
        var views = new KnowledgeViews([once, followed], [], [], []);
        Assert.Equal("rice exports", views.Indicators()[0].Name);

        var html = BriefingWriter.Render(views, new[] { once, followed }.ToDictionary(a => a.Document.Id, a => a.Document), null, null, DateTimeOffset.UnixEpoch);

        var indicators = html[html.IndexOf("<h2>Indicators</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Sources</h2>", StringComparison.Ordinal)];
        Assert.True(indicators.IndexOf("tourism receipts", StringComparison.Ordinal) < indicators.IndexOf("rice exports", StringComparison.Ordinal), indicators);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(indicators, "<svg"));
    }

    [Fact]
    public void A_change_is_no_point_of_the_series_it_qualifies()
    {
        var level = new Figure { Text = "USD 9.2 billion", Span = new TextSpan(0, 15), Kind = FigureKind.Money, Value = 9_200_000_000, Currency = "USD", Year = 2024, About = "two-way trade" };
        var change = new Figure { Text = "14 per cent", Span = new TextSpan(30, 41), Kind = FigureKind.Percent, Value = 14, Year = 2024, About = "two-way trade", Change = "increase", ChangeOf = level.Span };
        var doc = Ponte.Tests.Storage.StoreSamples.Simple("Two-way trade figures.", "Trade") with { Figures = [level, change] };
        var indicator = Assert.Single(new KnowledgeViews([doc], [], [], []).Indicators());
        Assert.Equal("USD", indicator.Currency);
        Assert.Equal([9_200_000_000m], indicator.Points.Select(p => p.Value));
    }

    [Fact]
    public void A_change_tied_to_nothing_is_no_timeline_fact()
    {
        var level = new Figure { Text = "USD 120 million", Span = new TextSpan(0, 15), Kind = FigureKind.Money, Value = 120_000_000, Currency = "USD", Year = 2023, About = "food imports" };
        var loose = new Figure { Text = "15%", Span = new TextSpan(30, 33), Kind = FigureKind.Percent, Value = 15, Year = 2022, Change = "increase" };
        var doc = Ponte.Tests.Storage.StoreSamples.Simple("Food imports grew in the year before.", "Food") with { Figures = [level, loose] };
        var timeline = new KnowledgeViews([doc], [], [], []).Timeline();
        var entry = Assert.Single(timeline);
        Assert.Equal("food imports: USD 120 million", entry.What);
    }

    [Fact]
    public void Without_concepts_subjects_match_only_within_a_language()
    {
        var linker = Composition.CreateLinker();
        var index = new InMemoryKnowledgeIndex();
        var links = Analyses.Value.Select(a => linker.Link(a, index)).ToList();
        var views = new KnowledgeViews(Analyses.Value, links, index.AllEntities(), index.AllStories());
        var language = Analyses.Value.ToDictionary(a => a.Document.Id, a => a.Document.Language.Code);

        Assert.All(views.Indicators(), i => Assert.Single(i.Points.SelectMany(p => p.Documents).Select(d => language[d.DocumentId]).Distinct()));
    }
}
