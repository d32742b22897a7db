using System.Data.Common;

namespace Ponte.Storage.Search;

/// <summary>Turns the rows of a store's search query into hits with snippets; shared by both stores so they rank alike.</summary>
internal static class SearchHits
{
    /// <summary>The columns every search query selects first, from <c>documents d</c>: id, title, language, first origin, text.</summary>
    public const string Columns =
        "d.id, d.title, d.language, (SELECT location FROM origins WHERE document_seq = d.seq ORDER BY seq LIMIT 1), d.text";

    /// <summary>
    /// Runs <paramref name="command"/> (<see cref="Columns"/>, then the score) and finds each hit's snippet around
    /// <paramref name="words"/>; <paramref name="score"/> reads column 5 as "higher is better".
    /// </summary>
    public static List<SearchHit> Read(DbCommand command, IReadOnlyList<string> words, Func<DbDataReader, int, double> score)
    {
        var hits = new List<SearchHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = reader.GetString(4);
            var span = SnippetFinder.Find(text, words);
            hits.Add(new SearchHit(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                span.Slice(text),
                span,
                score(reader, 5)));
        }

        return hits;
    }
}
