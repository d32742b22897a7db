using System.CommandLine;
using System.Text;
using Ponte.Pipeline.Knowledge;

namespace Ponte.Cli.Commands;

/// <summary><c>ponte brief</c>: a self-contained HTML briefing over the store.</summary>
internal static class BriefCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string?>("--from") { Description = "From this date (2023, 2023-02 or 2023-02-20)." };
        var to = new Option<string?>("--to") { Description = "Up to this date." };
        var output = new Option<string>("--out") { Description = "Where to write the HTML.", DefaultValueFactory = _ => "brief.html" };
        var command = new Command("brief", "Write a self-contained HTML briefing: top stories, entities, timeline, indicator charts, sources.\n\nExample:\n  ponte brief --from 2025-01 --out brief.html") { from, to, output };
        command.SetAction(parse =>
        {
            if (!KnowledgeCommands.TryDate(context, "--from", parse.GetValue(from), out var fromDate) || !KnowledgeCommands.TryDate(context, "--to", parse.GetValue(to), out var toDate))
            {
                return ExitCodes.Usage;
            }

            var path = Write(context, parse.GetValue(CommandLine.Db), fromDate, toDate, parse.GetValue(output) ?? "brief.html");
            context.Out.WriteLine($"briefing written to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string Write(CliContext context, string? db, Ponte.Core.Model.PartialDate? from, Ponte.Core.Model.PartialDate? to, string path)
    {
        using var store = Composition.OpenStore(db);
        var views = Composition.LoadViews(store);
        var documents = store.All().ToDictionary(d => d.Document.Id, d => d.Document, StringComparer.Ordinal);
        var html = BriefingWriter.Render(views, documents, from, to, context.Time.GetUtcNow());
        var full = Path.GetFullPath(path);
        File.WriteAllText(full, html, new UTF8Encoding(false));
        return full;
    }
}
