using Ponte.Core.Model;

namespace Ponte.Pipeline.Extraction.Entities;

/// <summary>
/// Finds the persons (with their roles), organisations (with their acronyms), places and initiatives of a document and
/// links the mentions of each within it, from the language's data (titles, roles, head words, connectors), the text's
/// capitalisation, appositions and a gazetteer — no statistical model. Thread-safe; one instance serves every document.
/// </summary>
public sealed class EntityExtractor : IExtractor
{
    private readonly IEntityGazetteer _gazetteer;

    /// <summary>Creates an extractor that knows places and international bodies from the shipped gazetteer.</summary>
    public EntityExtractor()
        : this(EntityGazetteer.Default)
    {
    }

    /// <summary>Creates an extractor that knows places and international bodies from <paramref name="gazetteer"/>.</summary>
    public EntityExtractor(IEntityGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <inheritdoc />
    public string Name => "entities";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Entities.AddRange(Find(context));
    }

    /// <summary>The entities of the document in <paramref name="context"/>, without adding them to it.</summary>
    public IReadOnlyList<Entity> Find(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lexicon = EntityLexicon.For(context.Rules);
        var units = UnitSequence.Build(text, context.Tokens ?? [], context.Sentences ?? [], lexicon.CaselessWords);
        var scan = new DocumentScan(text, units, lexicon, _gazetteer, context.Dates);
        try
        {
            // Order matters: explicit names claim their words first, so weaker evidence only sees what is left.
            NamePhraseFinder.Find(scan);
            PersonFinder.FindStrong(scan);
            PlaceFinder.Find(scan, context.Document.Dateline);
            PersonFinder.FindWeak(scan);
            Coreferencer.Link(scan);
            return WithoutCurrencyPlaces(EntityAssembler.Assemble(scan), context.Figures);
        }
        finally
        {
            scan.Release();
        }
    }

    // A place named inside an amount of money names its currency ("dolar AS", "ดอลลาร์สหรัฐ"), not a place of the story.
    private static IReadOnlyList<Entity> WithoutCurrencyPlaces(IReadOnlyList<Entity> entities, IReadOnlyList<Figure> figures)
    {
        var money = figures.Where(f => f.Kind == FigureKind.Money).Select(f => f.Span).OrderBy(s => s.Start).ToArray();
        if (money.Length == 0)
        {
            return entities;
        }

        var starts = Array.ConvertAll(money, s => s.Start);
        var kept = new List<Entity>(entities.Count);
        foreach (var entity in entities)
        {
            var inMoney = 0;
            if (entity.Type == EntityType.Location)
            {
                foreach (var m in entity.Mentions)
                {
                    inMoney += InMoney(m, starts, money) ? 1 : 0;
                }
            }

            if (inMoney == 0)
            {
                kept.Add(entity);
            }
            else if (inMoney < entity.Mentions.Count)
            {
                var mentions = new Mention[entity.Mentions.Count - inMoney];
                var at = 0;
                foreach (var m in entity.Mentions)
                {
                    if (!InMoney(m, starts, money))
                    {
                        mentions[at++] = m;
                    }
                }

                kept.Add(entity with { Mentions = mentions });
            }
        }

        return kept;
    }

    private static bool InMoney(Mention m, int[] starts, TextSpan[] money)
    {
        // The amount starting last at or before the mention is the only one that can hold it (amounts do not nest).
        var at = Array.BinarySearch(starts, m.Span.Start);
        at = at >= 0 ? at : ~at - 1;
        return at >= 0 && m.Span.End <= money[at].End;
    }
}
