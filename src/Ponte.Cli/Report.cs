using Ponte.Core.Model;
using Spectre.Console;

namespace Ponte.Cli;

/// <summary>Human-readable output: tables and short lines, colours only where the terminal has them.</summary>
internal static class Report
{
    /// <summary>A Spectre console over <paramref name="writer"/>; plain text unless it is the real, interactive terminal.</summary>
    public static IAnsiConsole ConsoleFor(TextWriter writer)
    {
        var interactive = (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
            || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>Names a rejected input with its problem code and reason, on standard error.</summary>
    public static void Rejected(TextWriter error, Problem problem) => error.WriteLine(RejectedLine(problem));

    /// <summary>The line that names a rejected input: source, problem code, reason.</summary>
    public static string RejectedLine(Problem problem) => $"rejected: {problem.Source ?? "(input)"}: {problem.Code}: {problem.Message}";

    /// <summary>Prints what the pipeline found in one document.</summary>
    public static void Analysis(TextWriter writer, DocumentAnalysis a)
    {
        var console = ConsoleFor(writer);
        var d = a.Document;
        console.MarkupLine($"[bold]{Markup.Escape(d.Title ?? d.File ?? d.Id[..12])}[/]");
        console.MarkupLine(Markup.Escape(
            $"  id {d.Id[..12]}  language {d.Language.Code} ({d.Language.Confidence:0.00})  source {d.Source ?? "-"}  published {d.Published?.ToString() ?? "-"}{(d.Published?.Inferred == true ? " (inferred)" : "")}"));
        if (d.Dateline is { } dl)
        {
            console.MarkupLine(Markup.Escape($"  dateline {dl.Place ?? "-"} / {dl.Source ?? "-"} {dl.DateText}"));
        }

        if (a.Entities.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("type", "name", "roles", "aliases", "mentions");
            foreach (var e in a.Entities.OrderBy(e => e.Type).ThenBy(e => e.Name, StringComparer.Ordinal))
            {
                table.AddRow(
                    Markup.Escape(e.Type.ToString().ToLowerInvariant()),
                    Markup.Escape(e.Name),
                    Markup.Escape(string.Join("; ", e.Roles)),
                    Markup.Escape(string.Join(", ", e.Aliases)),
                    e.Mentions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Write(table);
        }

        foreach (var date in a.Dates)
        {
            console.MarkupLine(Markup.Escape($"  date    {date.Text} → {date.Value}{(date.Value.Inferred ? " (inferred)" : "")}"));
        }

        foreach (var f in a.Figures)
        {
            console.MarkupLine(Markup.Escape($"  figure  {f.Text} → {f.Value} {f.Currency ?? f.Unit} {f.Qualifier} year {f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} about {f.About ?? "-"}"));
        }

        foreach (var q in a.Quotes)
        {
            console.MarkupLine(Markup.Escape($"  quote   {q.Speaker ?? "?"}: “{Shorten(q.Text, 90)}”"));
        }

        foreach (var ev in a.Events)
        {
            console.MarkupLine(Markup.Escape($"  event   {ev.Type.ToString().ToLowerInvariant()} {ev.Date?.ToString() ?? "-"} {ev.Place ?? ""}: {Shorten(ev.What, 80)} [{string.Join(", ", ev.Participants)}]"));
        }

        foreach (var p in a.Problems)
        {
            console.MarkupLine(Markup.Escape($"  problem {p.Code}: {p.Message}"));
        }

        console.WriteLine();
    }

    /// <summary>Cuts a text to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
