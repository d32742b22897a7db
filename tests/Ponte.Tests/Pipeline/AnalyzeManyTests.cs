using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Core.Serialization;
using Ponte.Pipeline;
using Ponte.Pipeline.Extraction;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Language;
using Ponte.Pipeline.Normalization;
using Ponte.Pipeline.Segmentation;

namespace Ponte.Tests.Pipeline;

/// <summary>
/// Analysing documents together, stage by stage, is only a faster order of the same work: each document comes out exactly as
/// it does alone, in the order given, and a stage failing on one document costs only that document's findings of that stage.
/// </summary>
public sealed class AnalyzeManyTests
{
    private static readonly DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Fact]
    public void Every_sample_comes_out_of_a_mixed_chunk_as_it_does_alone()
    {
        var raws = Directory.EnumerateFiles(TestPaths.Samples, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new RawDocument { Text = File.ReadAllText(path), Origin = new Origin(path, Origin.FileKind) })
            .ToArray();
        Assert.True(raws.Length >= 10, $"expected the sample articles in {TestPaths.Samples}");
        Assert.True(raws.Select(r => Pipeline.Analyze(r).Document.Language.Code).Distinct().Count() >= 5, "the samples should mix languages");

        // Reversed, so that no document meets its neighbours of a one-by-one run.
        var together = Pipeline.AnalyzeMany([.. raws.Reverse()]);

        Assert.Equal(raws.Length, together.Length);
        for (var i = 0; i < raws.Length; i++)
        {
            var alone = Pipeline.Analyze(raws[i]);
            Assert.Equal(ContractJson.Document(alone), ContractJson.Document(together[raws.Length - 1 - i]));
        }
    }

    [Fact]
    public void A_stage_failing_on_one_document_leaves_the_other_documents_and_stages_whole()
    {
        var pipeline = new DocumentPipelineBuilder()
            .UseNormalizer(new TextNormalizer())
            .UseHeaderReader(ArticleHeaderReader.Default)
            .UseLanguageIdentifier(new LanguageIdentifier())
            .UseSegmenter(Segmenter.Instance)
            .AddExtractor(new FailsOn("boom"))
            .AddExtractor(new CountsSentences())
            .Build();
        var raws = new[] { "A quiet day. Nothing else.", "Something went boom here. Then more.", "Third text." }
            .Select((text, i) => new RawDocument { Text = text, Origin = new Origin($"doc{i}.txt", Origin.FileKind) })
            .ToArray();

        var analyses = pipeline.AnalyzeMany(raws);

        Assert.Equal(["doc0.txt", "doc1.txt", "doc2.txt"], analyses.Select(a => a.Document.Origins[0].Location));
        Assert.Empty(analyses[0].Problems);
        var problem = Assert.Single(analyses[1].Problems);
        Assert.Equal(ProblemCodes.Extractor, problem.Code);
        Assert.Contains("failing failed", problem.Message, StringComparison.Ordinal);
        Assert.Empty(analyses[2].Problems);
        Assert.All(analyses, a => Assert.NotEmpty(a.Quotes));
    }

    // Throws on any document containing a word.
    private sealed class FailsOn(string word) : IExtractor
    {
        public string Name => "failing";

        public void Extract(ExtractionContext context)
        {
            if (context.Document.Text.Contains(word, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the word");
            }
        }
    }

    // Records one finding per document, so the test sees that this stage ran after the failing one.
    private sealed class CountsSentences : IExtractor
    {
        public string Name => "sentences";

        public void Extract(ExtractionContext context) =>
            context.Quotes.Add(new Quote(null, context.Sentences.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), new TextSpan(0, 1)));
    }
}
