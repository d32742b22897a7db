using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Events;

/// <summary>A named event whose name holds a list ("on Economic, Cultural and Scientific Cooperation") keeps the whole name.</summary>
public sealed class ListInNameTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Theory]
    [InlineData("ROME, 5 March 2025 - The Joint Conference on Economic, Cultural and Scientific Cooperation opened in Rome on Wednesday.", "Scientific Cooperation")]
    [InlineData("ROME, 5 March 2025 - The Joint Conference on Trade, Tourism, and Maritime Affairs opened in Rome on Wednesday.", "Maritime Affairs")]
    public void The_name_goes_on_past_the_commas_of_its_list(string text, string ending)
    {
        var analysis = Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });

        var conference = Assert.Single(analysis.Events);
        Assert.Contains(ending, conference.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_places_after_the_name_is_no_part_of_it()
    {
        var analysis = Pipeline.Analyze(new RawDocument
        {
            Text = "ROME, 5 March 2025 - The Business Forum, Milan and Turin will welcome investors from Vietnam on Wednesday.",
            Origin = new Origin("report.txt", Origin.FileKind),
        });

        Assert.All(analysis.Events, e => Assert.DoesNotContain("Turin", e.What, StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_after_the_name_is_no_part_of_it()
    {
        var analysis = Pipeline.Analyze(new RawDocument
        {
            Text = "ROME, 5 March 2025 - Ministers opened the Business Forum on Wednesday, and President Rossi spoke at the Forum, and Deputy Minister Bianchi closed it.",
            Origin = new Origin("report.txt", Origin.FileKind),
        });

        Assert.All(analysis.Events, e => Assert.DoesNotContain("Bianchi", e.What, StringComparison.Ordinal));
    }
}
