using Microsoft.Data.Sqlite;
using Ponte.Storage;
using Ponte.Storage.Sqlite;

namespace Ponte.Tests.Storage;

/// <summary>The store contract on SQLite, plus what only a file store has: WAL, crash copies, schema files.</summary>
public sealed class SqliteDocumentStoreTests : DocumentStoreContract
{
    private readonly string folder = Directory.CreateTempSubdirectory("ponte-store-").FullName;

    private string DbPath => Path.Combine(folder, "ponte.db");

    protected override IDocumentStore OpenStore() => new SqliteDocumentStore(DbPath, Clock);

    protected override void SetFault(IDocumentStore store, Action<int>? afterDocument) =>
        ((SqliteDocumentStore)store).AfterDocumentWritten = afterDocument;

    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_file_is_in_wal_mode()
    {
        using (var store = OpenStore())
        {
            store.Save([StoreSamples.Simple("Anything.")]);
        }

        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public void Several_batches_gather_in_the_wal_before_they_are_copied_into_the_database()
    {
        // Six batches of about 1.3 MiB each: SQLite's default (1,000 pages) would have copied them into the database after
        // the third and started the WAL over; the store lets 64 MiB gather first, on every connection it opens.
        using var store = (SqliteDocumentStore)OpenStore();
        for (var batch = 0; batch < 6; batch++)
        {
            store.Save(Enumerable.Range(0, 8)
                .Select(i => StoreSamples.Simple(string.Join(' ', Enumerable.Repeat($"batch {batch} report {i} talks", 6_000)), $"Batch {batch} {i}"))
                .ToList());
        }

        Assert.True(new FileInfo(DbPath + "-wal").Length > 6_000_000, $"the WAL holds {new FileInfo(DbPath + "-wal").Length:N0} bytes");
        using var other = store.OpenConnection();
        using var command = other.CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint";
        Assert.Equal((long)SqliteDocumentStore.CheckpointPages, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_copy_taken_mid_transaction_opens_at_the_last_commit_and_the_ingest_completes()
    {
        // Copying the database and its WAL while a batch is half written is what a kill -9 or a power cut leaves on disk.
        var crashed = Path.Combine(folder, "crashed");
        Directory.CreateDirectory(crashed);
        var first = StoreSamples.Many(30, "First").ToList();
        // Large enough that SQLite's page cache spills the open transaction into the WAL before the copy is taken.
        var second = Enumerable.Range(0, 30)
            .Select(i => StoreSamples.Simple(string.Join(' ', Enumerable.Repeat($"second report {i} words", 8_000)), $"Second {i}"))
            .ToList();
        var committedWal = 0L;
        using (var store = (SqliteDocumentStore)OpenStore())
        {
            // SQLite's default 2 MiB cache rather than the store's 64 MiB, so that this batch outgrows it.
            store.SetPageCache(2000);
            store.Save(first);
            committedWal = new FileInfo(DbPath + "-wal").Length;
            store.AfterDocumentWritten = i =>
            {
                if (i == 20)
                {
                    foreach (var file in Directory.GetFiles(folder, "ponte.db*"))
                    {
                        File.Copy(file, Path.Combine(crashed, Path.GetFileName(file)));
                    }
                }
            };
            store.Save(second);
        }

        Assert.True(new FileInfo(Path.Combine(crashed, "ponte.db-wal")).Length > committedWal + 1_000_000, "the copy holds uncommitted pages");
        using var recovered = new SqliteDocumentStore(Path.Combine(crashed, "ponte.db"), Clock);
        Assert.Equal(30, recovered.Count);
        Assert.Empty(recovered.Search("second", null, 5));

        var rerun = first.Concat(second).Chunk(16).Select(c => recovered.Save(c)).SelectMany(r => r.Outcomes).ToList();
        Assert.Equal(30, rerun.Count(o => o.Status == SaveStatus.Known));
        Assert.Equal(30, rerun.Count(o => o.Status == SaveStatus.Added));
        Assert.Equal(60, recovered.Count);
        Assert.Equal(30, recovered.Search("second", null, 100).Count);
        Assert.Equal(60, recovered.All().Select(d => d.Document.Id).Distinct().Count());
    }

    [Fact]
    public void An_older_file_is_migrated_and_keeps_its_documents()
    {
        SqliteDocumentStore.CreateAtVersion(DbPath, 1);
        Assert.Equal("1", Scalar("SELECT max(version) FROM schema_version"));
        Assert.Equal("0", Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'rejected'"));

        using var store = OpenStore();
        store.RecordRejected(new Ponte.Core.Model.Problem("ingest.empty", "empty", "e.txt"));

        Assert.Equal(SqliteDocumentStore.SchemaVersion.ToString(), Scalar("SELECT max(version) FROM schema_version"));
        Assert.Single(store.Rejected());
    }

    [Fact]
    public void A_version_2_file_keeps_its_mentions_after_they_move_into_the_analysis_column()
    {
        // Before version 3 each mention had a row, and the analysis column spelled mentions out as objects.
        SqliteDocumentStore.CreateAtVersion(DbPath, 2);
        const string Text = "Minister Ana Reyes met Reyes and others.";
        Execute($$"""
            INSERT INTO documents (seq, id, language, language_confidence, ingested_at, text, analysis)
            VALUES (1, 'abc', 'en', 0.9, '2026-11-20T10:00:00.0000000+00:00', '{{Text}}',
              '{"entities":[{"type":"person","name":"Ana Reyes","key":"ana reyes","roles":[],"roleMentions":[],"aliases":[],
                "mentions":[{"text":"Ana Reyes","span":[9,18]},{"text":"Reyes","span":[23,28]}]}]}');
            INSERT INTO mentions VALUES (1, 'person', 'ana reyes', 'Ana Reyes', 'Ana Reyes', 9, 18), (1, 'person', 'ana reyes', 'Ana Reyes', 'Reyes', 23, 28);
            """);

        using var store = OpenStore();

        Assert.Equal("0", Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'mentions'"));
        Assert.Equal(["Ana Reyes", "Reyes"], store.FindMentions("ana reyes").Select(m => m.Text));
        Assert.Equal([new Ponte.Core.Model.TextSpan(9, 18), new Ponte.Core.Model.TextSpan(23, 28)], store.Get("abc")!.Analysis.Entities.Single().Mentions.Select(m => m.Span));
    }

    [Fact]
    public void A_version_3_file_merges_its_full_text_index_16_segments_at_a_time_and_still_finds_what_it_held()
    {
        SqliteDocumentStore.CreateAtVersion(DbPath, 3);
        Assert.Equal("", Scalar("SELECT coalesce(group_concat(k), '') FROM document_text_config WHERE k IN ('automerge', 'crisismerge')"));

        using var store = OpenStore();
        store.Save([StoreSamples.Simple("Merging happens later now.")]);

        Assert.Equal("16", Scalar("SELECT v FROM document_text_config WHERE k = 'automerge'"));
        Assert.Equal("64", Scalar("SELECT v FROM document_text_config WHERE k = 'crisismerge'"));
        Assert.Single(store.Search("merging", null, 10));
    }

    [Fact]
    public void A_file_from_a_newer_ponte_is_refused_clearly()
    {
        using (var store = OpenStore())
        {
            store.Save([StoreSamples.Simple("Written by an old Ponte.")]);
        }

        Execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'from the future', '2030-01-01')");

        var error = Assert.Throws<StoreException>(OpenStore);
        Assert.Contains("schema version 99", error.Message);
        Assert.Contains($"up to {SqliteDocumentStore.SchemaVersion}", error.Message);
    }

    [Fact]
    public void Files_that_are_not_ponte_stores_are_refused_clearly()
    {
        File.WriteAllText(DbPath, "This is a text file, not a database. It is long enough to have a header and more.");
        Assert.Contains("not a SQLite database", Assert.Throws<StoreException>(OpenStore).Message);

        File.Delete(DbPath);
        Execute("CREATE TABLE customers (id INTEGER)");
        Assert.Contains("not a Ponte store", Assert.Throws<StoreException>(OpenStore).Message);
    }

    [Fact]
    public void A_missing_folder_is_created()
    {
        using var store = new SqliteDocumentStore(Path.Combine(folder, "nested", "deeper", "kb.db"), Clock);

        store.Save([StoreSamples.Simple("Stored in a new folder.")]);

        Assert.True(File.Exists(Path.Combine(folder, "nested", "deeper", "kb.db")));
    }

    [Fact]
    public void Two_stores_on_one_file_take_turns()
    {
        using var a = OpenStore();
        using var b = OpenStore();
        var batches = StoreSamples.Many(200).Chunk(20).ToList();

        Parallel.For(0, batches.Count, i => (i % 2 == 0 ? a : b).Save(batches[i]));
        Parallel.For(0, batches.Count, i => (i % 2 == 0 ? b : a).Save(batches[i]));

        Assert.Equal(200, a.Count);
        Assert.Equal(200, b.All().Count());
    }

    private string? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
