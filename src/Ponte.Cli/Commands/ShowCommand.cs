using System.CommandLine;
using Ponte.Core.Serialization;

namespace Ponte.Cli.Commands;

/// <summary><c>ponte show ID</c>: one stored document with everything found in it.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A document id or a unique prefix of one (as search prints)." };
        var json = CommandLine.Json();
        var command = new Command("show", "Show one stored document and what Ponte found in it.\n\nExample:\n  ponte show 3f2a9c") { id, json };
        command.SetAction(parse =>
        {
            using var store = Composition.OpenStore(parse.GetValue(CommandLine.Db));
            var wanted = parse.GetValue(id) ?? "";
            var doc = store.Get(wanted);
            if (doc is null)
            {
                var candidates = store.FindIds(wanted, 5);
                context.Error.WriteLine(candidates.Count > 1
                    ? $"ponte show: '{wanted}' matches several documents: {string.Join(", ", candidates)}"
                    : $"ponte show: no document '{wanted}'.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ContractJson.Document(doc.Analysis));
            }
            else
            {
                Report.Analysis(context.Out, doc.Analysis);
                context.Out.WriteLine(string.Join(Environment.NewLine, doc.Origins.Select(o => $"  origin {o.Origin.Location} (first read {o.FirstSeen:u})")));
                context.Out.WriteLine();
                context.Out.WriteLine(doc.Document.Text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
