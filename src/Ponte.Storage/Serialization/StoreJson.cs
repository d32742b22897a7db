using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ponte.Core.Model;

namespace Ponte.Storage.Serialization;

/// <summary>
/// The part of an analysis kept in the <c>analysis</c> JSON column. The document's own fields (id, text, title, language,
/// published date…) live in columns, so they are not repeated here, and empty lists are left out (read back as empty).
/// </summary>
internal sealed record AnalysisBody
{
    public Dateline? Dateline { get; init; }
    public IReadOnlyList<Sentence>? Sentences { get; init; }
    public IReadOnlyList<EntityBody>? Entities { get; init; }
    public IReadOnlyList<DateMention>? Dates { get; init; }
    public IReadOnlyList<Figure>? Figures { get; init; }
    public IReadOnlyList<Quote>? Quotes { get; init; }
    public IReadOnlyList<Event>? Events { get; init; }
    public IReadOnlyList<Problem>? Problems { get; init; }

    public static AnalysisBody From(DocumentAnalysis analysis)
    {
        var text = analysis.Document.Text;
        EntityBody[]? entities = null;
        if (analysis.Entities.Count > 0)
        {
            entities = new EntityBody[analysis.Entities.Count];
            for (var i = 0; i < entities.Length; i++)
            {
                entities[i] = EntityBody.From(analysis.Entities[i], text);
            }
        }

        return new()
        {
            Dateline = analysis.Document.Dateline,
            Sentences = OrNull(analysis.Sentences),
            Entities = entities,
            Dates = OrNull(analysis.Dates),
            Figures = OrNull(analysis.Figures),
            Quotes = OrNull(analysis.Quotes),
            Events = OrNull(analysis.Events),
            Problems = OrNull(analysis.Problems),
        };
    }

    public DocumentAnalysis ToAnalysis(Document document)
    {
        Entity[] entities = [];
        if (Entities is { Count: > 0 })
        {
            entities = new Entity[Entities.Count];
            for (var i = 0; i < entities.Length; i++)
            {
                entities[i] = Entities[i].ToEntity(document.Text);
            }
        }

        return new()
        {
            Document = document with { Dateline = Dateline },
            Sentences = Sentences ?? [],
            Entities = entities,
            Dates = Dates ?? [],
            Figures = Figures ?? [],
            Quotes = Quotes ?? [],
            Events = Events ?? [],
            Problems = Problems ?? [],
        };
    }

    internal static IReadOnlyList<T>? OrNull<T>(IReadOnlyList<T> list) => list.Count == 0 ? null : list;
}

/// <summary>
/// An entity as the analysis column keeps it. Its mentions are spans of the document's text, written as one flat list of
/// start and end offsets (<c>"at":[10,19,125,134]</c>): the text of a mention is read back from the document, and kept only
/// where it differs from what the span covers. Half the column was mention texts repeating the document. Stores written
/// before this keep <c>"mentions":[{"text":…,"span":…}]</c>, which is still read.
/// </summary>
internal sealed record EntityBody
{
    public required EntityType Type { get; init; }
    public required string Name { get; init; }
    public required string Key { get; init; }
    public IReadOnlyList<string>? Roles { get; init; }
    public IReadOnlyList<RoleMention>? RoleMentions { get; init; }
    public IReadOnlyList<string>? Aliases { get; init; }

    /// <summary>Start and end of each mention, in turn.</summary>
    public int[]? At { get; init; }

    /// <summary>The text of the mentions (by position in <see cref="At"/>) that is not the document's text at their span.</summary>
    public IReadOnlyDictionary<int, string>? Texts { get; init; }

    /// <summary>The older form of the mentions, read from stores written before <see cref="At"/>.</summary>
    public IReadOnlyList<Mention>? Mentions { get; init; }

    public static EntityBody From(Entity entity, string text)
    {
        var mentions = entity.Mentions;
        var at = new int[mentions.Count * 2];
        Dictionary<int, string>? texts = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var (start, end) = (mentions[i].Span.Start, mentions[i].Span.End);
            at[2 * i] = start;
            at[2 * i + 1] = end;
            if (!Covers(text, start, end, mentions[i].Text))
            {
                (texts ??= [])[i] = mentions[i].Text;
            }
        }

        return new()
        {
            Type = entity.Type,
            Name = entity.Name,
            Key = entity.Key,
            Roles = AnalysisBody.OrNull(entity.Roles),
            RoleMentions = AnalysisBody.OrNull(entity.RoleMentions),
            Aliases = AnalysisBody.OrNull(entity.Aliases),
            At = at.Length == 0 ? null : at,
            Texts = texts,
        };
    }

    public Entity ToEntity(string text)
    {
        IReadOnlyList<Mention> mentions = Mentions ?? [];
        if (At is { Length: > 0 } at)
        {
            if (at.Length % 2 != 0)
            {
                throw new JsonException($"Entity \"{Key}\" has an odd number of mention offsets ({at.Length}).");
            }

            var read = new Mention[at.Length / 2];
            for (var i = 0; i < read.Length; i++)
            {
                var (start, end) = (at[2 * i], at[2 * i + 1]);
                var mentionText = Texts is not null && Texts.TryGetValue(i, out var kept) ? kept
                    : InText(text, start, end) ? text[start..end]
                    : throw new JsonException($"Mention {i} of entity \"{Key}\" at [{start},{end}] lies outside the document's text.");
                read[i] = new Mention(mentionText, new TextSpan(start, end));
            }

            mentions = read;
        }

        return new()
        {
            Type = Type,
            Name = Name,
            Key = Key,
            Roles = Roles ?? [],
            RoleMentions = RoleMentions ?? [],
            Aliases = Aliases ?? [],
            Mentions = mentions,
        };
    }

    private static bool InText(string text, int start, int end) => start >= 0 && end >= start && end <= text.Length;

    private static bool Covers(string text, int start, int end, string mention) =>
        InText(text, start, end) && text.AsSpan(start, end - start).SequenceEqual(mention);
}

/// <summary>Lower-case enum names ("person", "meeting"), as the output contract spells them.</summary>
internal sealed class LowerCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum;

/// <summary>Compile-time JSON metadata for the analysis column: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(PartialDateJsonConverter),
        typeof(TextSpanJsonConverter),
        typeof(SentenceJsonConverter),
        typeof(LowerCaseEnumConverter<EntityType>),
        typeof(LowerCaseEnumConverter<FigureKind>),
        typeof(LowerCaseEnumConverter<EventType>),
    ])]
[JsonSerializable(typeof(AnalysisBody))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;

/// <summary>Serialises the analysis column.</summary>
internal static class StoreJson
{
    // The default encoder writes every non-ASCII character as \uXXXX, and apostrophes and quotes too: a Thai analysis took
    // 8.5 KB with 930 escapes, a Vietnamese one 4.9 KB with 145, and the escaping cost serialiser time per character. The
    // column is read back only by this class and never placed in a page, so characters are written as they are (3.8 and
    // 4.2 KB); JSON's own specials and control characters are still escaped.
    private static readonly StoreJsonContext Context = new(new JsonSerializerOptions(StoreJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize(DocumentAnalysis analysis) =>
        JsonSerializer.Serialize(AnalysisBody.From(analysis), Context.AnalysisBody);

    public static AnalysisBody Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.AnalysisBody)
        ?? throw new JsonException("The analysis column is null.");
}
