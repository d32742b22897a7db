using System.CommandLine;
using Ponte.Core.Model;
using Ponte.Core.Serialization;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Linking;
using Ponte.Pipeline.Linking.Stories;

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
        // Outputs wait until every document is read: versions of one story complete each other's vague dates.
        var outputs = new List<(Problem? Problem, int Analysis, string? Location)>();
        var analyses = new List<DocumentAnalysis>();
        foreach (var input in inputs)
        {
            foreach (var result in reader.Read(new InputSource(input)))
            {
                foreach (var problem in result.Problems)
                {
                    rejected++;
                    Report.Rejected(context.Error, problem);
                    outputs.Add((problem, -1, problem.Source));
                }

                foreach (var raw in result.Documents)
                {
                    outputs.Add((null, analyses.Count, raw.Origin.Location));
                    analyses.Add(context.Pipeline.Analyze(raw));
                }
            }
        }

        var completed = CompleteFromVersions(analyses);
        foreach (var (problem, index, location) in outputs)
        {
            if (problem is not null)
            {
                if (json)
                {
                    context.Out.WriteLine(RejectedLine(problem));
                }
            }
            else if (json)
            {
                context.Out.WriteLine(ContractJson.Document(completed[index], location));
            }
            else
            {
                Report.Analysis(context.Out, completed[index]);
            }
        }

        return rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    /// <summary>Links the documents into stories in memory and completes each version's vague dates from the others.</summary>
    private static IReadOnlyList<DocumentAnalysis> CompleteFromVersions(List<DocumentAnalysis> analyses)
    {
        if (analyses.Count < 2)
        {
            return analyses;
        }

        var linker = Composition.CreateLinker();
        var index = new InMemoryKnowledgeIndex();
        var stories = analyses.Select(a => linker.Link(a, index).StoryId).ToArray();
        return VersionDates.Complete(analyses, stories);
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
