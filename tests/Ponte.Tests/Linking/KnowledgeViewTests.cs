using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Knowledge;
using Ponte.Pipeline.Linking;

namespace Ponte.Tests.Linking;

/// <summary>The knowledge views over the bundled samples: facts told by several versions appear once, with every source.</summary>
public sealed class KnowledgeViewTests
{
    private static readonly Lazy<KnowledgeViews> Views = new(() =>
    {
        var pipeline = Composition.CreatePipeline();
        var linker = Composition.CreateLinker();
        var index = new InMemoryKnowledgeIndex();
        var analyses = new InputReader().Read(new InputSource(TestPaths.Samples)).SelectMany(r => r.Documents).Select(pipeline.Analyze).ToList();
        var links = analyses.Select(a => linker.Link(a, index)).ToList();
        return new KnowledgeViews(analyses, links, index.AllEntities(), index.AllStories());
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
}
