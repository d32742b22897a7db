using System.CommandLine;
using Ponte.Core.Serialization;

namespace Ponte.Cli.Commands;

/// <summary><c>ponte stats</c>: what the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var json = CommandLine.Json();
        var command = new Command("stats", "Count what the store holds: documents per language and source, origins, problems.\n\nExample:\n  ponte stats --json") { json };
        command.SetAction(parse =>
        {
            using var store = Composition.OpenStore(parse.GetValue(CommandLine.Db));
            var s = store.Stats();
            using var index = Composition.OpenKnowledge(store);
            var stories = index.StoryCount;
            var entities = index.AllEntities().Count();
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ContractJson.Line(w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("documents", s.Documents);
                    w.WriteStartObject("languages");
                    foreach (var (k, v) in s.Languages)
                    {
                        w.WriteNumber(k, v);
                    }

                    w.WriteEndObject();
                    w.WriteStartObject("sources");
                    foreach (var (k, v) in s.Sources)
                    {
                        w.WriteNumber(k, v);
                    }

                    w.WriteEndObject();
                    w.WriteNumber("origins", s.Origins);
                    w.WriteNumber("problems", s.Problems);
                    w.WriteNumber("rejected", s.Rejected);
                    w.WriteNumber("stories", stories);
                    w.WriteNumber("entities", entities);
                    w.WriteString("earliest", s.Earliest?.ToString());
                    w.WriteString("latest", s.Latest?.ToString());
                    w.WriteEndObject();
                }));
                return ExitCodes.Ok;
            }

            var o = context.Out;
            o.WriteLine($"{store.Description}");
            o.WriteLine($"  documents {s.Documents}  origins {s.Origins}  stories {stories}  entities {entities}  rejected inputs {s.Rejected}");
            o.WriteLine($"  languages {string.Join(", ", s.Languages.OrderByDescending(l => l.Value).Select(l => $"{l.Key} {l.Value}"))}");
            o.WriteLine($"  sources   {string.Join(", ", s.Sources.OrderByDescending(l => l.Value).Select(l => $"{(l.Key.Length == 0 ? "(unknown)" : l.Key)} {l.Value}"))}");
            o.WriteLine($"  published {s.Earliest?.ToString() ?? "-"} … {s.Latest?.ToString() ?? "-"}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
