using System.CommandLine;
using Ponte.Cli.Commands;

namespace Ponte.Cli;

/// <summary>Builds the command tree: one command per file under Commands/.</summary>
internal static class CommandLine
{
    /// <summary>The global <c>--db</c> option: a SQLite file path or a PostgreSQL connection string.</summary>
    public static Option<string?> Db { get; } = new("--db")
    {
        Description = "The store: a SQLite file (default ponte.db, or $PONTE_DB) or a PostgreSQL connection string (Host=…;Database=… or postgres://…).",
        Recursive = true,
    };

    /// <summary>The shared <c>--json</c> option of read commands.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print JSON (one object per line) in the shapes of the output contract." };

    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "Ponte turns news about an international partnership into a knowledge base: it reads reports in many languages, " +
            "finds people, organisations, places, initiatives, dates, figures, quotes and events, and links every fact to its sentence.\n\n" +
            "Example:\n  ponte demo\n  ponte ingest samples/ && ponte search \"duong hai hung\"");
        root.Options.Add(Db);
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        foreach (var command in KnowledgeCommands.Create(context))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(BriefCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context));
        return root;
    }
}
