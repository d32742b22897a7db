using System.Globalization;
using System.Runtime.Intrinsics;
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

/// <summary>One piece of evidence a document offers: its weight, and whether it names this event rather than its background.</summary>
public readonly record struct StoryEvidence(double Weight, bool Specific);

/// <summary>
/// Puts each new document into the story that reports the same event, or starts a new one. Evidence crosses languages:
/// shared store entities (people weigh most), the event's days, figures and venues; within a language, MinHash bands of the
/// text add similarity. Background — countries, international bodies the gazetteer knows, dates far from the document's own —
/// weighs little and never suffices: a story is joined only on at least one specific match (a person, a named body, a figure,
/// the same day, shared text). Candidates come only from the stories filed under the document's evidence keys (blocking),
/// so the cost per document stays flat as the store grows. Stories whose dates lie outside the window are never joined, and
/// a document dated only to the month or year must clear a higher bar.
/// </summary>
public sealed class StoryClusterer
{
    private const int Bands = 12;
    private const int RowsPerBand = 2;
    private const double CoarseDateFactor = 1.5;
    [ThreadStatic]
    private static Dictionary<string, (double Score, int Specific)>? t_scores;
    [ThreadStatic]
    private static List<(string Id, double Score)>? t_eligible;
    private readonly StoryClustererOptions _options;
    private readonly Func<Entity, bool> _isBackground;

    /// <param name="options">Weights and limits.</param>
    /// <param name="isBackground">Whether an entity is background in any story (countries, international bodies); none when null.</param>
    public StoryClusterer(StoryClustererOptions? options = null, Func<Entity, bool>? isBackground = null)
    {
        _options = (options ?? new StoryClustererOptions()).Validate();
        _isBackground = isBackground ?? (_ => false);
    }

    /// <summary>Assigns <paramref name="analysis"/> (whose entities resolved to <paramref name="entityIds"/>) to a story and returns its id.</summary>
    public string Assign(DocumentAnalysis analysis, IReadOnlyList<string> entityIds, IKnowledgeIndex index)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(index);
        var date = DateOf(analysis);
        var evidence = EvidenceOf(analysis, entityIds, date, _isBackground, _options.WindowDays);

        // The candidates' tally is this thread's table, emptied for each document: it grows to a few thousand stories (fifty
        // per key), and building it anew was the largest allocation of linking.
        var scores = t_scores ??= new Dictionary<string, (double Score, int Specific)>(StringComparer.Ordinal);
        scores.Clear();
        // A key already filed under more stories than MaxPostings never finds candidates again, so it is filed no further:
        // posting lists stay bounded however common a country or a date becomes.
        var filed = new List<string>(evidence.Count);
        foreach (var (key, found) in evidence)
        {
            var (ids, total) = index.StoriesByKey(key, _options.CandidatesPerKey);
            if (total > _options.MaxPostings)
            {
                continue;
            }

            filed.Add(key);
            if (total == 0)
            {
                continue;
            }

            var rarity = Math.Min(1.0, 4.0 / total);
            foreach (var id in ids)
            {
                var (score, specific) = scores.GetValueOrDefault(id);
                scores[id] = (score + found.Weight * rarity, specific + (found.Specific ? 1 : 0));
            }
        }

        KbStory? best = null;
        var bestScore = 0.0;
        // Only candidates with a specific match and enough weight can be joined: the rest are never read.
        var eligible = t_eligible ??= [];
        eligible.Clear();
        foreach (var (id, (score, specific)) in scores)
        {
            if (specific > 0 && score >= _options.JoinThreshold)
            {
                eligible.Add((id, score));
            }
        }

        eligible.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Id, b.Id));
        foreach (var (id, score) in eligible.Count > 20 ? eligible[..20] : eligible)
        {
            if (score <= bestScore || index.GetStory(id) is not { } story)
            {
                continue;
            }

            var fit = Fit(story, date);
            if (fit == DateFit.Outside || (fit == DateFit.Coarse && score < _options.JoinThreshold * CoarseDateFactor))
            {
                continue;
            }

            best = story;
            bestScore = score;
        }

        var document = analysis.Document;
        var entry = new StoryDocument(document.Id, document.File, document.Language.Code, document.Source, date);
        var updated = best is null ? NewStory(analysis, entry, entityIds, index) : Join(best, analysis, entry, entityIds);
        index.PutStory(updated, filed);
        return updated.Id;
    }

    /// <summary>The date a document speaks for: its publication date, else its first precise date.</summary>
    public static PartialDate? DateOf(DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var published = analysis.Document.Published;
        if (published is { Precision: DatePrecision.Day })
        {
            return published;
        }

        // A coarse publication date ("2023") yields to a day of the same period the text gives.
        var day = analysis.Events.Select(e => e.Date).Concat(analysis.Dates.Select(d => d.Value))
            .FirstOrDefault(d => d is { Precision: DatePrecision.Day } && (published is null || (d.Start >= published.Start && d.End <= published.End)));
        return day ?? published;
    }

    /// <summary>
    /// The weighted evidence keys of a document dated <paramref name="date"/>: entities by kind, the days and months near its
    /// date, its larger figures, and MinHash bands of its text.
    /// </summary>
    public static Dictionary<string, StoryEvidence> EvidenceOf(
        DocumentAnalysis analysis, IReadOnlyList<string> entityIds, PartialDate? date, Func<Entity, bool> isBackground, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(entityIds);
        ArgumentNullException.ThrowIfNull(isBackground);
        var evidence = new Dictionary<string, StoryEvidence>(StringComparer.Ordinal);
        void Add(string key, double weight, bool specific)
        {
            var old = evidence.GetValueOrDefault(key);
            evidence[key] = new StoryEvidence(Math.Max(old.Weight, weight), old.Specific || specific);
        }

        for (var i = 0; i < analysis.Entities.Count && i < entityIds.Count; i++)
        {
            var entity = analysis.Entities[i];
            var (weight, specific) = entity.Type switch
            {
                _ when isBackground(entity) => (0.3, false),
                EntityType.Person => (3.0, true),
                EntityType.Organization or EntityType.Initiative => (1.5, true),
                _ => (0.7, false),
            };
            Add("e:" + entityIds[i], weight, specific);
        }

        foreach (var value in analysis.Dates.Select(d => d.Value).Concat(analysis.Events.Where(e => e.Date is not null).Select(e => e.Date!)))
        {
            var near = date is not null && Math.Abs(value.Start.DayNumber - date.Start.DayNumber) <= windowDays + 31;
            switch (value.Precision)
            {
                case DatePrecision.Day:
                    // A shared day weighs, but never alone makes two reports one story: any day brings many events, and
                    // reports of different meetings held the day before and published the same morning share two days.
                    Add("d:" + value, near ? 3.0 : 0.3, false);
                    Add("m:" + MonthOf(value), near ? 1.0 : 0.3, false);
                    break;
                case DatePrecision.Month:
                    Add("m:" + value, near ? 1.0 : 0.3, false);
                    break;
            }
        }

        foreach (var figure in analysis.Figures)
        {
            if (figure.Kind is FigureKind.Money or FigureKind.Count && figure.Value >= 10)
            {
                var telling = figure.Kind == FigureKind.Money || figure.Value >= 100;
                Add("f:" + figure.Value.ToString("G6", CultureInfo.InvariantCulture), telling ? 2.0 : 0.5, telling);
            }
        }

        foreach (var band in MinHashBands(analysis.Document.Text, analysis.Document.Language.Code))
        {
            Add(band, 1.5, true);
        }

        return evidence;
    }

    private static string MonthOf(PartialDate date) =>
        date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture);

    private enum DateFit
    {
        Precise,
        Coarse,
        Outside,
    }

    /// <summary>
    /// How a document's date fits a story's: both to the day and within the window (before and after joining, so a story
    /// never drifts); or one of them coarse (a month, a year, unknown) and overlapping within the window; or outside.
    /// </summary>
    private DateFit Fit(KbStory story, PartialDate? date)
    {
        if (date is null || story.FirstSeen is null || story.LastSeen is null)
        {
            return DateFit.Coarse;
        }

        var window = _options.WindowDays;
        var gapBefore = story.FirstSeen.Start.DayNumber - date.End.DayNumber;
        var gapAfter = date.Start.DayNumber - story.LastSeen.End.DayNumber;
        if (Math.Max(gapBefore, gapAfter) > window)
        {
            return DateFit.Outside;
        }

        var precise = date.Precision == DatePrecision.Day && story.FirstSeen.Precision == DatePrecision.Day && story.LastSeen.Precision == DatePrecision.Day;
        if (!precise)
        {
            return DateFit.Coarse;
        }

        var span = Math.Max(story.LastSeen.End.DayNumber, date.End.DayNumber) - Math.Min(story.FirstSeen.Start.DayNumber, date.Start.DayNumber);
        return span <= 2 * window ? DateFit.Precise : DateFit.Outside;
    }

    /// <summary>A story's dates after adding <paramref name="date"/>: day-precise documents set them; coarser ones only when no day is known.</summary>
    private static (PartialDate? First, PartialDate? Last) Extend(PartialDate? first, PartialDate? last, PartialDate? date)
    {
        if (date is null)
        {
            return (first, last);
        }

        if (first is null || last is null)
        {
            return (date, date);
        }

        var storyPrecise = first.Precision == DatePrecision.Day && last.Precision == DatePrecision.Day;
        var datePrecise = date.Precision == DatePrecision.Day;
        return (storyPrecise, datePrecise) switch
        {
            (true, false) => (first, last),
            (false, true) => (date, date),
            _ => (PartialDate.EarliestOf(first, date), PartialDate.LatestOf(last, date)),
        };
    }

    private static KbStory NewStory(DocumentAnalysis analysis, StoryDocument entry, IReadOnlyList<string> entityIds, IKnowledgeIndex index)
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
            DocumentCount = 1,
            Languages = [entry.Language],
            Entities = entityIds.Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    // Nothing here grows with the story's size beyond its distinct entities and languages: joining the thousandth
    // version of a wire story costs what joining the second did.
    private static KbStory Join(KbStory story, DocumentAnalysis analysis, StoryDocument entry, IReadOnlyList<string> entityIds)
    {
        var title = story.Title;
        var newLanguage = !story.Languages.Contains(entry.Language, StringComparer.Ordinal);
        if (entry.Language == "en" && newLanguage && analysis.Document.Title is not null)
        {
            title = analysis.Document.Title;
        }

        var (first, last) = Extend(story.FirstSeen, story.LastSeen, entry.Date);
        var newEntities = entityIds.Where(id => !story.Entities.Contains(id, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();
        return story with
        {
            Title = title,
            FirstSeen = first,
            LastSeen = last,
            DocumentCount = story.DocumentCount + 1,
            Languages = newLanguage ? [.. story.Languages, entry.Language] : story.Languages,
            Entities = newEntities.Length == 0 ? story.Entities : [.. story.Entities, .. newEntities],
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
        var folded = NameFolder.Fold(text.Length > 20000 ? text.AsSpan(0, 20000) : text.AsSpan());
        Span<ulong> mins = stackalloc ulong[Bands * RowsPerBand];
        mins.Fill(ulong.MaxValue);
        // Words are the runs between spaces, read in place: the last three make a shingle.
        Range first = default, second = default;
        var words = 0;
        var at = 0;
        while (at < folded.Length)
        {
            if (folded[at] == ' ')
            {
                at++;
                continue;
            }

            var end = folded.IndexOf(' ', at);
            var word = at..(end < 0 ? folded.Length : end);
            at = word.End.Value;
            if (++words >= 3)
            {
                var h = Fnv(folded.AsSpan(first), Fnv(folded.AsSpan(second), Fnv(folded.AsSpan(word), 14695981039346656037UL)));
                MinOfHashes(h, mins);
            }

            (first, second) = (second, word);
        }

        if (words < 8)
        {
            return [];
        }

        var bands = new string[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var combined = 17UL;
            for (var r = 0; r < RowsPerBand; r++)
            {
                combined = Mix(combined ^ mins[b * RowsPerBand + r]);
            }

            bands[b] = StoryKeys.SimilarityPrefix + language + ":" + b.ToString(CultureInfo.InvariantCulture) + ":" + combined.ToString("x16", CultureInfo.InvariantCulture);
        }

        return bands;
    }

    private static ulong Fnv(ReadOnlySpan<char> s, ulong hash)
    {
        foreach (var c in s)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ ' ') * 1099511628211UL;
    }

    // The minimum of each hash function k over the shingles seen, where function k of a shingle is Mix(h + k × φ): four
    // functions per vector instruction, with the very values the scalar Mix gives, so stored band keys keep matching.
    internal static void MinOfHashes(ulong h, Span<ulong> mins)
    {
        var k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var hv = Vector256.Create(h);
            for (; k + Vector256<ulong>.Count <= mins.Length; k += Vector256<ulong>.Count)
            {
                var x = hv + (Vector256.Create((ulong)k, (ulong)k + 1, (ulong)k + 2, (ulong)k + 3) * Golden);
                x ^= Vector256.ShiftRightLogical(x, 33);
                x *= 0xff51afd7ed558ccdUL;
                x ^= Vector256.ShiftRightLogical(x, 33);
                x *= 0xc4ceb53a185a63f5UL;
                x ^= Vector256.ShiftRightLogical(x, 33);
                var at = mins.Slice(k, Vector256<ulong>.Count);
                Vector256.Min(Vector256.Create<ulong>(at), x).CopyTo(at);
            }
        }

        for (; k < mins.Length; k++)
        {
            var v = Mix(h + (ulong)k * Golden);
            if (v < mins[k])
            {
                mins[k] = v;
            }
        }
    }

    internal const ulong Golden = 0x9E3779B97F4A7C15UL;

    internal static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb53a185a63f5UL;
        x ^= x >> 33;
        return x;
    }
}
