using System.Diagnostics;
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
        var problems = new List<Problem>();
        int added = 0, known = 0, origins = 0;
        long bytesDone = 0;
        // Each document carries its share of the bytes of the input it came from, and counts as done once analysed, so
        // one large JSON Lines file moves the bar document by document rather than all at the end.
        var batch = new List<(RawDocument Document, long Bytes)>(batchSize);

        // Called from the analysing threads too: only bytesDone changes meanwhile, and it changes atomically.
        void Report() => progress?.Invoke(new IngestProgress(added, known, problems.Count, Interlocked.Read(ref bytesDone)));

        // Three stages overlap so that both cores stay busy: while batch k + 1 is analysed (on every core), batch k is
        // stored (this thread) and batch k - 1 linked (one more thread). Each stage keeps batch order, and a batch is linked
        // only once it is stored, so a crash leaves no link to a document the store lacks.
        Task<DocumentAnalysis[]>? analysing = null;
        Task? linking = null;

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var items = batch.ToArray();
            batch.Clear();
            var next = Task.Run(() => items.AsParallel().AsOrdered().Select(item =>
            {
                var analysis = pipeline.Analyze(item.Document);
                Interlocked.Add(ref bytesDone, item.Bytes);
                Report();
                return analysis;
            }).ToArray());
            Complete();
            analysing = next;
        }

        // Stores the batch being analysed, once it is, and hands it to linking.
        void Complete()
        {
            if (analysing is null)
            {
                return;
            }

            var analyses = analysing.GetAwaiter().GetResult();
            analysing = null;
            var result = store.Save(analyses);
            for (var i = 0; i < analyses.Length; i++)
            {
                switch (result.Outcomes[i].Status)
                {
                    case SaveStatus.Added:
                        added++;
                        break;
                    case SaveStatus.OriginAdded:
                        origins++;
                        known++;
                        break;
                    default:
                        known++;
                        break;
                }
            }

            // One batch is linked at a time: the previous one must be done before this one starts.
            FinishLinking();
            linking = Task.Run(() =>
            {
                // Linking is idempotent: a document stored before a crash but never linked is linked now.
                foreach (var analysis in analyses)
                {
                    linker.Link(analysis, index);
                }

                index.Flush();
            });
            Report();
        }

        void FinishLinking()
        {
            linking?.GetAwaiter().GetResult();
            linking = null;
        }

        try
        {
            foreach (var input in inputs)
            {
                foreach (var result in reader.Read(new InputSource(input)))
                {
                    var bytes = IngestPlan.SizeOf(result);
                    foreach (var problem in result.Problems)
                    {
                        problems.Add(problem);
                        store.RecordRejected(problem);
                        rejected?.Invoke(problem);
                    }

                    if (result.Documents.Count == 0)
                    {
                        Interlocked.Add(ref bytesDone, bytes);
                        Report();
                    }

                    for (var i = 0; i < result.Documents.Count; i++)
                    {
                        batch.Add((result.Documents[i], bytes / result.Documents.Count + (i == 0 ? bytes % result.Documents.Count : 0)));
                        if (batch.Count >= batchSize)
                        {
                            Flush();
                        }
                    }
                }
            }

            Flush();
            Complete();
            FinishLinking();
        }
        catch
        {
            // The linking thread still uses the index the caller is about to close: let it stop first. What it throws
            // now matters less than what stopped this thread.
            try
            {
                linking?.Wait();
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        return new IngestSummary(added, known, origins, problems, clock.Elapsed);
    }
}
