using Ponte.Core.Knowledge;
using Ponte.Pipeline;
using Ponte.Pipeline.Extraction.Dates;
using Ponte.Pipeline.Extraction.Entities;
using Ponte.Pipeline.Extraction.Events;
using Ponte.Pipeline.Extraction.Figures;
using Ponte.Pipeline.Extraction.Quotes;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Knowledge;
using Ponte.Pipeline.Language;
using Ponte.Pipeline.Linking;
using Ponte.Pipeline.Linking.Entities;
using Ponte.Pipeline.Linking.Stories;
using Ponte.Pipeline.Normalization;
using Ponte.Pipeline.Segmentation;
using Ponte.Storage;
using Ponte.Storage.Knowledge;

namespace Ponte.Cli;

/// <summary>The composition root: which stage implementations make up Ponte.</summary>
internal static class Composition
{
    /// <summary>The default document pipeline: every stage, extractors in dependency order.</summary>
    public static DocumentPipeline CreatePipeline() =>
        new DocumentPipelineBuilder()
            .UseNormalizer(new TextNormalizer())
            .UseHeaderReader(ArticleHeaderReader.Default)
            .UseLanguageIdentifier(new LanguageIdentifier())
            .UseSegmenter(Segmenter.Instance)
            .AddExtractor(new DateExtractor())
            .AddExtractor(new FigureExtractor())
            .AddExtractor(new ReportYear())
            .AddExtractor(new EntityExtractor(EntityGazetteer.Default))
            .AddExtractor(new QuoteExtractor())
            .AddExtractor(new EventExtractor())
            .Build();

    /// <summary>The reader of files, folders, archives, feeds, URLs and standard input.</summary>
    public static IInputReader CreateReader() => new InputReader();

    /// <summary>Opens the store named by <c>--db</c>, <c>PONTE_DB</c>, or <c>ponte.db</c>.</summary>
    public static IDocumentStore OpenStore(string? db) => DocumentStores.Open(db);

    /// <summary>Opens the store's knowledge index.</summary>
    public static SqlKnowledgeIndex OpenKnowledge(IDocumentStore store) => store.OpenKnowledge();

    /// <summary>The linker: entity resolution through the gazetteer and lexicons, then story assignment.</summary>
    public static Linker CreateLinker() => new(CreateResolver(), new StoryClusterer(isBackground: PlaceResolver.Value.IsBackground));

    /// <summary>The entity resolver the linker uses: keys through the gazetteer, place names and outlets.</summary>
    public static EntityResolver CreateResolver() => new(Keyer.Value);

    /// <summary>The language-neutral concepts of a phrase in a language: how indicator subjects match across languages.</summary>
    public static IReadOnlyList<string> SubjectConcepts(string phrase, string language) => Keyer.Value.ConceptBag(phrase, language);

    /// <summary>An ingestor over the default reader and linker.</summary>
    public static Ingestor CreateIngestor(DocumentPipeline pipeline) => new(pipeline, CreateReader(), CreateLinker());

    /// <summary>The knowledge views over a store.</summary>
    public static KnowledgeViews LoadViews(IDocumentStore store)
    {
        using var index = store.OpenKnowledge();
        return new KnowledgeViews(store.All().Select(d => d.Analysis), index.AllLinks(), index.AllEntities(), index.AllStories(), SubjectConcepts);
    }

    /// <summary>The knowledge views over the store named by <paramref name="db"/>.</summary>
    public static KnowledgeViews LoadViews(string? db)
    {
        using var store = OpenStore(db);
        return LoadViews(store);
    }

    private static readonly Lazy<IPlaceResolver> PlaceResolver = new(() =>
        new GazetteerPlaceResolver(Ponte.Languages.Gazetteer.Gazetteer.Default, Outlets()));

    private static readonly Lazy<EntityKeyer> Keyer = new(() => new EntityKeyer(PlaceResolver.Value));

    // Every printed form of an outlet (VNA, TTXVN, Vietnam News Agency) names one outlet.
    private static Dictionary<string, string> Outlets()
    {
        var outlets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var outlet in Ponte.Languages.LanguagePacks.NeutralPack.Sources.Outlets)
        {
            foreach (var name in outlet.Aliases.Prepend(outlet.Name))
            {
                outlets.TryAdd(Ponte.Core.Text.NameFolder.Fold(name), outlet.SameAs ?? outlet.Name);
            }
        }

        return outlets;
    }
}
