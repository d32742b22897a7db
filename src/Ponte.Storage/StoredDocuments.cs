using System.Globalization;
using System.Text.Json;
using Ponte.Core.Model;
using Ponte.Storage.Serialization;

namespace Ponte.Storage;

/// <summary>Rebuilds stored documents from column values; shared by both stores so they cannot drift apart.</summary>
internal static class StoredDocuments
{
    /// <summary>Documents read per query when streaming, so no read holds a snapshot open for the whole corpus.</summary>
    public const int PageSize = 256;

    public static StoredDocument Build(
        string id,
        string language,
        double confidence,
        string? source,
        string? title,
        string? author,
        string? published,
        bool publishedInferred,
        DateTimeOffset ingestedAt,
        string text,
        string analysisJson,
        string originsJson)
    {
        var origins = ParseOrigins(originsJson);
        var document = new Document
        {
            Id = id,
            Text = text,
            Origins = origins.Select(o => o.Origin).ToArray(),
            Source = source,
            Title = title,
            Author = author,
            Published = PartialDate.TryParse(published) is { } date ? date with { Inferred = publishedInferred } : null,
            Language = new LanguageTag(language, confidence),
        };
        return new StoredDocument(StoreJson.Deserialize(analysisJson).ToAnalysis(document), origins, ingestedAt);
    }

    /// <summary>Reads <c>[[location, kind, first_seen], …]</c>, the shape both stores aggregate origins into.</summary>
    public static IReadOnlyList<StoredOrigin> ParseOrigins(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var origins = new List<StoredOrigin>(parsed.RootElement.GetArrayLength());
        foreach (var item in parsed.RootElement.EnumerateArray())
        {
            var origin = new Origin(item[0].GetString()!, item[1].GetString()!);
            origins.Add(new StoredOrigin(origin, ParseTime(item[2].GetString()!)));
        }

        return origins;
    }

    /// <summary>The text form of instants in SQLite columns: round-trip ISO 8601 in UTC, which also sorts.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string FormatDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
