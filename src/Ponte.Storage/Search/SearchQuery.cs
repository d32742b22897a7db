using Ponte.Core.Text;

namespace Ponte.Storage.Search;

/// <summary>
/// A user's search folded the way the index is: a list of terms, each a single word or a quoted phrase of several. Every
/// term is made only of folded letters and digits, so it can be quoted into FTS5 or tsquery syntax without escaping.
/// </summary>
internal sealed class SearchQuery
{
    private SearchQuery(IReadOnlyList<string[]> terms) => Terms = terms;

    /// <summary>Each term is one word, or several words that must appear in order.</summary>
    public IReadOnlyList<string[]> Terms { get; }

    /// <summary>Whether nothing searchable is left after folding.</summary>
    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Every distinct folded word, for snippet scoring.</summary>
    public IReadOnlyList<string> Words => Terms.SelectMany(t => t).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Folds <paramref name="query"/>; text between double quotes becomes a phrase.</summary>
    public static SearchQuery Parse(string? query)
    {
        var terms = new List<string[]>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return new SearchQuery(terms);
        }

        var quoted = false;
        foreach (var part in query.Split('"'))
        {
            var words = NameFolder.Fold(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (quoted && words.Length > 1)
            {
                terms.Add(words);
            }
            else
            {
                terms.AddRange(words.Select(w => new[] { w }));
            }

            quoted = !quoted;
        }

        return new SearchQuery(terms);
    }

    /// <summary>An FTS5 MATCH expression: every term required, phrases kept in order.</summary>
    public string ToFts5() => string.Join(' ', Terms.Select(t => "\"" + string.Join(' ', t) + "\""));

    /// <summary>A <c>to_tsquery('simple', …)</c> expression: every term required, phrases as <c>&lt;-&gt;</c> chains.</summary>
    public string ToTsQuery() =>
        string.Join(" & ", Terms.Select(t => t.Length == 1 ? Quote(t[0]) : "(" + string.Join(" <-> ", t.Select(Quote)) + ")"));

    private static string Quote(string word) => "'" + word + "'";
}
