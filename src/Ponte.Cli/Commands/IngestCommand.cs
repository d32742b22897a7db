using System.CommandLine;
using System.Diagnostics;

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
        var index = Composition.OpenKnowledge(store);
        var started = Stopwatch.StartNew();
        var shown = false;
        var summary = Composition.CreateIngestor(context.Pipeline).Run(
            paths,
            store,
            index,
            (added, known, rejected) =>
            {
                // A progress line only for ingests long enough to wonder about.
                if (context.Interactive && started.Elapsed > TimeSpan.FromSeconds(1))
                {
                    shown = true;
                    context.Error.Write($"\r[{started.Elapsed:mm\\:ss}] ingested {added}, already known {known}, rejected {rejected}   ");
                }
            },
            problem => Report.Rejected(context.Error, problem));
        if (shown)
        {
            context.Error.WriteLine();
        }

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
}
