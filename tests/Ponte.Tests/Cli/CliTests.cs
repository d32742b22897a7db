using System.Text.Json;
using Ponte.Cli;
using Ponte.Tests.Extraction.Dates;

namespace Ponte.Tests.Cli;

/// <summary>The command line as a user meets it: exit codes, idempotent ingest, search across diacritics, the seeds.</summary>
public sealed class CliTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ponte-cli-");

    private string Db => Path.Combine(_folder.FullName, "test.db");

    public void Dispose() => _folder.Delete(recursive: true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(["--db", Db, .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var (code, _, err) = Run("frobnicate");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("frobnicate", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_reports_a_bad_file_by_name_and_keeps_the_good_ones()
    {
        var good = Path.Combine(_folder.FullName, "good.txt");
        File.WriteAllText(good, "Rome (ANSA) - The Italian foreign minister met ASEAN ambassadors on Tuesday to discuss trade and investment between the two regions.");
        var empty = Path.Combine(_folder.FullName, "empty.txt");
        File.WriteAllText(empty, "");

        var (code, output, err) = Run("ingest", good, empty);

        Assert.Equal(ExitCodes.Rejected, code);
        Assert.Contains("empty.txt", err, StringComparison.Ordinal);
        Assert.Contains("ingest.empty", err, StringComparison.Ordinal);
        Assert.Contains("ingested 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_and_stats_close_the_store_behind_them()
    {
        var good = Path.Combine(_folder.FullName, "good.txt");
        File.WriteAllText(good, "Manila (PNA) - The Philippines and Italy signed a memorandum on tourism cooperation on Wednesday, officials said.");

        foreach (var args in new[] { new[] { "ingest", good }, ["stats"] })
        {
            var (code, _, err) = Run(args);

            Assert.True(code == ExitCodes.Ok, err);
            // SQLite removes the write-ahead log when the last connection closes: one left open (the knowledge index's)
            // kept it, unmerged into the database, after the command returned.
            Assert.False(File.Exists(Db + "-wal"), $"{args[0]} left {Db}-wal behind");
        }
    }

    [Fact]
    public void Ingest_ends_with_counts_and_names_every_rejected_input_without_a_bar_when_redirected()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_folder.FullName, "inputs"));
        var text = "Jakarta (Bernama) - Indonesia and Italy agreed on Monday to widen cooperation in trade, energy and education, the ministers said.";
        File.WriteAllText(Path.Combine(inputs.FullName, "a.txt"), text);
        File.WriteAllText(Path.Combine(inputs.FullName, "b.txt"), text.Replace("Monday", "Friday", StringComparison.Ordinal));
        var empty = Path.Combine(inputs.FullName, "empty.txt");
        File.WriteAllText(empty, "");
        var binary = Path.Combine(inputs.FullName, "binary.txt");
        File.WriteAllBytes(binary, [0x41, 0, 0x42, 0, 0x43, 0]);

        var first = Run("ingest", inputs.FullName);
        var again = Run("ingest", inputs.FullName);

        Assert.Equal(ExitCodes.Rejected, first.Code);
        Assert.StartsWith("ingested 2, already known 0 (0 new origins), rejected 2 ", first.Out, StringComparison.Ordinal);
        Assert.StartsWith("ingested 0, already known 2 (0 new origins), rejected 2 ", again.Out, StringComparison.Ordinal);
        Assert.Contains("  ingest.empty: 1", first.Out, StringComparison.Ordinal);
        var rejected = first.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(2, rejected.Length);
        Assert.Contains(rejected, l => l.StartsWith($"rejected: {empty}: ingest.empty: ", StringComparison.Ordinal));
        Assert.Contains(rejected, l => l.StartsWith($"rejected: {binary}: ", StringComparison.Ordinal) && !l.Contains("ingest.empty", StringComparison.Ordinal));

        // Output is redirected here: no progress bar, no cursor movement, no colour.
        Assert.DoesNotContain('\u001b', first.Err + first.Out);
        Assert.DoesNotContain("%", first.Err, StringComparison.Ordinal);
    }

    [SeedFact]
    public void Seeds_ingested_twice_are_three_documents_found_with_or_without_diacritics()
    {
        var seeds = TestPaths.Seeds!;
        Assert.Equal(ExitCodes.Ok, Run("ingest", seeds).Code);
        var second = Run("ingest", seeds);
        Assert.Equal(ExitCodes.Ok, second.Code);
        Assert.Contains("ingested 0, already known 3", second.Out, StringComparison.Ordinal);

        var stats = JsonDocument.Parse(Run("stats", "--json").Out);
        Assert.Equal(3, stats.RootElement.GetProperty("documents").GetInt32());

        foreach (var query in new[] { "duong hai hung", "dương hải hưng" })
        {
            var files = Run("search", query, "--json").Out
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()!))
                .Order(StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(["001_e38825a0028c2c19.txt", "002_078abfb20e1001c8.txt"], files);
        }
    }

    [SeedFact]
    public void Extract_prints_one_contract_line_per_document_with_languages_and_datelines()
    {
        var files = Directory.GetFiles(TestPaths.Seeds!).Order(StringComparer.Ordinal).ToArray();
        var (code, output, _) = Run(["extract", "--json", .. files]);
        Assert.Equal(ExitCodes.Ok, code);
        var docs = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["en", "en", "vi"], docs.Select(d => d.GetProperty("language").GetString()));
        Assert.Equal("Jakarta", docs[0].GetProperty("dateline").GetProperty("place").GetString());
        Assert.Equal("Bernama", docs[0].GetProperty("dateline").GetProperty("source").GetString());
        Assert.Equal("Rome", docs[1].GetProperty("dateline").GetProperty("place").GetString());
        Assert.Equal("VNA", docs[1].GetProperty("dateline").GetProperty("source").GetString());
        foreach (var field in new[] { "entities", "dates", "figures", "quotes", "events", "problems" })
        {
            Assert.All(docs, d => Assert.Equal(JsonValueKind.Array, d.GetProperty(field).ValueKind));
        }
    }

    [Fact]
    public void Every_command_has_help_with_an_example()
    {
        var commands = Ponte.Cli.CommandLine.Build(new CliContext(TextWriter.Null, TextWriter.Null)).Subcommands.Select(c => c.Name).ToArray();
        Assert.Superset(
            new HashSet<string>(["ingest", "search", "show", "stats", "extract", "demo", "stories", "story", "entities", "entity", "timeline", "indicators", "brief"]),
            commands.ToHashSet());
        foreach (var command in commands)
        {
            var (code, output, _) = Run(command, "--help");
            Assert.Equal(0, code);
            var example = output.IndexOf("Example:", StringComparison.Ordinal);
            Assert.True(example >= 0, $"ponte {command} --help shows no example:\n{output}");
            var firstExample = output[(example + "Example:".Length)..].TrimStart().Split('\n')[0];
            Assert.Matches(@"^(ponte|dotnet run) ", firstExample);
            Assert.Contains(command, firstExample, StringComparison.Ordinal);
        }
    }
}
