using System.Data.Common;
using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Storage.Serialization;

namespace Ponte.Storage;

/// <summary>The column values of one document, computed once whichever database receives them.</summary>
internal sealed class DocumentRow
{
    private DocumentRow(DocumentAnalysis analysis)
    {
        var document = analysis.Document;
        Analysis = analysis;
        FoldedTitle = NameFolder.Fold(document.Title);
        FoldedText = NameFolder.Fold(document.Text);
        Json = StoreJson.Serialize(analysis);
    }

    public DocumentAnalysis Analysis { get; }

    public Document Document => Analysis.Document;

    public string FoldedTitle { get; }

    public string FoldedText { get; }

    public string Json { get; }

    public static DocumentRow From(DocumentAnalysis analysis) => new(analysis);

    /// <summary>
    /// The rows of the documents of <paramref name="batch"/> that <paramref name="stored"/> does not know (null for the others),
    /// built on every core that is free: serialising the analysis and folding the text are work a write transaction need not
    /// wait for.
    /// </summary>
    public static DocumentRow?[] ForNew(IReadOnlyList<DocumentAnalysis> batch, Func<string, bool> stored)
    {
        var fresh = new List<int>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (!stored(batch[i].Document.Id))
            {
                fresh.Add(i);
            }
        }

        var rows = new DocumentRow?[batch.Count];
        Parallel.ForEach(fresh, i => rows[i] = From(batch[i]));
        return rows;
    }

    /// <summary>
    /// Fills the fifteen parameters of a documents insert, in the column order both stores' statements use: id, language,
    /// confidence, source, title, author, published, precision, inferred, start, end, problems, ingested at, text, analysis.
    /// <paramref name="text"/> adapts every string to the database, <paramref name="json"/> the analysis, <paramref name="day"/> a date.
    /// </summary>
    public void Bind(DbParameterCollection p, object now, Func<DateOnly, object> day, Func<string, string> text, Func<string, string> json)
    {
        var document = Document;
        var published = document.Published;
        p[0].Value = text(document.Id);
        p[1].Value = text(document.Language.Code);
        p[2].Value = document.Language.Confidence;
        p[3].Value = document.Source is null ? DBNull.Value : text(document.Source);
        p[4].Value = document.Title is null ? DBNull.Value : text(document.Title);
        p[5].Value = document.Author is null ? DBNull.Value : text(document.Author);
        p[6].Value = published is null ? DBNull.Value : published.ToString();
        p[7].Value = published is null ? DBNull.Value : published.PrecisionName;
        p[8].Value = published?.Inferred ?? false;
        p[9].Value = published is null ? DBNull.Value : day(published.Start);
        p[10].Value = published is null ? DBNull.Value : day(published.End);
        p[11].Value = Analysis.Problems.Count;
        p[12].Value = now;
        p[13].Value = text(document.Text);
        p[14].Value = json(Json);
    }

    /// <summary>
    /// The distinct keys of the document's entities, as the <c>entity_documents</c> table holds them (one row per key and
    /// document; the mentions themselves are read back from the analysis column). <paramref name="text"/> adapts each key to
    /// the database, and keys that become equal are listed once.
    /// </summary>
    public IReadOnlyCollection<string> EntityKeys(Func<string, string> text)
    {
        var keys = new HashSet<string>(Analysis.Entities.Count, StringComparer.Ordinal);
        foreach (var entity in Analysis.Entities)
        {
            keys.Add(text(entity.Key));
        }

        return keys;
    }

    /// <summary>Checks what the store relies on before any write starts, so a bad batch fails whole and early.</summary>
    public static void Validate(IReadOnlyList<DocumentAnalysis> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            var analysis = batch[i] ?? throw new ArgumentException($"Batch item {i} is null.", nameof(batch));
            var document = analysis.Document ?? throw new ArgumentException($"Batch item {i} has no document.", nameof(batch));
            if (string.IsNullOrWhiteSpace(document.Id))
            {
                throw new ArgumentException($"Batch item {i} has an empty document id.", nameof(batch));
            }

            ArgumentNullException.ThrowIfNull(document.Text, $"batch[{i}].Document.Text");
        }
    }

    /// <summary>Whether <paramref name="prefix"/> can be part of a stored id (lower-case hex), so it is safe in a range query.</summary>
    public static bool IsIdPrefix(string prefix) =>
        prefix.Length is > 0 and <= 128 && prefix.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;

    /// <summary>The smallest string greater than every string starting with <paramref name="prefix"/> (hex only).</summary>
    public static string PrefixUpperBound(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
