namespace Ponte.Core.Knowledge;

/// <summary>Kinds of story evidence keys that an index may keep apart from the rest.</summary>
public static class StoryKeys
{
    /// <summary>
    /// The prefix of text-similarity keys (MinHash bands of a text, "lsh:en:3:9f…"). Two versions of one wire story share
    /// them; almost no other document ever will, so an index need keep them only for recent filings.
    /// </summary>
    public const string SimilarityPrefix = "lsh:";

    /// <summary>Whether <paramref name="key"/> is a text-similarity key.</summary>
    public static bool IsSimilarity(string key) => key.StartsWith(SimilarityPrefix, StringComparison.Ordinal);
}
