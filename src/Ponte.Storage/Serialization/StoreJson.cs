using System.Text.Json;
using System.Text.Json.Serialization;
using Ponte.Core.Model;

namespace Ponte.Storage.Serialization;

/// <summary>
/// The part of an analysis kept in the <c>analysis</c> JSON column. The document's own fields (id, text, title, language,
/// published date…) live in columns, so they are not repeated here.
/// </summary>
internal sealed record AnalysisBody
{
    public Dateline? Dateline { get; init; }
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<DateMention> Dates { get; init; } = [];
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<Event> Events { get; init; } = [];
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    public static AnalysisBody From(DocumentAnalysis analysis) => new()
    {
        Dateline = analysis.Document.Dateline,
        Sentences = analysis.Sentences,
        Entities = analysis.Entities,
        Dates = analysis.Dates,
        Figures = analysis.Figures,
        Quotes = analysis.Quotes,
        Events = analysis.Events,
        Problems = analysis.Problems,
    };

    public DocumentAnalysis ToAnalysis(Document document) => new()
    {
        Document = document with { Dateline = Dateline },
        Sentences = Sentences,
        Entities = Entities,
        Dates = Dates,
        Figures = Figures,
        Quotes = Quotes,
        Events = Events,
        Problems = Problems,
    };
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
    public static string Serialize(DocumentAnalysis analysis) =>
        JsonSerializer.Serialize(AnalysisBody.From(analysis), StoreJsonContext.Default.AnalysisBody);

    public static AnalysisBody Deserialize(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.AnalysisBody)
        ?? throw new JsonException("The analysis column is null.");
}
