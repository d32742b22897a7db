using System.Diagnostics;
using System.Globalization;
using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Languages;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Segmentation;

namespace Ponte.Bench;

/// <summary>
/// Whole-corpus runs, each printing its numbers: <c>pipeline</c> (start-up cost, then words/s per language),
/// <c>profile</c> (time and allocations per stage and language), <c>ingest N</c> (articles/s and peak memory into a fresh
/// SQLite store, samples multiplied to N documents), <c>search</c> (latency p50/p95 on that store), <c>stories</c> (story
/// assignment cost per document at 10k, 100k, 1M generated news documents), <c>startup</c> (<c>ponte --help</c> wall time).
/// </summary>
internal static partial class Runs
{
    private static readonly Dictionary<string, Func<string[], int>> All = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pipeline"] = Pipeline,
        ["profile"] = Profile,
        ["chunks"] = Chunks,
        ["ingest"] = Ingest,
        ["search"] = Search,
        ["fill"] = Fill,
        ["stories"] = Stories,
        ["startup"] = Startup,
    };

    public static bool TryGet(string name, out Func<string[], int> run) => All.TryGetValue(name, out run!);

    private static string RepoRoot()
    {
        // From the binaries (dotnet run) or, for a copied build, from the working directory.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ponte.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Ponte.slnx not found above " + AppContext.BaseDirectory + " or the working directory");
    }

    // The articles of samples/, without its README (which describes them and is no news).
    private static List<RawDocument> Samples() =>
        new InputReader().Read(new InputSource(Path.Combine(RepoRoot(), "samples"))).SelectMany(r => r.Documents)
            .Where(d => !Path.GetFileName(d.Origin.Location).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .ToList();

    // A variant of a sample: a numbered sentence appended keeps the text (and so the id) unique without changing its shape.
    private static RawDocument Variant(RawDocument raw, int n) =>
        raw with { Text = raw.Text + $"\n\nRef. {n.ToString(CultureInfo.InvariantCulture)}.", Origin = new Origin($"{raw.Origin.Location}#{n}", Origin.FileKind) };

    // Words as the pipeline's own segmenter sees them: Thai is split by ICU's dictionary, not by spaces or letter classes.
    private static int CountWords(string text, string language)
    {
        var words = 0;
        foreach (var token in Segmenter.Instance.Segment(text, LanguagePacks.Get(language)).Tokens)
        {
            if (token.Kind == TokenKind.Word)
            {
                words++;
            }
        }

        return words;
    }

    private static double PeakMiB()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64 / 1048576.0;
    }

    // What the garbage collector did since a mark: collections per generation, time the program was paused, bytes allocated
    // per item; allocation that survives into gen1 and gen2 costs the most.
    private static (int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated) GcMark() =>
        (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    private static string GcSince((int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated) mark, int items)
    {
        var now = GcMark();
        return $"GC: {now.Gen0 - mark.Gen0:N0} / {now.Gen1 - mark.Gen1:N0} / {now.Gen2 - mark.Gen2:N0} collections (gen0/1/2), " +
            $"paused {(now.Paused - mark.Paused).TotalSeconds:N1} s, {(now.Allocated - mark.Allocated) / 1024.0 / Math.Max(1, items):N0} KiB allocated per document";
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static int Arg(string[] args, int at, int fallback) =>
        args.Length > at ? int.Parse(args[at].Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];

    private static void Header(string run) =>
        Console.WriteLine($"# {run} — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}, tiered PGO {AppContext.GetData("System.Runtime.TieredPGO") ?? "default"}, load average {LoadAverage()}");

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static int Ingest(string[] args)
    {
        Header("ingest");
        var count = Arg(args, 0, 100_000);
        var db = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"ponte-bench-{count}.db");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }

        var samples = Samples();
        var folder = Directory.CreateTempSubdirectory("ponte-bench-");
        try
        {
            // Write the corpus as JSON Lines so the run measures the real reader, pipeline, store and linker; in files of 2,000
            // documents, as the reader rejects files over its size limit.
            var corpus = new List<string>();
            for (var i = 0; i < count; i += 2000)
            {
                var file = Path.Combine(folder.FullName, $"corpus-{corpus.Count:D4}.jsonl");
                corpus.Add(file);
                using var writer = new StreamWriter(file);
                for (var k = i; k < Math.Min(count, i + 2000); k++)
                {
                    var v = Variant(samples[k % samples.Count], k);
                    writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { url = v.Origin.Location, title = v.Title, text = v.Text }));
                }
            }

            var pipeline = Composition.CreatePipeline();
            using var store = Composition.OpenStore(db);
            using var index = Composition.OpenKnowledge(store);
            if (args.Contains("--no-link"))
            {
                return IngestWithoutLinking(corpus, pipeline, store, db);
            }

            var cpu = CpuTime();
            var gc = GcMark();
            var clock = Stopwatch.StartNew();
            var lastReport = TimeSpan.Zero;
            var lastCount = 0;
            var gate = new Lock();
            var summary = Composition.CreateIngestor(pipeline).Run(corpus, store, index, p =>
            {
                var (added, known) = (p.Ingested, p.AlreadyKnown);
                // Progress every ~20 s: the rate of the latest stretch shows whether cost per document grows with the store.
                // Progress comes from the analysing threads too: one report per stretch.
                lock (gate)
                {
                    if (clock.Elapsed - lastReport <= TimeSpan.FromSeconds(20))
                    {
                        return;
                    }

                    var done = added + known;
                    Console.WriteLine($"  {done,8:N0} documents, {clock.Elapsed.TotalSeconds,6:N0} s, last stretch {(done - lastCount) / (clock.Elapsed - lastReport).TotalSeconds,6:N0} articles/s, peak {PeakMiB():N0} MiB");
                    lastReport = clock.Elapsed;
                    lastCount = done;
                }
            });
            clock.Stop();
            var cpuSeconds = (CpuTime() - cpu).TotalSeconds;
            Console.WriteLine($"ingest: {summary.Ingested:N0} documents in {clock.Elapsed.TotalSeconds:N1} s = {summary.Ingested / clock.Elapsed.TotalSeconds:N0} articles/s wall ({cpuSeconds:N0} s CPU, {summary.Ingested / cpuSeconds:N0} articles per CPU-second), peak working set {PeakMiB():N0} MiB, store {new FileInfo(db).Length / 1048576.0:N0} MiB at {db}, {index.StoryCount:N0} stories, {summary.Rejected.Count} inputs rejected{string.Concat(summary.Rejected.Take(3).Select(p => $" [{p.Code}: {p.Message}]"))}");
            Console.WriteLine(GcSince(gc, summary.Ingested));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    // Reader, pipeline and store as the ingestor runs them, without entity resolution and story linking: fills a store for the
    // search measurement when linking would take too long, and shows what linking costs by difference.
    private static int IngestWithoutLinking(List<string> corpus, Ponte.Pipeline.DocumentPipeline pipeline, Ponte.Storage.IDocumentStore store, string db)
    {
        var cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var done = 0;
        var batch = new List<RawDocument>(256);
        long saveTicks = 0;
        void Flush()
        {
            var analyses = batch.AsParallel().AsOrdered().Select(pipeline.Analyze).ToArray();
            var t0 = ThreadClock.Now();
            store.Save(analyses);
            saveTicks += ThreadClock.Now() - t0;
            done += batch.Count;
            batch.Clear();
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(60))
            {
                Console.WriteLine($"  {done,8:N0} documents, {clock.Elapsed.TotalSeconds,6:N0} s, {done / clock.Elapsed.TotalSeconds:N0} articles/s so far, peak {PeakMiB():N0} MiB");
                lastReport = clock.Elapsed;
            }
        }

        foreach (var document in corpus.SelectMany(c => new InputReader().Read(new InputSource(c))).SelectMany(r => r.Documents))
        {
            batch.Add(document);
            if (batch.Count == 256)
            {
                Flush();
            }
        }

        if (batch.Count > 0)
        {
            Flush();
        }

        clock.Stop();
        var cpuSeconds = (CpuTime() - cpu).TotalSeconds;
        Console.WriteLine($"ingest without linking: {done:N0} documents in {clock.Elapsed.TotalSeconds:N1} s = {done / clock.Elapsed.TotalSeconds:N0} articles/s wall ({cpuSeconds:N0} s CPU, {done / cpuSeconds:N0} articles per CPU-second), peak working set {PeakMiB():N0} MiB, store {new FileInfo(db).Length / 1048576.0:N0} MiB at {db}; saving alone {saveTicks * 1e6 / ThreadClock.Frequency / done:N0} µs of thread CPU per document");
        return 0;
    }

    /// <summary>
    /// <c>fill N [db]</c>: a store of N documents for the search measurement, fast: each sample is analysed once and saved N/24
    /// times as variants (text with a numbered line appended, id of that text), in batches, without linking. The stored
    /// documents are what <c>ingest</c> stores apart from the appended line's absence from the analysis.
    /// </summary>
    private static int Fill(string[] args)
    {
        Header("fill");
        var count = Arg(args, 0, 100_000);
        var db = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"ponte-bench-{count}.db");
        foreach (var f in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(f);
        }

        var pipeline = Composition.CreatePipeline();
        var samples = Samples();
        var analyses = samples.Select(pipeline.Analyze).ToArray();
        using var store = Composition.OpenStore(db);
        var clock = Stopwatch.StartNew();
        var batch = new List<DocumentAnalysis>(256);
        long saveTicks = 0, saveBytes = 0;
        for (var i = 0; i < count; i++)
        {
            var a = analyses[i % analyses.Length];
            var text = pipeline.Normalize(Variant(samples[i % samples.Count], i).Text);
            batch.Add(a with { Document = a.Document with { Id = Ponte.Pipeline.DocumentPipeline.IdOf(text), Text = text, Origins = [new Origin($"{a.Document.Origins[0].Location}#{i}", Origin.FileKind)] } });
            if (batch.Count == 256 || i == count - 1)
            {
                var t0 = ThreadClock.Now();
                var b0 = GC.GetTotalAllocatedBytes(precise: true);
                store.Save(batch);
                saveBytes += GC.GetTotalAllocatedBytes(precise: true) - b0;
                saveTicks += ThreadClock.Now() - t0;
                batch.Clear();
            }
        }

        Console.WriteLine($"fill: {store.Count:N0} documents saved in {clock.Elapsed.TotalSeconds:N1} s ({count / clock.Elapsed.TotalSeconds:N0} documents/s into the store alone; saving {saveTicks * 1e6 / ThreadClock.Frequency / count:N0} µs of thread CPU and {saveBytes / 1024.0 / count:N1} KiB allocated per document, in batches of 256 as ingest saves), store {new FileInfo(db).Length / 1048576.0:N0} MiB at {db}, peak working set {PeakMiB():N0} MiB");
        return 0;
    }

    private static int Search(string[] args)
    {
        Header("search");
        var db = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "ponte-bench-100000.db");
        if (!File.Exists(db))
        {
            Console.Error.WriteLine($"{db} does not exist: run `ingest 100000` first.");
            return 1;
        }

        using var store = Composition.OpenStore(db);
        string[] queries = ["duong hai hung", "dương hải hưng", "ho chi minh", "high-level dialogue", "kuala lumpur", "investment", "ambasciatore", "kerjasama", "da nang", "asean italy trade"];
        var open = Stopwatch.StartNew();
        store.Search(queries[0], null, 20);
        Console.WriteLine($"first query (cold page cache and JIT): {open.Elapsed.TotalMilliseconds:N0} ms");
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
        Console.WriteLine($"search over {store.Count:N0} documents: p50 {Percentile(times, 0.5):0.00} ms, p95 {Percentile(times, 0.95):0.00} ms, max {times[^1]:0.00} ms ({times.Count} queries, top 20), peak working set {PeakMiB():N0} MiB");
        return 0;
    }

    private static int Startup(string[] args)
    {
        Header("startup");
        var runs = Arg(args, 0, 10);
        var dll = Path.Combine(RepoRoot(), "src", "Ponte.Cli", "bin", "Release", "net10.0", "ponte.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"{dll} is missing: run `dotnet build src/Ponte.Cli -c Release` first.");
            return 1;
        }

        var times = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add(dll);
            info.ArgumentList.Add("--help");
            var clock = Stopwatch.StartNew();
            using var child = Process.Start(info)!;
            child.StandardOutput.ReadToEnd();
            child.StandardError.ReadToEnd();
            child.WaitForExit();
            clock.Stop();
            if (child.ExitCode != 0)
            {
                Console.Error.WriteLine($"ponte --help exited with {child.ExitCode}");
                return 1;
            }

            // The first run warms the OS file cache; it is reported apart.
            if (i == 0)
            {
                Console.WriteLine($"first run (cold file cache): {clock.Elapsed.TotalMilliseconds:N0} ms");
            }
            else
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"`dotnet ponte.dll --help`: median {Percentile(times, 0.5):N0} ms, min {times[0]:N0} ms, max {times[^1]:N0} ms over {times.Count} runs");
        return 0;
    }
}
