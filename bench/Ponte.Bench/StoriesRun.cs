using System.Diagnostics;
using System.Globalization;
using Ponte.Cli;
using Ponte.Core.Knowledge;
using Ponte.Core.Model;
using Ponte.Pipeline.Linking;
using Ponte.Pipeline.Linking.Stories;

namespace Ponte.Bench;

internal static partial class Runs
{
    private static readonly int FlushEvery = int.TryParse(Environment.GetEnvironmentVariable("PONTE_BENCH_FLUSH_EVERY"), out var n) ? n : Ponte.Cli.Ingestor.FlushEvery;

    /// <summary>
    /// <c>stories [maxDocuments] [maxSeconds]</c>: links generated news (see <see cref="NewsGenerator"/>) into an in-memory
    /// knowledge index and reports, at 10k, 100k and 1M documents, the per-document cost of entity resolution and story
    /// assignment (median and p95 over the last 1,000 documents, in thread CPU time so other processes' load does not count).
    /// Stops early, saying so, when time runs out.
    /// </summary>
    private static int Stories(string[] args)
    {
        Header("stories");
        var max = Arg(args, 0, 1_000_000);
        var budget = TimeSpan.FromSeconds(Arg(args, 1, 1800));
        var pipeline = Composition.CreatePipeline();
        var templates = Samples().Select(pipeline.Analyze).ToArray();
        var generator = new NewsGenerator(templates, seed: 7);
        var resolver = Composition.CreateResolver();
        var clusterer = new StoryClusterer();
        // --sql: the knowledge index an ingest uses, in a fresh SQLite store, flushed as often as ingest flushes it
        // (Ingestor.FlushEvery documents; PONTE_BENCH_FLUSH_EVERY overrides);
        // otherwise the in-memory index.
        var sql = args.Contains("--sql");
        var db = Path.Combine(Path.GetTempPath(), $"ponte-bench-stories-{Environment.ProcessId}.db");
        using var store = sql ? Composition.OpenStore(db) : null;
        using var sqlIndex = store?.OpenKnowledge();
        IKnowledgeIndex index = sqlIndex is null ? new InMemoryKnowledgeIndex() : sqlIndex;
        long flushTicks = 0;
        long stretchFlushTicks = 0;
        var stretchStart = 0;
        const int Batch = 1000;
        var resolveTimes = new List<double>();
        var assignTimes = new List<double>();
        var totalTimes = new List<double>();
        var wall = Stopwatch.StartNew();
        long linkTicks = 0, linkBytes = 0;
        var done = 0;
        var checkpoints = new[] { 1_000, 10_000, 30_000, 100_000, 300_000, 1_000_000 }.Where(c => c <= max).ToArray();
        var next = 0;
        // Documents per entity, counted here: the index keeps no document list on an entity.
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        while (done < max)
        {
            var analysis = generator.Next();
            var t0 = ThreadClock.Now();
            var b0 = GC.GetAllocatedBytesForCurrentThread();
            var entityIds = resolver.Resolve(analysis, index);
            var t1 = ThreadClock.Now();
            var story = clusterer.Assign(analysis, entityIds, index);
            index.PutLinks(new DocumentLinks(analysis.Document.Id, entityIds, story));
            var t2 = ThreadClock.Now();
            linkBytes += GC.GetAllocatedBytesForCurrentThread() - b0;
            linkTicks += t2 - t0;
            done++;
            if (sql && done % FlushEvery == 0)
            {
                var f0 = ThreadClock.Now();
                index.Flush();
                flushTicks += ThreadClock.Now() - f0;
            }

            foreach (var id in entityIds.Distinct(StringComparer.Ordinal))
            {
                named[id] = named.GetValueOrDefault(id) + 1;
            }

            resolveTimes.Add((t1 - t0) * 1e6 / ThreadClock.Frequency);
            assignTimes.Add((t2 - t1) * 1e6 / ThreadClock.Frequency);
            totalTimes.Add((t2 - t0) * 1e6 / ThreadClock.Frequency);

            var atCheckpoint = next < checkpoints.Length && done == checkpoints[next];
            var outOfTime = wall.Elapsed > budget;
            if (atCheckpoint || (outOfTime && done % Batch == 0) || done == max)
            {
                Report(done, index, named, resolveTimes, assignTimes, totalTimes, linkTicks, linkBytes, wall.Elapsed);
                if (sql)
                {
                    // The average since the start lags behind the cost of now: the stretch since the last report shows it.
                    var stretch = (flushTicks - stretchFlushTicks) * 1e6 / ThreadClock.Frequency / Math.Max(1, done - stretchStart);
                    Console.WriteLine($"  SQLite index: flushing {flushTicks * 1e6 / ThreadClock.Frequency / done:N0} µs of thread CPU per document on average, {stretch:N0} µs over documents {stretchStart + 1:N0}–{done:N0}; store {new FileInfo(db).Length / 1048576.0:N0} MiB");
                    stretchFlushTicks = flushTicks;
                    stretchStart = done;
                }

                resolveTimes.Clear();
                assignTimes.Clear();
                totalTimes.Clear();
                next += atCheckpoint ? 1 : 0;
                if (outOfTime)
                {
                    Console.WriteLine($"stopped at {done:N0} documents: the {budget.TotalSeconds:N0} s budget ran out (generation included)");
                    break;
                }
            }
        }

        return 0;
    }

    private static void Report(int done, IKnowledgeIndex index, Dictionary<string, int> named, List<double> resolve, List<double> assign, List<double> total, long linkTicks, long linkBytes, TimeSpan wall)
    {
        if (total.Count == 0)
        {
            return;
        }

        // The last thousand documents before the report.
        foreach (var list in new[] { resolve, assign, total })
        {
            list.RemoveRange(0, Math.Max(0, list.Count - 1000));
        }

        resolve.Sort();
        assign.Sort();
        total.Sort();
        var entities = named.Count;
        var widest = named.Values.Max();
        var biggest = index.AllStories().Max(s => s.DocumentCount);
        var linkSeconds = linkTicks / (double)ThreadClock.Frequency;
        Console.WriteLine(
            $"at {done,9:N0} documents: per document (last {total.Count:N0}) link median {Percentile(total, 0.5),7:N0} µs p95 {Percentile(total, 0.95),7:N0} µs " +
            $"[resolve median {Percentile(resolve, 0.5):N0} p95 {Percentile(resolve, 0.95):N0}; story median {Percentile(assign, 0.5):N0} p95 {Percentile(assign, 0.95):N0}]; " +
            $"{index.StoryCount:N0} stories (largest {biggest:N0} documents), {entities:N0} entities (widest in {widest:N0} documents); " +
            $"linking alone {done / linkSeconds:N0} documents per thread CPU-second and {linkBytes / 1024.0 / done:N1} KiB allocated per document; {wall.TotalSeconds:N0} s elapsed; peak working set {PeakMiB():N0} MiB; " +
            $"GCs gen0/1/2 {GC.CollectionCount(0):N0}/{GC.CollectionCount(1):N0}/{GC.CollectionCount(2):N0}, pauses {GC.GetTotalPauseDuration().TotalSeconds:N1} s, {GC.GetTotalAllocatedBytes() / 1073741824.0:N1} GiB allocated");
    }
}

/// <summary>
/// Generated news for the story benchmark, shaped like a real news stream rather than copies of the samples: events spread
/// over eleven years, each reported by one to four documents in the samples' languages; each event has its own people
/// (half new, half from a recurring pool drawn with a heavy head, like public figures), its own organisations (half the
/// samples' bodies such as ASEAN keep recurring, as in a topical corpus; places are kept), its own dates and figures. Texts
/// are the samples' with three words in four replaced by same-length nonsense, so that near-duplicate detection sees
/// distinct documents: with a third replaced, a quarter of each template's shingles survived and its copies clustered.
/// </summary>
internal sealed class NewsGenerator
{
    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "ng", "th", "tr", "ph", "kh", "br", "gr", "st", "w", "y"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ai", "ao", "ia", "uo", "ei", "an", "en", "in", "on", "ung", "ang", "ien", "ar", "er", "ul"];
    private static readonly string[] OrgHeads = ["Association", "Council", "Institute", "Foundation", "Agency", "Chamber", "Federation", "Corporation", "Bank", "University", "Centre", "Group"];
    private static readonly DateOnly First = new(2015, 1, 1);
    private const int Days = 4017;

    private readonly DocumentAnalysis[] _templates;
    private readonly DateOnly[] _anchors;
    private readonly Random _rng;
    private readonly string[] _recurringPeople;
    private readonly string[] _recurringOrgs;
    private NewsEvent _event = null!;
    private int _left;
    private long _count;

    public NewsGenerator(DocumentAnalysis[] templates, int seed)
    {
        _templates = templates;
        _rng = new Random(seed);
        _anchors = templates.Select(t => StoryClusterer.DateOf(t) is { } d ? d.Start : new DateOnly(2024, 1, 1)).ToArray();
        _recurringPeople = Enumerable.Range(0, 20_000).Select(_ => PersonName()).ToArray();
        _recurringOrgs = Enumerable.Range(0, 5_000).Select(_ => OrgName()).ToArray();
    }

    private sealed record NewsEvent(DateOnly Date, string[] People, string[] Orgs, decimal Scale);

    /// <summary>The next document of the stream.</summary>
    public DocumentAnalysis Next()
    {
        if (_left == 0)
        {
            _event = new NewsEvent(
                First.AddDays(_rng.Next(Days)),
                Enumerable.Range(0, 6).Select(_ => _rng.Next(2) == 0 ? PersonName() : _recurringPeople[HeavyHead(_recurringPeople.Length)]).ToArray(),
                Enumerable.Range(0, 4).Select(_ => _rng.Next(2) == 0 ? OrgName() : _recurringOrgs[HeavyHead(_recurringOrgs.Length)]).ToArray(),
                Math.Round((decimal)(0.1 + _rng.NextDouble() * 20), 2));
            _left = 1 + _rng.Next(4);
        }

        _left--;
        var t = _rng.Next(_templates.Length);
        var template = _templates[t];
        var shift = _event.Date.DayNumber - _anchors[t].DayNumber + _rng.Next(-1, 2);
        var people = 0;
        var orgs = 0;
        var entities = template.Entities.Select(e =>
        {
            switch (e.Type)
            {
                case EntityType.Person:
                    return Rename(e, _event.People[people++ % _event.People.Length]);
                case EntityType.Organization or EntityType.Initiative when _rng.Next(2) == 0:
                    return Rename(e, _event.Orgs[orgs++ % _event.Orgs.Length]);
                default:
                    return e;
            }
        }).ToArray();

        // Random first: real ids are SHA-256 hex, and story ids are made from an id's first twelve characters.
        var id = _rng.NextInt64().ToString("x16", CultureInfo.InvariantCulture) + (++_count).ToString("x16", CultureInfo.InvariantCulture) + template.Document.Id[32..];
        var document = template.Document with
        {
            Id = id,
            Text = Scramble(template.Document.Text),
            Published = Shift(template.Document.Published, shift),
            Origins = [new Origin("generated:" + id[16..32], Origin.FileKind)],
        };
        return template with
        {
            Document = document,
            Entities = entities,
            Dates = template.Dates.Select(d => d with { Value = Shift(d.Value, shift)! }).ToArray(),
            Figures = template.Figures.Select(f => f with { Value = Math.Round(f.Value * _event.Scale, 2) }).ToArray(),
            Events = template.Events.Select(e => e with { Date = Shift(e.Date, shift) }).ToArray(),
        };
    }

    private static Entity Rename(Entity e, string name) => e with
    {
        Name = name,
        Key = name.ToLowerInvariant(),
        Aliases = [],
        Mentions = e.Mentions.Select(m => m.Text == e.Name ? m with { Text = name } : m).ToArray(),
    };

    // Log-uniform rank: a few names recur very often, most rarely, like public figures in the news.
    private int HeavyHead(int size) => Math.Min(size - 1, (int)Math.Pow(size, _rng.NextDouble()) - 1);

    private string Word(int syllables)
    {
        var s = string.Concat(Enumerable.Range(0, syllables).Select(_ => Onsets[_rng.Next(Onsets.Length)] + Nuclei[_rng.Next(Nuclei.Length)]));
        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private string PersonName() => _rng.Next(3) switch
    {
        0 => Word(1) + " " + Word(1) + " " + Word(1),
        1 => Word(2) + " " + Word(3),
        _ => Word(2) + " " + Word(1) + " " + Word(2),
    };

    private string OrgName() => _rng.Next(2) == 0
        ? Word(2) + " " + OrgHeads[_rng.Next(OrgHeads.Length)]
        : OrgHeads[_rng.Next(OrgHeads.Length)] + " of " + Word(3) + " " + Word(2);

    private string Scramble(string text)
    {
        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (!char.IsLetter(chars[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < chars.Length && char.IsLetter(chars[end]))
            {
                end++;
            }

            if (_rng.Next(4) != 0)
            {
                for (var k = i; k < end; k++)
                {
                    var c = (char)('a' + _rng.Next(26));
                    chars[k] = char.IsUpper(chars[k]) ? char.ToUpperInvariant(c) : c;
                }
            }

            i = end;
        }

        return new string(chars);
    }

    private static PartialDate? Shift(PartialDate? p, int days)
    {
        if (p is null)
        {
            return null;
        }

        var d = p.Start.AddDays(days);
        return p.Precision switch
        {
            DatePrecision.Day => PartialDate.OfDay(d.Year, d.Month, d.Day, p.Inferred),
            DatePrecision.Month => PartialDate.OfMonth(d.Year, d.Month, p.Inferred),
            _ => PartialDate.OfYear(d.Year, p.Inferred),
        };
    }
}
