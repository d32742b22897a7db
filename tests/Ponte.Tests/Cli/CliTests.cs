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
        foreach (var command in new[] { "ingest", "search", "show", "stats", "extract", "demo", "stories", "story", "entities", "entity", "timeline", "indicators", "brief" })
        {
            var (code, output, _) = Run(command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Example", output, StringComparison.Ordinal);
        }
    }
}
