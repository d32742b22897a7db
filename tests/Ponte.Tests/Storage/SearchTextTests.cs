using Ponte.Storage.Search;

namespace Ponte.Tests.Storage;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Dương Hải Hưng", "\"duong\" \"hai\" \"hung\"", "'duong' & 'hai' & 'hung'")]
    [InlineData("\"Đà Nẵng\" port", "\"da nang\" \"port\"", "('da' <-> 'nang') & 'port'")]
    [InlineData("NEAR(a*) OR \"b", "\"near\" \"a\" \"or\" \"b\"", "'near' & 'a' & 'or' & 'b'")]
    [InlineData("x'; DROP", "\"x\" \"drop\"", "'x' & 'drop'")]
    public void Queries_fold_into_safe_terms(string query, string fts5, string tsquery)
    {
        var parsed = SearchQuery.Parse(query);

        Assert.Equal(fts5, parsed.ToFts5());
        Assert.Equal(tsquery, parsed.ToTsQuery());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \" \" ")]
    [InlineData("!?-–")]
    public void Queries_without_words_are_empty(string? query) => Assert.True(SearchQuery.Parse(query).IsEmpty);

    [Fact]
    public void The_snippet_is_the_sentence_with_most_query_words()
    {
        const string text = "Rome hosted the meeting. Ministers from Đà Nẵng and Rome signed. Nothing else.";

        var span = SnippetFinder.Find(text, ["rome", "da", "nang"]);

        Assert.Equal("Ministers from Đà Nẵng and Rome signed.", span.Slice(text));
    }

    [Fact]
    public void Without_a_match_the_snippet_is_the_opening_sentence()
    {
        const string text = "  First sentence here. Second one.";

        Assert.Equal("First sentence here.", SnippetFinder.Find(text, ["absent"]).Slice(text));
        Assert.Equal("", SnippetFinder.Find("", ["x"]).Slice(""));
    }

    [Fact]
    public void Words_match_whole_not_inside_longer_words()
    {
        const string text = "Romania is far. Rome is near.";

        Assert.Equal("Rome is near.", SnippetFinder.Find(text, ["rome"]).Slice(text));
    }

    [Fact]
    public void Long_sentences_are_cut_around_the_match_at_word_boundaries()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 100)) + " Đà Nẵng " + string.Join(' ', Enumerable.Repeat("tail", 100)) + ".";

        var span = SnippetFinder.Find(text, ["da", "nang"]);
        var snippet = span.Slice(text);

        Assert.InRange(snippet.Length, 1, SnippetFinder.MaxLength);
        Assert.Contains("Đà Nẵng", snippet);
        Assert.False(span.Start > 0 && text[span.Start - 1] != ' ', "starts mid-word");
        Assert.False(span.End < text.Length && text[span.End] != ' ', "ends mid-word");
    }

    [Fact]
    public void Any_text_gives_a_valid_span()
    {
        var random = new Random(7);
        const string alphabet = "aĐđ. !?\n\u0301\u0E31ก🤝\uD800xyz";
        for (var n = 0; n < 500; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var span = SnippetFinder.Find(text, ["a", "d", "xyz", "ก"]);
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.End, span.Start, text.Length);
        }
    }
}
