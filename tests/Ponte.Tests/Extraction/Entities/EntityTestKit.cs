using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Languages;
using Ponte.Pipeline.Extraction;
using Ponte.Pipeline.Extraction.Dates;
using Ponte.Pipeline.Extraction.Entities;
using Ponte.Pipeline.Segmentation;

namespace Ponte.Tests.Extraction.Entities;

/// <summary>Runs the entity extractor over a text the way the pipeline does, with the shipped gazetteer.</summary>
internal static class EntityTestKit
{
    public static readonly EntityExtractor Extractor = new();

    private static readonly DateExtractor Dates = new();

    public static IReadOnlyList<Entity> Extract(string text, string language, Dateline? dateline = null)
    {
        var document = new Document { Id = "test", Text = text, Dateline = dateline };
        var rules = LanguagePacks.Get(language);
        var segmentation = Segmenter.Instance.Segment(text, rules);
        var context = new ExtractionContext(document, rules, segmentation.Sentences, segmentation.Tokens);

        // As in the pipeline, dates are known first: they end descriptive names ("… in 2023").
        Dates.Extract(context);
        Extractor.Extract(context);
        return context.Entities;
    }

    /// <summary>The entity of <paramref name="type"/> that goes by <paramref name="name"/> (folded, any alias or mention).</summary>
    public static Entity? Find(IEnumerable<Entity> entities, EntityType type, string name)
    {
        var key = NameFolder.Fold(name);
        return entities.FirstOrDefault(e => e.Type == type && NamesOf(e).Contains(key));
    }

    public static HashSet<string> NamesOf(Entity e)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { NameFolder.Fold(e.Name) };
        names.UnionWith(e.Aliases.Select(NameFolder.Fold));
        names.UnionWith(e.Mentions.Select(m => NameFolder.Fold(m.Text)));
        names.Remove(string.Empty);
        return names;
    }

    public static string Describe(Entity e) =>
        $"{e.Type,-12} {e.Name}" +
        (e.Aliases.Count > 0 ? $"  aka [{string.Join(", ", e.Aliases)}]" : "") +
        (e.Roles.Count > 0 ? $"  roles [{string.Join(" | ", e.Roles)}]" : "") +
        $"  ×{e.Mentions.Count}";
}
