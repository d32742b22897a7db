using System.Data.Common;
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

    /// <summary>
    /// Runs <paramref name="command"/>, whose columns are a store's document columns (seq, id, language, confidence, source,
    /// title, author, published, inferred, ingested at, text, analysis, origins), and rebuilds each row;
    /// <paramref name="instant"/> reads the ingested-at column in the store's own type.
    /// </summary>
    public static List<(long Seq, StoredDocument Document)> Read(DbCommand command, Func<DbDataReader, int, DateTimeOffset> instant)
    {
        var documents = new List<(long, StoredDocument)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add((reader.GetInt64(0), Build(
                id: reader.GetString(1),
                language: reader.GetString(2),
                confidence: reader.GetDouble(3),
                source: reader.IsDBNull(4) ? null : reader.GetString(4),
                title: reader.IsDBNull(5) ? null : reader.GetString(5),
                author: reader.IsDBNull(6) ? null : reader.GetString(6),
                published: reader.IsDBNull(7) ? null : reader.GetString(7),
                publishedInferred: reader.GetBoolean(8),
                ingestedAt: instant(reader, 9),
                text: reader.GetString(10),
                analysisJson: reader.GetString(11),
                originsJson: reader.GetString(12))));
        }

        return documents;
    }

    /// <summary>
    /// The mentions of every entity keyed <paramref name="entityKey"/> in <paramref name="documents"/> (the documents the
    /// store's entity index lists for the key), in document and text order.
    /// </summary>
    public static IReadOnlyList<StoredMention> MentionsOf(IEnumerable<(long Seq, StoredDocument Document)> documents, string entityKey)
    {
        var mentions = new List<StoredMention>();
        foreach (var (_, stored) in documents.OrderBy(d => d.Seq))
        {
            var id = stored.Document.Id;
            var start = mentions.Count;
            foreach (var entity in stored.Analysis.Entities)
            {
                if (entity.Key == entityKey)
                {
                    mentions.AddRange(entity.Mentions.Select(m => new StoredMention(id, entity.Type, entity.Key, entity.Name, m.Text, m.Span)));
                }
            }

            mentions.Sort(start, mentions.Count - start, SpanOrder);
        }

        return mentions;
    }

    private static readonly Comparer<StoredMention> SpanOrder = Comparer<StoredMention>.Create((a, b) => a.Span.Start.CompareTo(b.Span.Start));

    /// <summary>
    /// Streams every document in sequence order, a page at a time: each page is its own short read, so a slow consumer never
    /// pins a snapshot or a connection. <paramref name="page"/> reads up to <see cref="PageSize"/> documents after a sequence number.
    /// </summary>
    public static IEnumerable<StoredDocument> Stream(Func<long, IReadOnlyList<(long Seq, StoredDocument Document)>> page)
    {
        var after = 0L;
        while (true)
        {
            var documents = page(after);
            foreach (var (seq, document) in documents)
            {
                after = seq;
                yield return document;
            }

            if (documents.Count < PageSize)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The document whose id is <paramref name="key"/>, else the only one whose id starts with it; null when none or several.
    /// <paramref name="byId"/> reads by exact id; <paramref name="byIdRange"/> reads at most two ids in [low, high) in order.
    /// </summary>
    public static StoredDocument? ByIdOrUniquePrefix(
        string key,
        Func<string, IReadOnlyList<(long Seq, StoredDocument Document)>> byId,
        Func<string, string, IReadOnlyList<(long Seq, StoredDocument Document)>> byIdRange)
    {
        var exact = byId(key);
        if (exact.Count == 1)
        {
            return exact[0].Document;
        }

        var prefix = key.ToLowerInvariant();
        if (!DocumentRow.IsIdPrefix(prefix))
        {
            return null;
        }

        var matches = byIdRange(prefix, DocumentRow.PrefixUpperBound(prefix));
        return matches.Count == 1 ? matches[0].Document : null;
    }

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
