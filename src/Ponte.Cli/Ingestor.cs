using System.Diagnostics;
using System.Threading.Channels;
using Ponte.Core.Knowledge;
using Ponte.Core.Model;
using Ponte.Pipeline;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Linking;
using Ponte.Storage;

namespace Ponte.Cli;

/// <summary>What an ingest did: counts, and every rejected input with its problem.</summary>
public sealed record IngestSummary(int Ingested, int AlreadyKnown, int NewOrigins, IReadOnlyList<Problem> Rejected, TimeSpan Elapsed);

/// <summary>How far an ingest has come: counts so far, and the input bytes whose documents are all stored.</summary>
public readonly record struct IngestProgress(int Ingested, int AlreadyKnown, int Rejected, long BytesDone);

/// <summary>
/// Reads inputs, analyses them on every core, stores them in batches (one transaction each) and links each stored
/// document into the knowledge base. A broken input is recorded and reported; the rest goes on.
/// </summary>
public sealed class Ingestor(DocumentPipeline pipeline, IInputReader reader, Linker linker, int batchSize = 256)
{
    /// <summary>Documents one core analyses together, stage by stage.</summary>
    public const int AnalysisChunk = 16;

    /// <summary>Documents linked between two writes of the knowledge index.</summary>
    public const int FlushEvery = 1024;

    /// <summary>
    /// Ingests <paramref name="inputs"/> into <paramref name="store"/>. <paramref name="progress"/> hears after every analysed
    /// document (from several threads at once), stored batch and rejected input; <paramref name="rejected"/> hears of each
    /// rejected input as it is found.
    /// </summary>
    public IngestSummary Run(IEnumerable<string> inputs, IDocumentStore store, IKnowledgeIndex index, Action<IngestProgress>? progress = null, Action<Problem>? rejected = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        var run = new IngestRun(inputs, store, progress, rejected);

        // Three stages run at once so that both cores stay busy: reading and analysis (on every core) run ahead into a
        // short queue, while this thread stores batch k and one more thread links batch k - 1. Each stage keeps batch order,
        // and a batch is linked only once it is stored, so a crash leaves no link to a document the store lacks. (Before,
        // the next batch was read only once the current one was stored, and the cores idled meanwhile.)
        var analysed = Channel.CreateBounded<DocumentAnalysis[]>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();
        using var workers = new AnalysisWorkers(pipeline, Environment.ProcessorCount);
        var analysing = Task.Run(() =>
        {
            try
            {
                Analyse(run, workers, analysed.Writer, stop.Token);
                analysed.Writer.Complete();
            }
            catch (Exception e)
            {
                analysed.Writer.Complete(e);
            }
        });

        Task? linking = null;
        var unflushed = 0;
        void FinishLinking()
        {
            linking?.GetAwaiter().GetResult();
            linking = null;
        }

        try
        {
            while (analysed.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (analysed.Reader.TryRead(out var analyses))
                {
                    run.Count(store.Save(analyses));

                    // One batch is linked at a time: the previous one must be done before this one starts.
                    FinishLinking();
                    linking = Task.Run(() =>
                    {
                        // Linking is idempotent: a document stored before a crash but never linked is linked when its
                        // input is ingested again.
                        foreach (var analysis in analyses)
                        {
                            linker.Link(analysis, index);
                        }

                        // The index is written every FlushEvery documents rather than every batch: a flush rewrites a page
                        // per new key row wherever its key lands, and more rows per flush share more pages (flush 520 →
                        // 311 µs of thread CPU per document at 30,000 generated documents, `stories 30000 300 --sql`).
                        unflushed += analyses.Length;
                        if (unflushed >= FlushEvery)
                        {
                            index.Flush();
                            unflushed = 0;
                        }
                    });
                    run.Report();
                }
            }

            FinishLinking();
            analysing.GetAwaiter().GetResult();
            index.Flush();
        }
        catch
        {
            // The other stages still use the store and the index the caller is about to close: let them stop first, and
            // keep the links of what was stored. What they throw now matters less than what stopped this thread.
            stop.Cancel();
            try
            {
                Task.WaitAll(analysing, linking ?? Task.CompletedTask);
            }
            catch (AggregateException)
            {
            }

            try
            {
                index.Flush();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
            }

            throw;
        }

        return new IngestSummary(run.Added, run.Known, run.Origins, run.Problems, clock.Elapsed);
    }

    // Reads every input and analyses its documents in batches on every core, handing each analysed batch to the queue in
    // input order; the next batch is read while the current one is analysed.
    private void Analyse(IngestRun run, AnalysisWorkers workers, ChannelWriter<DocumentAnalysis[]> analysed, CancellationToken stop)
    {
        // Each document carries its share of the bytes of the input it came from, and counts as done once analysed, so
        // one large JSON Lines file moves the bar document by document rather than all at the end.
        var batch = new List<(RawDocument Document, long Bytes)>(batchSize);
        Task<DocumentAnalysis[]>? running = null;

        void Hand()
        {
            if (running is not null)
            {
                var analyses = running.GetAwaiter().GetResult();
                running = null;
                analysed.WriteAsync(analyses, stop).AsTask().GetAwaiter().GetResult();
            }
        }

        void Start()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var items = batch.ToArray();
            batch.Clear();

            // Each worker takes chunks of documents and runs the pipeline over a chunk stage by stage
            // (DocumentPipeline.AnalyzeMany): on one thread, 437 µs of CPU per document in chunks of 16 and 417 in chunks of 64,
            // against 499 one by one (`Ponte.Bench chunks`); a whole ingest of 20,000 took 52–53 s of CPU in chunks of 16 or 64
            // against 55–56 s one by one (load 8–16). 16 spreads a batch of 256 over the cores more evenly.
            var next = Task.Run(() => workers.Analyze(Array.ConvertAll(items, item => item.Document), AnalysisChunk, i => run.Done(items[i].Bytes), stop));
            Hand();
            running = next;
        }

        try
        {
            foreach (var input in run.Inputs)
            {
                foreach (var result in reader.Read(new InputSource(input)))
                {
                    stop.ThrowIfCancellationRequested();
                    var bytes = IngestPlan.SizeOf(result);
                    foreach (var problem in result.Problems)
                    {
                        run.Reject(problem);
                    }

                    if (result.Documents.Count == 0)
                    {
                        run.Done(bytes);
                    }

                    for (var i = 0; i < result.Documents.Count; i++)
                    {
                        batch.Add((result.Documents[i], bytes / result.Documents.Count + (i == 0 ? bytes % result.Documents.Count : 0)));
                        if (batch.Count >= batchSize)
                        {
                            Start();
                        }
                    }
                }
            }

            Start();
            Hand();
        }
        finally
        {
            // On failure, an analysis still running must not outlive the ingest.
            try
            {
                running?.Wait();
            }
            catch (AggregateException)
            {
            }
        }
    }

    /// <summary>One ingest's inputs, listeners and counts, shared by its stages.</summary>
    private sealed class IngestRun(IEnumerable<string> inputs, IDocumentStore store, Action<IngestProgress>? progress, Action<Problem>? rejected)
    {
        private readonly List<Problem> problems = [];
        private int added, known, origins, rejectedCount;
        private long bytesDone;

        public IEnumerable<string> Inputs => inputs;

        public int Added => added;

        public int Known => known;

        public int Origins => origins;

        public IReadOnlyList<Problem> Problems => problems;

        /// <summary>Counts a stored batch's outcomes (the storing thread only).</summary>
        public void Count(SaveResult result)
        {
            foreach (var outcome in result.Outcomes)
            {
                switch (outcome.Status)
                {
                    case SaveStatus.Added:
                        Interlocked.Increment(ref added);
                        break;
                    case SaveStatus.OriginAdded:
                        Interlocked.Increment(ref origins);
                        Interlocked.Increment(ref known);
                        break;
                    default:
                        Interlocked.Increment(ref known);
                        break;
                }
            }
        }

        /// <summary>Records a rejected input (the reading thread only) and tells the listeners.</summary>
        public void Reject(Problem problem)
        {
            problems.Add(problem);
            Interlocked.Increment(ref rejectedCount);
            store.RecordRejected(problem);
            rejected?.Invoke(problem);
            Report();
        }

        /// <summary>Counts input bytes whose documents are all analysed (any thread).</summary>
        public void Done(long bytes)
        {
            Interlocked.Add(ref bytesDone, bytes);
            Report();
        }

        /// <summary>Tells the progress listener the counts as they are now; called from every stage's thread.</summary>
        public void Report() => progress?.Invoke(new IngestProgress(
            Volatile.Read(ref added), Volatile.Read(ref known), Volatile.Read(ref rejectedCount), Interlocked.Read(ref bytesDone)));
    }
}
