using System.Diagnostics;
using System.Globalization;
using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Linking;

namespace Ponte.Bench;

/// <summary>
/// Whole-corpus runs, each printing its numbers: <c>pipeline</c> (words/s per language), <c>ingest N</c> (articles/s and peak
/// memory into a fresh SQLite store, samples multiplied to N documents), <c>search</c> (latency p50/p95 on that store),
/// <c>stories</c> (story assignment cost per document at 10k, 100k, 1M generated documents).
/// </summary>
internal static class Runs
{
    private static readonly Dictionary<string, Func<string[], int>> All = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pipeline"] = Pipeline,
        ["ingest"] = Ingest,
        ["search"] = Search,
        ["stories"] = Stories,
    };

    public static bool TryGet(string name, out Func<string[], int> run) => All.TryGetValue(name, out run!);

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ponte.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new InvalidOperationException("samples/ not found");
    }

    private static List<RawDocument> Samples() =>
        new InputReader().Read(new InputSource(SamplesFolder())).SelectMany(r => r.Documents).ToList();

    // A variant of a sample: a numbered sentence appended keeps the text (and so the id) unique without changing its shape.
    private static RawDocument Variant(RawDocument raw, int n) =>
        raw with { Text = raw.Text + $"\n\nRef. {n.ToString(CultureInfo.InvariantCulture)}.", Origin = new Origin($"{raw.Origin.Location}#{n}", Origin.FileKind) };

    private static int Pipeline(string[] args)
    {
        var targetWords = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var pipeline = Composition.CreatePipeline();
        var samples = Samples();
        var load = Stopwatch.StartNew();
        foreach (var s in samples)
        {
            pipeline.Analyze(s);
        }

        Console.WriteLine($"warm-up (language data load + JIT) {load.Elapsed.TotalMilliseconds:0} ms over {samples.Count} documents");
        foreach (var group in samples.GroupBy(s => pipeline.Analyze(s).Document.Language.Code).OrderBy(g => g.Key))
        {
            var docs = group.ToArray();
            var wordsPerDoc = docs.Select(d => CountWords(d.Text)).ToArray();
            long words = 0;
            var n = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            while (words < targetWords)
            {
                var i = n % docs.Length;
                pipeline.Analyze(Variant(docs[i], n));
                words += wordsPerDoc[i];
                n++;
            }

            clock.Stop();
            var perDoc = (GC.GetAllocatedBytesForCurrentThread() - allocated) / n;
            Console.WriteLine($"{group.Key}: {words:N0} words in {n:N0} documents, {words / clock.Elapsed.TotalSeconds:N0} words/s on one core, {n / clock.Elapsed.TotalSeconds:N0} documents/s, {perDoc / 1024.0:N0} KiB allocated per document");
        }

        return 0;
    }

    private static int Ingest(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var db = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"ponte-bench-{count}.db");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }

        var samples = Samples();
        var folder = Directory.CreateTempSubdirectory("ponte-bench-");
        try
        {
            // Write the corpus as JSON Lines so the run measures the real reader, pipeline, store and linker.
            var corpus = Path.Combine(folder.FullName, "corpus.jsonl");
            using (var writer = new StreamWriter(corpus))
            {
                for (var i = 0; i < count; i++)
                {
                    var v = Variant(samples[i % samples.Count], i);
                    writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { url = v.Origin.Location, title = v.Title, text = v.Text }));
                }
            }

            var pipeline = Composition.CreatePipeline();
            using var store = Composition.OpenStore(db);
            using var index = Composition.OpenKnowledge(store);
            var clock = Stopwatch.StartNew();
            var summary = Composition.CreateIngestor(pipeline).Run([corpus], store, index);
            clock.Stop();
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"ingest: {summary.Ingested:N0} documents in {clock.Elapsed.TotalSeconds:N1} s = {summary.Ingested / clock.Elapsed.TotalSeconds:N0} articles/s (2 cores), peak working set {self.PeakWorkingSet64 / 1048576.0:N0} MiB, store {new FileInfo(db).Length / 1048576.0:N0} MiB at {db}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static int Search(string[] args)
    {
        var db = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "ponte-bench-100000.db");
        using var store = Composition.OpenStore(db);
        string[] queries = ["duong hai hung", "dương hải hưng", "ho chi minh", "high-level dialogue", "kuala lumpur", "investment", "ambasciatore", "kerjasama", "da nang", "asean italy trade"];
        var times = new List<double>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var q in queries)
            {
                var clock = Stopwatch.StartNew();
                store.Search(q, null, 20);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"search over {store.Count:N0} documents: p50 {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms ({times.Count} queries)");
        return 0;
    }

    private static int Stories(string[] args)
    {
        var pipeline = Composition.CreatePipeline();
        var analyses = Samples().Select(pipeline.Analyze).ToArray();
        var linker = Composition.CreateLinker();
        var index = new InMemoryKnowledgeIndex();
        var rng = new Random(7);
        var done = 0;
        foreach (var checkpoint in new[] { 10_000, 100_000, 1_000_000 })
        {
            while (done < checkpoint)
            {
                // Generated documents: a sample's findings under a fresh id and a shifted date, so stories keep forming.
                var a = analyses[done % analyses.Length];
                var shift = rng.Next(0, 3650);
                var doc = a.Document with { Id = done.ToString("x12", CultureInfo.InvariantCulture) + a.Document.Id[12..], Published = a.Document.Published is { Precision: DatePrecision.Day } p ? Shift(p, shift) : a.Document.Published };
                linker.Link(a with { Document = doc }, index);
                done++;
            }

            var last = Stopwatch.StartNew();
            for (var i = 0; i < 1000; i++)
            {
                var a = analyses[i % analyses.Length];
                var doc = a.Document with { Id = (done + i).ToString("x12", CultureInfo.InvariantCulture) + a.Document.Id[12..] };
                linker.Link(a with { Document = doc }, index);
            }

            done += 1000;
            Console.WriteLine($"stories at {checkpoint:N0} documents: {last.Elapsed.TotalMilliseconds:N0} µs per document assignment (entity resolution + story), {index.StoryCount:N0} stories");
        }

        return 0;
    }

    private static PartialDate Shift(PartialDate p, int days)
    {
        var d = new DateOnly(p.Year, p.Month, p.Day).AddDays(days);
        return PartialDate.OfDay(d.Year, d.Month, d.Day, p.Inferred);
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
