using Ponte.Core.Model;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// The head of a plain-text article: the headline's span, the byline's name and the dateline, each null when the text
/// does not have one.
/// </summary>
public sealed record ArticleHeader(TextSpan? Title, string? Author, Dateline? Dateline)
{
    /// <summary>A header with nothing found.</summary>
    public static ArticleHeader None { get; } = new(null, null, null);
}
