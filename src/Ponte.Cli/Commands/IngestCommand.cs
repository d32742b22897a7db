using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using Ponte.Core.Model;
using Spectre.Console;

namespace Ponte.Cli.Commands;

/// <summary><c>ponte ingest PATH...</c>: reads, analyses, stores and links documents; idempotent.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (recursively), .gz archives, JSON Lines, feeds, URLs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command(
            "ingest",
            "Read documents into the store. Ingesting the same text twice stores it once (a new origin is recorded).\n\n" +
            "Example:\n  ponte ingest samples/\n  ponte --db archive.db ingest feed.xml news.jsonl.gz")
        {
            paths,
        };
        command.SetAction(parse => Run(context, parse.GetValue(CommandLine.Db), parse.GetValue(paths) ?? []));
        return command;
    }

    internal static int Run(CliContext context, string? db, IReadOnlyList<string> paths)
    {
        using var store = Composition.OpenStore(db);
        using var index = Composition.OpenKnowledge(store);
        var ingestor = Composition.CreateIngestor(context.Pipeline);
        var progress = new ProgressBoard();
        var work = Task.Run(() => ingestor.Run(paths, store, index, progress.Set, progress.Rejected.Enqueue));

        // Rejections are printed here, on the calling thread, so they never tear a progress bar the worker cannot see.
        var clock = Stopwatch.StartNew();
        var total = context.Interactive ? IngestPlan.TotalBytes(paths) : (long?)null;
        while (!Finished(work, TimeSpan.FromMilliseconds(100)))
        {
            progress.Drain(context.Error.WriteLine);
            if (total is { } bytes && clock.Elapsed > TimeSpan.FromSeconds(1))
            {
                ShowBar(context, work, progress, bytes);
                break;
            }
        }

        var summary = work.GetAwaiter().GetResult();
        progress.Drain(context.Error.WriteLine);
        var rate = summary.Elapsed.TotalSeconds > 0 ? (summary.Ingested + summary.AlreadyKnown) / summary.Elapsed.TotalSeconds : 0;
        context.Out.WriteLine(
            $"ingested {summary.Ingested}, already known {summary.AlreadyKnown} ({summary.NewOrigins} new origins), rejected {summary.Rejected.Count} " +
            $"in {summary.Elapsed.TotalSeconds:0.0} s ({rate:0} documents/s) into {store.Description}");
        foreach (var group in summary.Rejected.GroupBy(p => p.Code))
        {
            context.Out.WriteLine($"  {group.Key}: {group.Count()}");
        }

        return summary.Rejected.Count > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    // A bar by input bytes on standard error until the ingest ends; indeterminate when no size was known (stdin, URLs).
    private static void ShowBar(CliContext context, Task work, ProgressBoard progress, long totalBytes)
    {
        var console = Report.ConsoleFor(context.Error);
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(bar =>
            {
                var task = bar.AddTask("ingesting", maxValue: Math.Max(totalBytes, 1));
                task.IsIndeterminate = totalBytes == 0;
                do
                {
                    progress.Drain(line => console.WriteLine(line));
                    var now = progress.Latest;
                    task.Description = $"ingested {now.Ingested}, already known {now.AlreadyKnown}, rejected {now.Rejected}";
                    task.Value = Math.Min(now.BytesDone, task.MaxValue);
                    bar.Refresh();
                }
                while (!Finished(work, TimeSpan.FromMilliseconds(100)));

                task.Value = task.MaxValue;
            });
    }

    // Waits without throwing: a failed ingest rethrows its own exception where its result is read.
    private static bool Finished(Task work, TimeSpan wait) => ((IAsyncResult)work).AsyncWaitHandle.WaitOne(wait);

    /// <summary>What the ingest worker last reported, and the rejections it found that are not printed yet.</summary>
    private sealed class ProgressBoard
    {
        private readonly Lock gate = new();
        private IngestProgress latest;

        public ConcurrentQueue<Problem> Rejected { get; } = new();

        public IngestProgress Latest
        {
            get
            {
                lock (gate)
                {
                    return latest;
                }
            }
        }

        public void Set(IngestProgress progress)
        {
            // Analysing threads report concurrently, so a late report may be older than the one before it: never go back.
            lock (gate)
            {
                latest = progress with { BytesDone = Math.Max(progress.BytesDone, latest.BytesDone) };
            }
        }

        public void Drain(Action<string> write)
        {
            while (Rejected.TryDequeue(out var problem))
            {
                write(Report.RejectedLine(problem));
            }
        }
    }
}
