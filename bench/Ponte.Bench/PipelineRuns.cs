using System.Diagnostics;
using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Languages;
using Ponte.Languages.Gazetteer;
using Ponte.Pipeline;
using Ponte.Pipeline.Extraction;
using Ponte.Pipeline.Extraction.Dates;
using Ponte.Pipeline.Extraction.Entities;
using Ponte.Pipeline.Extraction.Events;
using Ponte.Pipeline.Extraction.Figures;
using Ponte.Pipeline.Extraction.Quotes;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Language;
using Ponte.Pipeline.Normalization;
using Ponte.Pipeline.Segmentation;

namespace Ponte.Bench;

internal static partial class Runs
{
    /// <summary>
    /// <c>pipeline [wordsPerLanguage]</c>: start-up cost in this fresh process, split into wall time and JIT time, then
    /// each language's steady state on one thread over at least <c>wordsPerLanguage</c> words (default 1,000,000).
    /// </summary>
    private static int Pipeline(string[] args)
    {
        Header("pipeline");
        var targetWords = Arg(args, 0, 1_000_000);
        var samples = Samples();

        Console.WriteLine("start-up (fresh process; JIT = time the JIT compiler spent inside the step):");
        Step("gazetteer load", () => _ = Gazetteer.Default);
        DocumentPipeline pipeline = null!;
        Step("pipeline build (entity gazetteer, lexicons)", () => pipeline = Composition.CreatePipeline());
        Step("language packs (folders + pack objects)", () =>
        {
            foreach (var code in LanguagePacks.Available)
            {
                _ = LanguagePacks.Get(code);
            }
        });
        Step("language identifier first use (its model; Lingua if consulted)", () => new LanguageIdentifier().Identify(samples[0].Text));
        Console.WriteLine($"  Lingua assembly loaded: {AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Lingua")}");

        var byLanguage = new SortedDictionary<string, List<RawDocument>>(StringComparer.Ordinal);
        foreach (var s in samples)
        {
            // Every first document of a language pays that language's data sections and the JIT of code only it reaches.
            var a = Step($"first document {Path.GetFileName(s.Origin.Location)}", () => pipeline.Analyze(s));
            var code = a.Document.Language.Code;
            if (!byLanguage.TryGetValue(code, out var list))
            {
                byLanguage[code] = list = [];
            }

            list.Add(s);
        }

        // Tiered JIT promotes hot methods after ~30 calls and a 100 ms delay: two seconds of work reaches steady code.
        var warm = Stopwatch.StartNew();
        var k = 0;
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
        {
            pipeline.Analyze(Variant(samples[k % samples.Count], k));
            k++;
        }

        Console.WriteLine($"steady state, one thread, ≥ {targetWords:N0} words per language (words = word tokens of the pipeline's segmenter):");
        long allWords = 0;
        double allSeconds = 0, allCpu = 0, allThread = 0;
        foreach (var (code, docs) in byLanguage)
        {
            var wordsPerDoc = docs.Select(d => CountWords(d.Text, code)).ToArray();
            long words = 0;
            var n = 0;
            GC.Collect();
            var gcs = GC.CollectionCount(0);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = CpuTime();
            var thread = ThreadClock.Now();
            var clock = Stopwatch.StartNew();
            while (words < targetWords)
            {
                var i = n % docs.Count;
                pipeline.Analyze(Variant(docs[i], n));
                words += wordsPerDoc[i];
                n++;
            }

            clock.Stop();
            var threadSeconds = (ThreadClock.Now() - thread) / (double)ThreadClock.Frequency;
            var cpuSeconds = (CpuTime() - cpu).TotalSeconds;
            var perDoc = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)n;
            allWords += words;
            allSeconds += clock.Elapsed.TotalSeconds;
            allCpu += cpuSeconds;
            allThread += threadSeconds;
            Console.WriteLine($"  {code}: {docs.Count} samples, {words:N0} words in {n:N0} documents ({words / n:N0} words each), {clock.Elapsed.TotalSeconds:N1} s: {words / clock.Elapsed.TotalSeconds,9:N0} words/s wall, {words / threadSeconds,9:N0} words per thread CPU-second, {words / cpuSeconds,9:N0} per process CPU-second, {n / clock.Elapsed.TotalSeconds:N0} documents/s, {perDoc / 1024:N0} KiB allocated per document, {GC.CollectionCount(0) - gcs} gen0 GCs");
        }

        Console.WriteLine($"  all: {allWords:N0} words, {allWords / allSeconds:N0} words/s wall, {allWords / allThread:N0} words per thread CPU-second, {allWords / allCpu:N0} per process CPU-second (includes GC and tiering threads); peak working set {PeakMiB():N0} MiB");
        return 0;
    }

    /// <summary>
    /// <c>chunks [documents=6000] [rounds=4]</c>: the samples in ingest's order (every language in turn) analysed on one thread
    /// by <see cref="DocumentPipeline.AnalyzeMany"/> in chunks of 1 (document by document), 4, 16 and 64, the sizes taking
    /// turns round after round after a warm-up; thread CPU per document for each size, over all its rounds.
    /// </summary>
    private static int Chunks(string[] args)
    {
        Header("chunks");
        var count = Arg(args, 0, 6000);
        var rounds = Arg(args, 1, 4);
        var samples = Samples();
        var pipeline = Composition.CreatePipeline();
        var sizes = new[] { 1, 4, 16, 64 };
        var ticks = new long[sizes.Length];
        var next = 0;
        for (var round = -1; round < rounds; round++)
        {
            for (var s = 0; s < sizes.Length; s++)
            {
                var docs = Enumerable.Range(next, count).Select(k => Variant(samples[k % samples.Count], k)).ToArray();
                next += count;
                var t0 = ThreadClock.Now();
                foreach (var chunk in docs.Chunk(sizes[s]))
                {
                    pipeline.AnalyzeMany(chunk);
                }

                // The first round warms the JIT's tiers for every size and is not counted.
                if (round >= 0)
                {
                    ticks[s] += ThreadClock.Now() - t0;
                }
            }
        }

        for (var s = 0; s < sizes.Length; s++)
        {
            Console.WriteLine($"  chunks of {sizes[s],2}: {ticks[s] * 1e6 / ThreadClock.Frequency / (count * (double)rounds),6:N0} µs of thread CPU per document");
        }

        return 0;
    }

    private static void Step(string what, Action action) => Step(what, () =>
    {
        action();
        return 0;
    });

    private static T Step<T>(string what, Func<T> action)
    {
        var jit = System.Runtime.JitInfo.GetCompilationTime(currentThread: false);
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = action();
        clock.Stop();
        var jitMs = (System.Runtime.JitInfo.GetCompilationTime(currentThread: false) - jit).TotalMilliseconds;
        Console.WriteLine($"  {what}: {clock.Elapsed.TotalMilliseconds,7:N1} ms, of which JIT {jitMs,6:N1} ms ({System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - methods} methods), {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0:N1} MiB allocated");
        return result;
    }

    /// <summary>
    /// <c>profile [wordsPerLanguage]</c>: the pipeline's stages run one by one (as <see cref="DocumentPipeline.Analyze"/>
    /// does) with a stopwatch and an allocation counter around each, per language, after a warm-up.
    /// </summary>
    private static int Profile(string[] args)
    {
        Header("profile");
        var targetWords = Arg(args, 0, 300_000);
        var normalizer = new TextNormalizer();
        var header = ArticleHeaderReader.Default;
        var identifier = new LanguageIdentifier();
        IExtractor[] extractors = [new DateExtractor(), new FigureExtractor(), new EntityExtractor(EntityGazetteer.Default), new QuoteExtractor(), new EventExtractor()];
        string[] names = ["normalize", "header", "identify", "segment", .. extractors.Select(e => e.Name), "total"];
        var samples = Samples();

        var groups = samples.GroupBy(s => identifier.Identify(normalizer.Normalize(s.Text)).Code).OrderBy(g => g.Key).ToArray();
        foreach (var pass in new[] { "warm-up", "measure" })
        {
            foreach (var group in groups)
            {
                var docs = group.ToArray();
                var rules = LanguagePacks.Get(group.Key);
                var wordsPerDoc = docs.Select(d => CountWords(d.Text, group.Key)).ToArray();
                var meter = new StageMeter(names.Length);
                var (ticks, bytes) = (meter.Ticks, meter.Bytes);
                long words = 0;
                var n = 0;
                var target = pass == "warm-up" ? targetWords / 10 : targetWords;
                while (words < target)
                {
                    var i = n % docs.Length;
                    var raw = Variant(docs[i], n);
                    meter.Start();

                    var text = normalizer.Normalize(raw.Text);
                    meter.Lap();
                    var head = header.Read(text);
                    meter.Lap();
                    var language = identifier.Identify(text);
                    meter.Lap();
                    var segmentation = Segmenter.Instance.Segment(text, rules);
                    meter.Lap();
                    var document = new Document
                    {
                        Id = DocumentPipeline.IdOf(text),
                        Text = text,
                        Origins = [raw.Origin],
                        Title = raw.Title ?? head.Title,
                        Language = language,
                        Dateline = head.Dateline,
                    };
                    var context = new ExtractionContext(document, rules, segmentation.Sentences, segmentation.Tokens) { Published = raw.Published };
                    foreach (var extractor in extractors)
                    {
                        extractor.Extract(context);
                        meter.Lap();
                    }

                    words += wordsPerDoc[i];
                    n++;
                }

                if (pass == "warm-up")
                {
                    continue;
                }

                if (args.Contains("--entities"))
                {
                    var contexts = docs.Select(d =>
                    {
                        var text = normalizer.Normalize(d.Text);
                        var seg = Segmenter.Instance.Segment(text, rules);
                        var c = new ExtractionContext(new Document { Id = "x", Text = text, Origins = [d.Origin], Language = new LanguageTag(group.Key, 1) }, rules, seg.Sentences, seg.Tokens);
                        new DateExtractor().Extract(c);
                        return (group.Key, c);
                    }).ToArray();
                    EntityProfile.Run(contexts, 3);
                    EntityProfile.Run(contexts, Math.Max(3, 300 / docs.Length));
                }

                var total = ticks.Sum();
                ticks[^1] = total;
                bytes[^1] = bytes.Sum();
                Console.WriteLine($"{group.Key}: {n:N0} documents, {words:N0} words, {words / (total / (double)ThreadClock.Frequency):N0} words per {(ThreadClock.IsCpu ? "thread CPU-second" : "second")} over the stages");
                for (var s = 0; s < names.Length; s++)
                {
                    var ms = ticks[s] * 1000.0 / ThreadClock.Frequency;
                    Console.WriteLine($"  {names[s],-10} {ms / n * 1000,9:N0} µs/doc {100.0 * ticks[s] / total,5:N1} %  {bytes[s] / n / 1024.0,7:N1} KiB/doc");
                }
            }
        }

        return 0;
    }
}

internal static class EntityProfile
{
    /// <summary>Time per sub-step of entity extraction, per language, over prepared contexts.</summary>
    public static void Run(IReadOnlyList<(string Code, ExtractionContext Context)> contexts, int rounds)
    {
        string[] names = ["lexicon", "units", "scan", "names", "strong", "places", "weak", "coref", "assemble"];
        foreach (var group in contexts.GroupBy(c => c.Code).OrderBy(g => g.Key))
        {
            var meter = new StageMeter(names.Length);
            var (ticks, bytes) = (meter.Ticks, meter.Bytes);
            var n = 0;
            for (var r = 0; r < rounds; r++)
            {
                foreach (var (_, context) in group)
                {
                    meter.Start();

                    var lexicon = EntityLexicon.For(context.Rules);
                    meter.Lap();
                    var units = UnitSequence.Build(context.Text, context.Tokens, context.Sentences, lexicon.CaselessWords);
                    meter.Lap();
                    var scan = new DocumentScan(context.Text, units, lexicon, EntityGazetteer.Default, context.Dates);
                    meter.Lap();
                    NamePhraseFinder.Find(scan);
                    meter.Lap();
                    PersonFinder.FindStrong(scan);
                    meter.Lap();
                    PlaceFinder.Find(scan, context.Document.Dateline);
                    meter.Lap();
                    PersonFinder.FindWeak(scan);
                    meter.Lap();
                    Coreferencer.Link(scan);
                    meter.Lap();
                    EntityAssembler.Assemble(scan);
                    scan.Release();
                    meter.Lap();
                    n++;
                }
            }

            Console.WriteLine($"entities {group.Key}: " + string.Join(", ", names.Select((s, i) => $"{s} {ticks[i] * 1e6 / ThreadClock.Frequency / n:N0} µs {bytes[i] / 1024.0 / n:N1} KiB")));
        }
    }
}
