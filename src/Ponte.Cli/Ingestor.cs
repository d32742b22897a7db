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

/// <summary>
/// Reads inputs, analyses them on every core, stores them in batches (one transaction each) and links each stored
/// document into the knowledge base. A broken input is recorded and reported; the rest goes on.
/// </summary>
public sealed class Ingestor(DocumentPipeline pipeline, IInputReader reader, Linker linker, int batchSize = 256)
{
    /// <summary>Ingests <paramref name="inputs"/> into <paramref name="store"/>, reporting progress through <paramref name="progress"/>.</summary>
    public IngestSummary Run(IEnumerable<string> inputs, IDocumentStore store, IKnowledgeIndex index, Action<int, int, int>? progress = null, Action<Problem>? rejected = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        var problems = new List<Problem>();
        int added = 0, known = 0, origins = 0;
        var batch = new List<RawDocument>(batchSize);
        Task<DocumentAnalysis[]>? analysing = null;

        // Linking runs on one thread: the next batch is analysed on the other cores meanwhile, so none waits idle.
        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            var documents = batch.ToArray();
            batch.Clear();
            var next = Task.Run(() => documents.AsParallel().AsOrdered().Select(pipeline.Analyze).ToArray());
            StoreAndLink();
            analysing = next;
        }

        void StoreAndLink()
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

                // Linking is idempotent: a document stored before a crash but never linked is linked now.
                linker.Link(analyses[i], index);
            }

            index.Flush();
            progress?.Invoke(added, known, problems.Count);
        }

        foreach (var input in inputs)
        {
            foreach (var result in reader.Read(new InputSource(input)))
            {
                foreach (var problem in result.Problems)
                {
                    problems.Add(problem);
                    store.RecordRejected(problem);
                    rejected?.Invoke(problem);
                }

                foreach (var document in result.Documents)
                {
                    batch.Add(document);
                    if (batch.Count >= batchSize)
                    {
                        Flush();
                    }
                }
            }
        }

        Flush();
        StoreAndLink();
        return new IngestSummary(added, known, origins, problems, clock.Elapsed);
    }
}
