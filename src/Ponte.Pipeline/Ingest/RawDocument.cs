using Ponte.Core.Model;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// What a reader returns for one article before normalisation and language identification: text plus whatever
/// metadata the container carried (HTML meta tags, JSON fields, a plain-text headline, byline and dateline).
/// </summary>
public sealed record RawDocument
{
    public required string Text { get; init; }
    public required Origin Origin { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Source { get; init; }
    public PartialDate? Published { get; init; }
    public string? Language { get; init; }
    public Dateline? Dateline { get; init; }
}

/// <summary>The outcome of reading one input: the documents it held and the problems met, never an exception.</summary>
public sealed record ReadResult(IReadOnlyList<RawDocument> Documents, IReadOnlyList<Problem> Problems)
{
    /// <summary>A result with one problem and no document.</summary>
    public static ReadResult Failed(Problem problem) => new([], [problem]);

    /// <summary>A result with one document.</summary>
    public static ReadResult Of(RawDocument document) => new([document], []);
}
