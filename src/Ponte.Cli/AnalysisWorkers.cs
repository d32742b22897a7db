using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Ponte.Core.Model;
using Ponte.Pipeline;
using Ponte.Pipeline.Ingest;

namespace Ponte.Cli;

/// <summary>
/// Threads of their own that analyse batches of documents in chunks, at a lower scheduling priority than the threads that
/// store and link: analysis runs ahead of the stages that must keep document order, and should take only the CPU they leave.
/// </summary>
internal sealed class AnalysisWorkers : IDisposable
{
    // How much lower than the storing and linking threads, in Linux nice levels: the lowest, so analysis takes only the CPU
    // storing and linking leave. The storing thread spent 52 s in saves for 27 s of its own CPU (50,000 documents): it waited
    // for the cores the analysis threads held. 50,000 documents: 910 articles/s with the analysis threads at the storing
    // thread's priority, 938 ten levels lower, 1,002 at the lowest (`bench ingest 50000`, load 3).
    // Unprivileged processes may lower a thread's priority but not raise it back, so only these threads are lowered.
    private const int NiceIncrement = 19;

    private readonly DocumentPipeline pipeline;
    private readonly BlockingCollection<Action> queue = new();
    private readonly Thread[] threads;

    public AnalysisWorkers(DocumentPipeline pipeline, int count)
    {
        this.pipeline = pipeline;
        threads = new Thread[Math.Max(1, count)];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = $"ponte analysis {i + 1}" };
            threads[i].Start();
        }
    }

    /// <summary>
    /// Analyses <paramref name="documents"/> in chunks of <paramref name="chunkSize"/> on the workers and returns the analyses in
    /// input order; <paramref name="done"/> hears of each document once its chunk is analysed (from the workers' threads).
    /// </summary>
    public DocumentAnalysis[] Analyze(RawDocument[] documents, int chunkSize, Action<int> done, CancellationToken stop)
    {
        var results = new DocumentAnalysis[documents.Length];
        var chunks = (documents.Length + chunkSize - 1) / chunkSize;
        if (chunks == 0)
        {
            return results;
        }

        // Every chunk signals once it has run or skipped, so the wait below always ends and the event outlives every signal;
        // a stop makes the chunks not yet started skip their work.
        using var finished = new CountdownEvent(chunks);

        var failure = (Exception?)null;
        for (var c = 0; c < chunks; c++)
        {
            var start = c * chunkSize;
            var length = Math.Min(chunkSize, documents.Length - start);
            queue.Add(() =>
            {
                try
                {
                    if (!stop.IsCancellationRequested && Volatile.Read(ref failure) is null)
                    {
                        pipeline.AnalyzeMany(new ArraySegment<RawDocument>(documents, start, length)).CopyTo(results, start);
                        for (var i = 0; i < length; i++)
                        {
                            done(start + i);
                        }
                    }
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                }
                finally
                {
                    finished.Signal();
                }
            });
        }

        finished.Wait();
        stop.ThrowIfCancellationRequested();
        if (failure is not null)
        {
            throw new AggregateException(failure);
        }

        return results;
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        queue.Dispose();
    }

    private void Work()
    {
        Lower();
        foreach (var chunk in queue.GetConsumingEnumerable())
        {
            chunk();
        }
    }

    // Lowers the calling thread's priority where the system allows it; elsewhere the thread keeps the normal priority.
    private static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            var thread = GetThreadId();
            _ = SetPriority(0, thread, GetPriority(0, thread) + NiceIncrement);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "getpriority")]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);
}
