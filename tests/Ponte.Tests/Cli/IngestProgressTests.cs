using Ponte.Cli;
using Ponte.Storage.Sqlite;

namespace Ponte.Tests.Cli;

/// <summary>The numbers behind the ingest progress bar: a total measured beforehand that the ingest then reaches exactly.</summary>
public sealed class IngestProgressTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ponte-progress-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_total_counts_only_files_the_reader_takes_and_the_ingest_reaches_it()
    {
        var inputs = Directory.CreateDirectory(Path.Combine(_folder.FullName, "in"));
        var nested = Directory.CreateDirectory(Path.Combine(inputs.FullName, "2024"));
        var hidden = Directory.CreateDirectory(Path.Combine(inputs.FullName, ".cache"));
        File.WriteAllText(Path.Combine(inputs.FullName, "a.txt"), "Rome (ANSA) - Italy and ASEAN held their second high-level dialogue on economic relations on Tuesday.");
        File.WriteAllText(Path.Combine(nested.FullName, "b.txt"), "Hanoi (VNA) - Vietnam and Italy signed an agreement on cooperation in culture and tourism on Friday.");
        File.WriteAllText(Path.Combine(nested.FullName, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(inputs.FullName, "photo.png"), new byte[5000]);
        File.WriteAllText(Path.Combine(hidden.FullName, "c.txt"), new string('x', 4000));
        File.WriteAllText(Path.Combine(inputs.FullName, ".notes.txt"), new string('x', 3000));
        var expected = new FileInfo(Path.Combine(inputs.FullName, "a.txt")).Length + new FileInfo(Path.Combine(nested.FullName, "b.txt")).Length;

        var total = IngestPlan.TotalBytes([inputs.FullName, Path.Combine(_folder.FullName, "missing.txt"), "-", "https://example.org/a"]);

        Assert.Equal(expected, total);
        using Ponte.Storage.IDocumentStore store = new SqliteDocumentStore(Path.Combine(_folder.FullName, "p.db"));
        using var index = store.OpenKnowledge();
        var reports = new List<IngestProgress>();
        var summary = Composition.CreateIngestor(Composition.CreatePipeline()).Run([inputs.FullName], store, index, p =>
        {
            lock (reports)
            {
                reports.Add(p);
            }
        });
        Assert.Equal(2, summary.Ingested);
        Assert.Single(summary.Rejected);
        Assert.Equal(total, reports.Max(r => r.BytesDone));
        Assert.Equal(new IngestProgress(2, 0, 1, total), reports[^1]);
    }
}
