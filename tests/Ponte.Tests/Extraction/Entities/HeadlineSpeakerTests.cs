using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>A title-case headline opened by a name and a verb of saying names a person.</summary>
public sealed class HeadlineSpeakerTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    private const string Body = "\n\nJAKARTA, 5 March 2025 - The investment fund for small exporters will open in May, the official said on Wednesday. The fund will lend to firms that sell to Italy.";

    [Fact]
    public void The_name_before_says_is_a_person()
    {
        var analysis = Analyze("Dewi Anggraini Putri Says Export Fund Will Open in May" + Body);

        Assert.Contains(analysis.Entities, e => e.Type == EntityType.Person && e.Name == "Dewi Anggraini Putri");
    }

    [Theory]
    [InlineData("Trade Ministry Says Export Fund Will Open in May")]
    [InlineData("Small Exporters Say Fund Will Open in May")]
    [InlineData("Indonesia Says Export Fund Will Open in May")]
    public void A_body_a_group_or_a_country_that_says_is_no_person(string headline)
    {
        var analysis = Analyze(headline + Body);

        Assert.DoesNotContain(analysis.Entities, e => e.Type == EntityType.Person);
    }

    private static DocumentAnalysis Analyze(string text) =>
        Pipeline.Analyze(new RawDocument { Text = text, Origin = new Origin("report.txt", Origin.FileKind) });
}
