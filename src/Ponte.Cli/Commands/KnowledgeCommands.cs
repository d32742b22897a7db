using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Ponte.Core.Model;
using Ponte.Core.Serialization;
using Ponte.Pipeline.Knowledge;
using Spectre.Console;

namespace Ponte.Cli.Commands;

/// <summary>The knowledge views: stories, story, entities, entity, timeline, indicators.</summary>
internal static class KnowledgeCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return Stories(context);
        yield return Story(context);
        yield return Entities(context);
        yield return Entity(context);
        yield return Timeline(context);
        yield return Indicators(context);
    }

    private static Command Stories(CliContext context)
    {
        var json = CommandLine.Json();
        var command = new Command("stories", "List stories: documents from any outlet or language that report the same event.\n\nExample:\n  ponte stories --json") { json };
        command.SetViewAction(context, json, (_, views) => views.Stories, WriteStory, stories =>
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "dates", "languages", "docs", "title");
            foreach (var s in stories)
            {
                table.AddRow(s.Id, Markup.Escape($"{s.FirstSeen?.ToString() ?? "-"}…{s.LastSeen?.ToString() ?? "-"}"), string.Join(",", s.Languages), s.Documents.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(Report.Shorten(s.Title, 70)));
            }

            Report.ConsoleFor(context.Out).Write(table);
        });
        return command;
    }

    private static Command Story(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "A story id (as ponte stories prints)." };
        var json = CommandLine.Json();
        var command = new Command("story", "Show a story: its versions, merged facts, and the differences between versions.\n\nExample:\n  ponte story s-3f2a9c01b2d4") { id, json };
        command.SetViewAction<StoryDetail>(
            context,
            json,
            (parse, views) =>
            {
                var wanted = parse.GetValue(id) ?? "";
                var story = views.Stories.FirstOrDefault(s => s.Id == wanted) ?? views.Stories.SingleOrDefault(s => s.Id.StartsWith(wanted, StringComparison.Ordinal));
                if (story is null)
                {
                    context.Error.WriteLine($"ponte story: no story '{wanted}'.");
                    return null;
                }

                return [views.Story(story)];
            },
            (w, detail) =>
            {
                w.WriteStartObject();
                WriteStoryFields(w, detail.Story);
                w.WriteStartArray("facts");
                foreach (var f in detail.Facts)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", f.Kind);
                    w.WriteString("text", f.Text);
                    ContractJson.WriteStrings(w, "documents", f.Documents);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("differences");
                foreach (var d in detail.Differences)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", d.Kind);
                    w.WriteString("description", d.Description);
                    ContractJson.WriteStrings(w, "documents", d.Documents);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            },
            found =>
            {
                var detail = found[0];
                var story = detail.Story;
                var o = context.Out;
                o.WriteLine($"{story.Title}  [{story.Id}]  {story.FirstSeen}…{story.LastSeen}");
                foreach (var d in story.Documents)
                {
                    o.WriteLine($"  version {d.Id[..12]} {d.Language} {d.Source ?? "-"} {d.File}");
                }

                o.WriteLine("facts:");
                foreach (var f in detail.Facts)
                {
                    o.WriteLine($"  {f.Kind,-12} {f.Text}  ({f.Documents.Count}/{story.Documents.Count} versions)");
                }

                o.WriteLine("differences:");
                foreach (var d in detail.Differences)
                {
                    o.WriteLine($"  {d.Kind,-10} {d.Description}");
                }
            });
        return command;
    }

    private static Command Entities(CliContext context)
    {
        var json = CommandLine.Json();
        var type = new Option<string?>("--type") { Description = "Only this type: person, organization, location or initiative." };
        var command = new Command("entities", "List entities across the store with their names in every language.\n\nExample:\n  ponte entities --type person") { json, type };
        command.SetViewAction(
            context,
            json,
            (parse, views) =>
            {
                var wanted = parse.GetValue(type);
                return views.Entities.Where(e => wanted is null || e.Type.ToString().Equals(wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
            },
            WriteEntity,
            entities =>
            {
                var table = new Table().Border(TableBorder.Simple).AddColumns("type", "name", "other names", "roles", "docs");
                foreach (var e in entities)
                {
                    var others = e.Names.Values.SelectMany(n => n).Where(n => n != e.Name).Distinct().Take(4);
                    table.AddRow(e.Type.ToString().ToLowerInvariant(), Markup.Escape(e.Name), Markup.Escape(string.Join(", ", others)), Markup.Escape(Report.Shorten(string.Join("; ", e.Roles.Select(r => r.Role)), 50)), e.Documents.Count.ToString(CultureInfo.InvariantCulture));
                }

                Report.ConsoleFor(context.Out).Write(table);
            });
        return command;
    }

    private static Command Entity(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "An entity id or any of its names, in any language (diacritics optional)." };
        var json = CommandLine.Json();
        var command = new Command("entity", "Show an entity: names per language, roles over time, documents, entities it appears with.\n\nExample:\n  ponte entity \"duong hai hung\"") { name, json };
        command.SetViewAction<EntityDetail>(
            context,
            json,
            (parse, views) =>
            {
                var entity = views.FindEntity(parse.GetValue(name) ?? "");
                if (entity is null)
                {
                    context.Error.WriteLine($"ponte entity: no entity named '{parse.GetValue(name)}'.");
                    return null;
                }

                return [views.Entity(entity)];
            },
            (w, detail) =>
            {
                w.WriteStartObject();
                WriteEntityFields(w, detail.Entity);
                w.WriteStartArray("document_list");
                foreach (var d in detail.Documents)
                {
                    WriteDocumentRef(w, d);
                }

                w.WriteEndArray();
                w.WriteStartArray("appears_with");
                foreach (var (other, count) in detail.Companions)
                {
                    w.WriteStartObject();
                    w.WriteString("id", other.Id);
                    w.WriteString("name", other.Name);
                    w.WriteNumber("documents", count);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            },
            found =>
            {
                var detail = found[0];
                var entity = detail.Entity;
                var o = context.Out;
                o.WriteLine($"{entity.Name} ({entity.Type.ToString().ToLowerInvariant()}, {entity.Id})");
                foreach (var (language, names) in entity.Names)
                {
                    o.WriteLine($"  names [{language}] {string.Join(", ", names)}");
                }

                foreach (var r in entity.Roles.OrderBy(r => r.From?.Start))
                {
                    o.WriteLine($"  role  {r.Role}  {r.From?.ToString() ?? "?"}…{r.To?.ToString() ?? "?"}  ({r.Documents.Count} documents)");
                }

                foreach (var d in detail.Documents)
                {
                    o.WriteLine($"  document {d.Id[..12]} {d.Language} {d.Source ?? "-"} {d.File}");
                }

                o.WriteLine($"  appears with {string.Join(", ", detail.Companions.Select(c => $"{c.Entity.Name} ({c.Documents})"))}");
            });
        return command;
    }

    private static Command Timeline(CliContext context)
    {
        var entity = new Option<string?>("--entity") { Description = "Only what concerns this entity (any of its names)." };
        var from = new Option<string?>("--from") { Description = "From this date (2023, 2023-02 or 2023-02-20)." };
        var to = new Option<string?>("--to") { Description = "Up to this date." };
        var json = CommandLine.Json();
        var command = new Command("timeline", "Dated events and facts in order, each once, with the documents and spans that tell it.\n\nExample:\n  ponte timeline --from 2023 --to 2023-12 --entity \"Romano Prodi\"") { entity, from, to, json };
        command.SetViewAction(
            context,
            json,
            (parse, views) =>
            {
                if (!TryDate(context, "--from", parse.GetValue(from), out var fromDate) || !TryDate(context, "--to", parse.GetValue(to), out var toDate))
                {
                    return null;
                }

                KbEntity? who = null;
                if (parse.GetValue(entity) is { } name && (who = views.FindEntity(name)) is null)
                {
                    context.Error.WriteLine($"ponte timeline: no entity named '{name}'.");
                    return null;
                }

                return views.Timeline(who, fromDate, toDate);
            },
            WriteTimeline,
            entries =>
            {
                foreach (var e in entries)
                {
                    context.Out.WriteLine($"{e.Date,-11} {Report.Shorten(e.What, 100)}  ({e.Documents.Select(d => d.DocumentId).Distinct().Count()} documents)");
                }
            });
        return command;
    }

    private static Command Indicators(CliContext context)
    {
        var json = CommandLine.Json();
        var command = new Command("indicators", "Series built from figures that share a subject; conflicting values are shown side by side.\n\nExample:\n  ponte indicators --json") { json };
        command.SetViewAction(context, json, (_, views) => views.Indicators(), WriteIndicator, indicators =>
        {
            foreach (var i in indicators)
            {
                context.Out.WriteLine($"{i.Name} [{i.Currency ?? i.Unit}]");
                foreach (var year in i.Points.GroupBy(p => p.Year))
                {
                    context.Out.WriteLine($"  {year.Key}: {string.Join("  vs  ", year.Select(p => $"{p.Qualifier} {p.Value.ToString("N0", CultureInfo.InvariantCulture)}".Trim()))}");
                }
            }
        });
        return command;
    }

    /// <summary>
    /// The one shape of every knowledge command: load the views, pick what to show (null when the pick has already told
    /// standard error why there is nothing: a usage error), then print it as one JSON line each or for a person.
    /// </summary>
    private static void SetViewAction<T>(
        this Command command,
        CliContext context,
        Option<bool> json,
        Func<ParseResult, KnowledgeViews, IReadOnlyList<T>?> pick,
        Action<Utf8JsonWriter, T> writeJson,
        Action<IReadOnlyList<T>> print) =>
        command.SetAction(parse =>
        {
            var items = pick(parse, Composition.LoadViews(parse.GetValue(CommandLine.Db)));
            if (items is null)
            {
                return ExitCodes.Usage;
            }

            if (parse.GetValue(json))
            {
                foreach (var item in items)
                {
                    context.Out.WriteLine(ContractJson.Line(w => writeJson(w, item)));
                }
            }
            else
            {
                print(items);
            }

            return ExitCodes.Ok;
        });

    internal static bool TryDate(CliContext context, string option, string? text, out PartialDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        date = PartialDate.TryParse(text);
        if (date is null)
        {
            context.Error.WriteLine($"ponte: {option} '{text}' is not a date (use 2023, 2023-02 or 2023-02-20).");
            return false;
        }

        return true;
    }

    internal static void WriteStory(Utf8JsonWriter w, KbStory s)
    {
        w.WriteStartObject();
        WriteStoryFields(w, s);
        w.WriteEndObject();
    }

    private static void WriteStoryFields(Utf8JsonWriter w, KbStory s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("title", s.Title);
        w.WriteString("first_seen", s.FirstSeen?.ToString());
        w.WriteString("last_seen", s.LastSeen?.ToString());
        ContractJson.WriteStrings(w, "languages", s.Languages);
        w.WriteStartArray("documents");
        foreach (var d in s.Documents)
        {
            WriteDocumentRef(w, d);
        }

        w.WriteEndArray();
        ContractJson.WriteStrings(w, "entities", s.Entities);
    }

    internal static void WriteEntity(Utf8JsonWriter w, KbEntity e)
    {
        w.WriteStartObject();
        WriteEntityFields(w, e);
        w.WriteEndObject();
    }

    private static void WriteEntityFields(Utf8JsonWriter w, KbEntity e)
    {
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type.ToString().ToLowerInvariant());
        w.WriteString("name", e.Name);
        w.WriteStartObject("names");
        foreach (var (language, names) in e.Names)
        {
            ContractJson.WriteStrings(w, language, names);
        }

        w.WriteEndObject();
        w.WriteStartArray("roles");
        foreach (var r in e.Roles)
        {
            w.WriteStartObject();
            w.WriteString("role", r.Role);
            w.WriteString("from", r.From?.ToString());
            w.WriteString("to", r.To?.ToString());
            ContractJson.WriteStrings(w, "documents", r.Documents);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("documents", e.Documents.Count);
    }

    internal static void WriteTimeline(Utf8JsonWriter w, TimelineEntry e)
    {
        w.WriteStartObject();
        w.WritePropertyName("date");
        ContractJson.WriteDate(w, e.Date, withInferred: false);
        w.WriteString("what", e.What);
        w.WriteString("story", e.Story);
        ContractJson.WriteStrings(w, "entities", e.Entities);
        w.WriteStartArray("documents");
        foreach (var d in e.Documents)
        {
            w.WriteStartObject();
            w.WriteString("id", d.DocumentId);
            w.WriteString("file", d.File);
            w.WriteNumber("start", d.Start);
            w.WriteNumber("end", d.End);
            w.WriteString("sentence", d.Sentence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static void WriteIndicator(Utf8JsonWriter w, Indicator i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("name", i.Name);
        w.WriteString("currency", i.Currency);
        w.WriteString("unit", i.Unit);
        w.WriteStartArray("points");
        foreach (var p in i.Points)
        {
            w.WriteStartObject();
            w.WriteNumber("year", p.Year);
            w.WriteNumber("value", p.Value);
            w.WriteString("qualifier", p.Qualifier);
            ContractJson.WriteStrings(w, "documents", p.Documents.Select(d => d.DocumentId).Distinct());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDocumentRef(Utf8JsonWriter w, StoryDocument d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("file", d.File);
        w.WriteString("language", d.Language);
        w.WriteString("source", d.Source);
        w.WriteEndObject();
    }
}
