using System.CommandLine;

namespace Ponte.Cli.Commands;

/// <summary><c>ponte demo</c>: ingests the bundled samples, shows what Ponte found, writes the briefing.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var samples = new Option<string?>("--samples") { Description = "The samples folder (default: samples/ of this checkout)." };
        var command = new Command("demo", "Ingest the bundled samples into the store, print what Ponte found, and write brief.html.\n\nExample:\n  dotnet run --project src/Ponte.Cli -- demo") { samples };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(samples) ?? FindSamples();
            if (folder is null || !Directory.Exists(folder))
            {
                context.Error.WriteLine("ponte demo: the samples folder was not found; pass --samples PATH.");
                return ExitCodes.Usage;
            }

            var db = parse.GetValue(CommandLine.Db);
            var code = IngestCommand.Run(context, db, [folder]);
            context.Out.WriteLine();
            using (var store = Composition.OpenStore(db))
            {
                var views = Composition.LoadViews(store);
                context.Out.WriteLine($"{views.Stories.Count} stories:");
                foreach (var s in views.Stories)
                {
                    context.Out.WriteLine($"  [{string.Join(",", s.Languages)}] {Report.Shorten(s.Title, 90)} ({s.Documents.Count} versions)");
                }

                context.Out.WriteLine();
                context.Out.WriteLine("most mentioned:");
                foreach (var e in views.Entities.Take(12))
                {
                    context.Out.WriteLine($"  {e.Type.ToString().ToLowerInvariant(),-12} {e.Name} ({e.Documents.Count} documents{(e.Names.Count > 1 ? ", " + string.Join("/", e.Names.Keys) : "")})");
                }

                context.Out.WriteLine();
                context.Out.WriteLine("timeline (first entries):");
                foreach (var t in views.Timeline().Take(12))
                {
                    context.Out.WriteLine($"  {t.Date,-11} {Report.Shorten(t.What, 90)}");
                }
            }

            var brief = BriefCommand.Write(context, db, null, null, "brief.html");
            context.Out.WriteLine();
            context.Out.WriteLine($"briefing: {brief}");
            context.Out.WriteLine("next: ponte search \"ho chi minh\" · ponte stories · ponte entity \"ASEAN\" · ponte timeline · ponte indicators");
            return code;
        });
        return command;
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Ponte.slnx")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
