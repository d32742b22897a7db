using System.CommandLine;
using Ponte.Core.Model;
using Ponte.Core.Serialization;
using Ponte.Pipeline.Ingest;

namespace Ponte.Cli.Commands;

/// <summary><c>ponte extract FILE...</c>: reads files without a store and prints what the document pipeline finds.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files, folders, .gz archives, JSON Lines, feeds, URLs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = CommandLine.Json();
        var command = new Command(
            "extract",
            "Read documents without a store and print what Ponte finds in each.\n\nExample:\n  ponte extract --json samples/en-hld-dialogue.txt")
        {
            files,
            json,
        };
        command.SetAction(parse => Run(context, parse.GetValue(files) ?? [], parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, bool json)
    {
        var reader = Composition.CreateReader();
        var rejected = 0;
        foreach (var input in inputs)
        {
            foreach (var result in reader.Read(new InputSource(input)))
            {
                foreach (var problem in result.Problems)
                {
                    rejected++;
                    Report.Rejected(context.Error, problem);
                    if (json)
                    {
                        context.Out.WriteLine(RejectedLine(problem));
                    }
                }

                foreach (var raw in result.Documents)
                {
                    var analysis = context.Pipeline.Analyze(raw);
                    if (json)
                    {
                        context.Out.WriteLine(ContractJson.Document(analysis, raw.Origin.Location));
                    }
                    else
                    {
                        Report.Analysis(context.Out, analysis);
                    }
                }
            }
        }

        return rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    private static string RejectedLine(Problem problem) => ContractJson.Line(w =>
    {
        w.WriteStartObject();
        w.WriteString("file", problem.Source);
        w.WriteNull("id");
        w.WriteNull("language");
        w.WriteNull("title");
        w.WriteNull("source");
        w.WriteNull("published");
        w.WriteNull("dateline");
        w.WriteNull("text");
        foreach (var empty in (string[])["entities", "dates", "figures", "quotes", "events"])
        {
            w.WriteStartArray(empty);
            w.WriteEndArray();
        }

        w.WriteStartArray("problems");
        ContractJson.WriteProblem(w, problem);
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
