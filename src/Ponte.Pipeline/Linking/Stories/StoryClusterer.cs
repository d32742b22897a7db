using System.Globalization;
using Ponte.Core.Knowledge;
using Ponte.Core.Model;
using Ponte.Core.Text;

namespace Ponte.Pipeline.Linking.Stories;

/// <summary>Weights and limits of story assignment; validated.</summary>
public sealed record StoryClustererOptions
{
    /// <summary>Score a candidate story needs for the document to join it.</summary>
    public double JoinThreshold { get; init; } = 6.0;

    /// <summary>Largest gap, in days, between a document's date and a story's dates.</summary>
    public int WindowDays { get; init; } = 10;

    /// <summary>Evidence keys carried by more stories than this are too common to find candidates with.</summary>
    public int MaxPostings { get; init; } = 400;

    /// <summary>Stories read per evidence key.</summary>
    public int CandidatesPerKey { get; init; } = 50;

    /// <summary>Throws listing every invalid field.</summary>
    public StoryClustererOptions Validate()
    {
        var errors = new List<string>();
        if (JoinThreshold <= 0)
        {
            errors.Add($"{nameof(JoinThreshold)} must be positive");
        }

        if (WindowDays < 0)
        {
            errors.Add($"{nameof(WindowDays)} must not be negative");
        }

        if (MaxPostings < 1 || CandidatesPerKey < 1)
        {
            errors.Add($"{nameof(MaxPostings)} and {nameof(CandidatesPerKey)} must be at least 1");
        }

        return errors.Count == 0 ? this : throw new ArgumentException("Invalid story options: " + string.Join("; ", errors) + ".");
    }
}

/// <summary>
/// Puts each new document into the story that reports the same event, or starts a new one. Evidence crosses languages:
/// shared store entities (people weigh most), event dates, figures and places; within a language, MinHash bands of the
/// text add similarity. Candidates come only from the stories filed under the document's evidence keys (blocking), so the
/// cost per document stays flat as the store grows. Stories whose dates lie outside the window are never joined.
/// </summary>
public sealed class StoryClusterer
{
    private const int Bands = 12;
    private const int RowsPerBand = 2;
    private readonly StoryClustererOptions _options;

    public StoryClusterer(StoryClustererOptions? options = null) => _options = (options ?? new StoryClustererOptions()).Validate();

    /// <summary>Assigns <paramref name="analysis"/> (whose entities resolved to <paramref name="entityIds"/>) to a story and returns its id.</summary>
    public string Assign(DocumentAnalysis analysis, IReadOnlyList<string> entityIds, IKnowledgeIndex index)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(index);
        var evidence = EvidenceOf(analysis, entityIds);
        var date = DateOf(analysis);

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, weight) in evidence)
        {
            var (ids, total) = index.StoriesByKey(key, _options.CandidatesPerKey);
            if (total == 0 || total > _options.MaxPostings)
            {
                continue;
            }

            var rarity = Math.Min(1.0, 4.0 / total);
            foreach (var id in ids)
            {
                scores[id] = scores.GetValueOrDefault(id) + weight * rarity;
            }
        }

        KbStory? best = null;
        var bestScore = 0.0;
        foreach (var (id, score) in scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Take(20))
        {
            if (score < _options.JoinThreshold || score <= bestScore || index.GetStory(id) is not { } story || !InWindow(story, date))
            {
                continue;
            }

            best = story;
            bestScore = score;
        }

        var document = analysis.Document;
        var entry = new StoryDocument(document.Id, document.File, document.Language.Code, document.Source, date);
        var updated = best is null ? NewStory(analysis, entry, evidence, entityIds, index) : Join(best, analysis, entry, evidence, entityIds);
        index.PutStory(updated);
        return updated.Id;
    }

    /// <summary>The date a document speaks for: its publication date, else its first precise date.</summary>
    public static PartialDate? DateOf(DocumentAnalysis analysis) =>
        analysis.Document.Published
        ?? analysis.Dates.Select(d => d.Value).FirstOrDefault(d => d.Precision == DatePrecision.Day);

    /// <summary>The weighted evidence keys of a document.</summary>
    public static Dictionary<string, double> EvidenceOf(DocumentAnalysis analysis, IReadOnlyList<string> entityIds)
    {
        var evidence = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string key, double weight) => evidence[key] = Math.Max(evidence.GetValueOrDefault(key), weight);

        for (var i = 0; i < analysis.Entities.Count && i < entityIds.Count; i++)
        {
            var weight = analysis.Entities[i].Type switch
            {
                EntityType.Person => 3.0,
                EntityType.Organization => 1.5,
                EntityType.Initiative => 1.5,
                _ => 0.5,
            };
            Add("e:" + entityIds[i], weight);
        }

        foreach (var date in analysis.Dates.Select(d => d.Value).Concat(analysis.Events.Where(e => e.Date is not null).Select(e => e.Date!)))
        {
            switch (date.Precision)
            {
                case DatePrecision.Day:
                    Add("d:" + date, 3.0);
                    Add("m:" + date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture), 1.0);
                    break;
                case DatePrecision.Month:
                    Add("m:" + date, 1.5);
                    break;
            }
        }

        foreach (var figure in analysis.Figures)
        {
            if (figure.Kind is FigureKind.Money or FigureKind.Count && figure.Value >= 10)
            {
                Add("f:" + figure.Value.ToString("G6", CultureInfo.InvariantCulture), 2.0);
            }
        }

        foreach (var band in MinHashBands(analysis.Document.Text, analysis.Document.Language.Code))
        {
            Add(band, 1.5);
        }

        return evidence;
    }

    private bool InWindow(KbStory story, PartialDate? date)
    {
        if (date is null || story.FirstSeen is null || story.LastSeen is null)
        {
            return true;
        }

        var gapBefore = story.FirstSeen.Start.DayNumber - date.End.DayNumber;
        var gapAfter = date.Start.DayNumber - story.LastSeen.End.DayNumber;
        return Math.Max(gapBefore, gapAfter) <= _options.WindowDays;
    }

    private static KbStory NewStory(DocumentAnalysis analysis, StoryDocument entry, Dictionary<string, double> evidence, IReadOnlyList<string> entityIds, IKnowledgeIndex index)
    {
        var id = "s-" + analysis.Document.Id[..12];
        for (var n = 2; index.GetStory(id) is not null; n++)
        {
            id = "s-" + analysis.Document.Id[..12] + "-" + n;
        }

        return new KbStory
        {
            Id = id,
            Title = TitleOf(analysis),
            FirstSeen = entry.Date,
            LastSeen = entry.Date,
            Documents = [entry],
            Entities = entityIds.Distinct(StringComparer.Ordinal).ToArray(),
            Evidence = evidence.Keys.ToDictionary(k => k, _ => 1, StringComparer.Ordinal),
        };
    }

    private static KbStory Join(KbStory story, DocumentAnalysis analysis, StoryDocument entry, Dictionary<string, double> evidence, IReadOnlyList<string> entityIds)
    {
        var counts = story.Evidence.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var key in evidence.Keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var documents = story.Documents.Where(d => d.Id != entry.Id).Append(entry).ToArray();
        var title = story.Title;
        if (analysis.Document.Language.Code == "en" && story.Documents.All(d => d.Language != "en") && analysis.Document.Title is not null)
        {
            title = analysis.Document.Title;
        }

        return story with
        {
            Title = title,
            FirstSeen = PartialDate.EarliestOf(story.FirstSeen, entry.Date),
            LastSeen = PartialDate.LatestOf(story.LastSeen, entry.Date),
            Documents = documents,
            Entities = story.Entities.Concat(entityIds).Distinct(StringComparer.Ordinal).ToArray(),
            Evidence = counts,
        };
    }

    private static string TitleOf(DocumentAnalysis analysis)
    {
        if (!string.IsNullOrWhiteSpace(analysis.Document.Title))
        {
            return analysis.Document.Title;
        }

        var text = analysis.Document.Text;
        var first = analysis.Sentences.Count > 0 ? analysis.Sentences[0].Span.Slice(text) : text;
        first = first.Trim();
        return first.Length <= 120 ? first : string.Concat(first.AsSpan(0, 119), "…");
    }

    // MinHash over word 3-shingles of the folded text, banded for LSH: two versions of one wire story in the same language
    // share bands; texts in different languages never do, which is why cross-language evidence is the entities and numbers.
    private static string[] MinHashBands(string text, string language)
    {
        var words = NameFolder.Fold(text.Length > 20000 ? text[..20000] : text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 8)
        {
            return [];
        }

        Span<ulong> mins = stackalloc ulong[Bands * RowsPerBand];
        mins.Fill(ulong.MaxValue);
        for (var i = 0; i + 2 < words.Length; i++)
        {
            var h = Fnv(words[i], Fnv(words[i + 1], Fnv(words[i + 2], 14695981039346656037UL)));
            for (var k = 0; k < mins.Length; k++)
            {
                var v = Mix(h + (ulong)k * 0x9E3779B97F4A7C15UL);
                if (v < mins[k])
                {
                    mins[k] = v;
                }
            }
        }

        var bands = new string[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var combined = 17UL;
            for (var r = 0; r < RowsPerBand; r++)
            {
                combined = Mix(combined ^ mins[b * RowsPerBand + r]);
            }

            bands[b] = "lsh:" + language + ":" + b.ToString(CultureInfo.InvariantCulture) + ":" + combined.ToString("x16", CultureInfo.InvariantCulture);
        }

        return bands;
    }

    private static ulong Fnv(string s, ulong hash)
    {
        foreach (var c in s)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ ' ') * 1099511628211UL;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb53a185a63f5UL;
        x ^= x >> 33;
        return x;
    }
}
