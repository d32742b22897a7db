using System.CommandLine;
using Ponte.Core.Serialization;
using Spectre.Console;

namespace Ponte.Cli.Commands;

/// <summary><c>ponte search QUERY</c>: full-text search over folded text.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words to find; case and diacritics do not matter (\"duong hai hung\" finds “Dương Hải Hưng”)." };
        var lang = new Option<string?>("--lang") { Description = "Only documents in this language (en, vi, it, ms, id, tl, th)." };
        var limit = new Option<int>("--limit") { Description = "At most this many results.", DefaultValueFactory = _ => 20 };
        var json = CommandLine.Json();
        var command = new Command("search", "Search the stored documents.\n\nExample:\n  ponte search \"da nang\" --lang vi --limit 5")
        {
            query, lang, limit, json,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1)
            {
                context.Error.WriteLine("ponte search: --limit must be at least 1.");
                return ExitCodes.Usage;
            }

            using var store = Composition.OpenStore(parse.GetValue(CommandLine.Db));
            var hits = store.Search(parse.GetValue(query) ?? "", parse.GetValue(lang), parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                foreach (var hit in hits)
                {
                    context.Out.WriteLine(ContractJson.Line(w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("id", hit.DocumentId);
                        w.WriteString("file", hit.File);
                        w.WriteString("title", hit.Title);
                        w.WriteString("language", hit.Language);
                        w.WriteNumber("score", Math.Round(hit.Score, 4));
                        w.WriteString("snippet", hit.Snippet);
                        ContractJson.WriteSpan(w, hit.SnippetSpan);
                        w.WriteEndObject();
                    }));
                }

                return ExitCodes.Ok;
            }

            var console = Report.ConsoleFor(context.Out);
            if (hits.Count == 0)
            {
                console.WriteLine("No document matches.");
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "lang", "title / file", "snippet");
            foreach (var hit in hits)
            {
                table.AddRow(hit.DocumentId[..12], hit.Language, Markup.Escape(Report.Shorten(hit.Title ?? hit.File ?? "", 40)), Markup.Escape(Report.Shorten(hit.Snippet, 90)));
            }

            console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
