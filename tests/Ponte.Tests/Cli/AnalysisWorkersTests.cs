using System.Collections.Concurrent;
using Ponte.Cli;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;

namespace Ponte.Tests.Cli;

/// <summary>
/// The ingest's analysis threads: a batch comes back in input order whatever chunk finished first, every document is reported
/// done once, a failure reaches the caller, and on Linux the threads run below the caller's priority.
/// </summary>
public sealed class AnalysisWorkersTests
{
    private static readonly Ponte.Pipeline.DocumentPipeline Pipeline = Composition.CreatePipeline();

    [Fact]
    public void A_batch_comes_back_in_input_order_with_every_document_reported_once()
    {
        var texts = Enumerable.Range(0, 37).Select(i => $"Report number {i}. Minister Ana Reyes met {i + 2} delegations in Manila.").ToArray();
        var raws = texts.Select((t, i) => new RawDocument { Text = t, Origin = new Origin($"r{i}.txt", Origin.FileKind) }).ToArray();
        var reported = new ConcurrentBag<int>();
        using var workers = new AnalysisWorkers(Pipeline, 3);

        var analyses = workers.Analyze(raws, 4, reported.Add, CancellationToken.None);

        Assert.Equal(texts, analyses.Select(a => a.Document.Text));
        Assert.Equal(Enumerable.Range(0, 37), reported.Order());
    }

    [Fact]
    public void A_document_the_pipeline_refuses_fails_the_batch_and_the_workers_go_on()
    {
        var good = new RawDocument { Text = "A quiet report.", Origin = new Origin("good.txt", Origin.FileKind) };
        using var workers = new AnalysisWorkers(Pipeline, 2);

        var error = Assert.Throws<AggregateException>(() => workers.Analyze([good, null!, good], 1, _ => { }, CancellationToken.None));
        Assert.IsType<ArgumentException>(Assert.Single(error.InnerExceptions), exactMatch: false);

        Assert.Single(workers.Analyze([good], 1, _ => { }, CancellationToken.None));
    }

    [Fact]
    public void A_stopped_batch_ends_with_the_stop()
    {
        var raw = new RawDocument { Text = "Another report.", Origin = new Origin("r.txt", Origin.FileKind) };
        using var workers = new AnalysisWorkers(Pipeline, 2);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        Assert.Throws<OperationCanceledException>(() => workers.Analyze([raw, raw, raw], 1, _ => { }, stop.Token));
    }

    [LinuxFact]
    public void On_linux_the_analysis_threads_run_below_the_callers_priority()
    {
        using var workers = new AnalysisWorkers(Pipeline, 2);
        var own = Nice(File.ReadAllText("/proc/thread-self/stat"));

        // The threads lower themselves as they start.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<int> nices;
        do
        {
            nices = Directory.EnumerateDirectories("/proc/self/task")
                .Where(task => File.ReadAllText(Path.Combine(task, "comm")).StartsWith("ponte analysis", StringComparison.Ordinal))
                .Select(task => Nice(File.ReadAllText(Path.Combine(task, "stat"))))
                .ToList();
        }
        while (nices.Count(n => n > own) < 2 && DateTime.UtcNow < deadline && Sleep());

        Assert.True(nices.Count(n => n > own) >= 2, $"analysis threads' nice values {string.Join(", ", nices)}, the caller's {own}");
    }

    // Field 19 of /proc/.../stat, counted after the parenthesised command name (which may hold spaces).
    private static int Nice(string stat) => int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);

    private static bool Sleep()
    {
        Thread.Sleep(20);
        return true;
    }
}

/// <summary>A test of Linux behaviour: skipped, saying so, elsewhere.</summary>
internal sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "thread priorities are only lowered on Linux";
        }
    }
}
