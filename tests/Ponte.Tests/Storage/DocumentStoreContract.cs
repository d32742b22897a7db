using Ponte.Core.Model;
using Ponte.Storage;

namespace Ponte.Tests.Storage;

/// <summary>
/// What every <see cref="IDocumentStore"/> must do. Each store has a small subclass that says how to open it; the same
/// facts then run against SQLite on every run and against PostgreSQL when PONTE_TEST_PG names a server.
/// </summary>
public abstract class DocumentStoreContract : IDisposable
{
    private readonly List<IDocumentStore> opened = [];

    protected TestClock Clock { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero));

    /// <summary>Opens the store under test; every call opens the same underlying database.</summary>
    protected abstract IDocumentStore OpenStore();

    /// <summary>Sets the hook that runs inside the batch transaction after each document.</summary>
    protected abstract void SetFault(IDocumentStore store, Action<int>? afterDocument);

    protected IDocumentStore Open()
    {
        var store = OpenStore();
        opened.Add(store);
        return store;
    }

    public virtual void Dispose()
    {
        foreach (var store in opened)
        {
            store.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    [StoreFact]
    public void New_documents_are_added_and_counted()
    {
        var store = Open();
        var batch = StoreSamples.Many(5).ToList();

        var result = store.Save(batch);

        Assert.Equal(5, result.Added);
        Assert.Equal(batch.Select(b => b.Document.Id), result.Outcomes.Select(o => o.DocumentId));
        Assert.All(result.Outcomes, o => Assert.Equal(SaveStatus.Added, o.Status));
        Assert.Equal(5, store.Count);
    }

    [StoreFact]
    public void Saving_the_same_batch_again_changes_nothing()
    {
        var store = Open();
        var batch = StoreSamples.Many(4).Append(StoreSamples.Rich()).ToList();
        store.Save(batch);
        var before = store.Stats();

        var again = store.Save(batch);

        Assert.Equal(batch.Count, again.Known);
        Assert.Equal(5, store.Count);
        Assert.Equal(before.Origins, store.Stats().Origins);
        Assert.Equal(2, store.FindMentions("da nang").Count);
    }

    [StoreFact]
    public void The_same_text_from_a_new_place_adds_an_origin_not_a_document()
    {
        var store = Open();
        var first = StoreSamples.Simple("Trade between the two regions grew.", "Trade", origins: StoreSamples.File("/a/report.txt"));
        var copy = first with { Document = first.Document with { Origins = [StoreSamples.File("/b/copy-of-report.txt")] } };
        store.Save([first]);

        var result = store.Save([copy]);

        Assert.Equal(SaveStatus.OriginAdded, Assert.Single(result.Outcomes).Status);
        Assert.Equal(1, store.Count);
        var stored = store.Get(first.Document.Id)!;
        Assert.Equal(["/a/report.txt", "/b/copy-of-report.txt"], stored.Document.Origins.Select(o => o.Location));
        Assert.Equal("/a/report.txt", stored.Document.File);
        Assert.Equal(SaveStatus.Known, Assert.Single(store.Save([copy]).Outcomes).Status);
    }

    [StoreFact]
    public void A_text_repeated_inside_one_batch_is_stored_once()
    {
        var store = Open();
        var a = StoreSamples.Simple("One text, two files.", origins: StoreSamples.File("one.txt"));
        var b = a with { Document = a.Document with { Origins = [StoreSamples.File("two.txt")] } };

        var result = store.Save([a, b, a]);

        Assert.Equal([SaveStatus.Added, SaveStatus.OriginAdded, SaveStatus.Known], result.Outcomes.Select(o => o.Status));
        Assert.Equal(1, store.Count);
        Assert.Equal(2, store.Get(a.Document.Id)!.Origins.Count);
    }

    [StoreFact]
    public void Get_returns_everything_that_was_saved()
    {
        var store = Open();
        var rich = StoreSamples.Rich();
        store.Save([rich]);

        var stored = store.Get(rich.Document.Id);

        Assert.NotNull(stored);
        Assert.Equal(StoreSamples.Snapshot(rich), StoreSamples.Snapshot(stored.Analysis));
        Assert.Equal(Clock.Now, stored.IngestedAt);
        Assert.All(stored.Origins, o => Assert.Equal(Clock.Now, o.FirstSeen));
        var published = stored.Document.Published!;
        Assert.Equal((DatePrecision.Day, true), (published.Precision, published.Inferred));
        Assert.Equal([DatePrecision.Day, DatePrecision.Quarter, DatePrecision.Half, DatePrecision.Year, DatePrecision.Month],
            stored.Analysis.Dates.Select(d => d.Value.Precision));
        Assert.Equal("Dương Hải Hưng", stored.Analysis.Entities[0].Mentions[0].Span.Slice(stored.Document.Text));
    }

    [StoreFact]
    public void Get_survives_reopening_the_store()
    {
        var rich = StoreSamples.Rich();
        using (var store = OpenStore())
        {
            store.Save([rich]);
        }

        var reopened = Open();

        Assert.Equal(StoreSamples.Snapshot(rich), StoreSamples.Snapshot(reopened.Get(rich.Document.Id)!.Analysis));
    }

    [StoreFact]
    public void Get_accepts_a_unique_prefix_and_refuses_an_ambiguous_one()
    {
        var store = Open();
        var batch = StoreSamples.Many(40).ToList();
        store.Save(batch);
        var id = batch[7].Document.Id;
        var sharing = batch.Select(b => b.Document.Id).GroupBy(i => i[0]).First(g => g.Count() > 1);

        Assert.Equal(id, store.Get(id[..12])?.Document.Id);
        Assert.Equal(id, store.Get(id[..12].ToUpperInvariant())?.Document.Id);
        Assert.Null(store.Get(sharing.Key.ToString()));
        Assert.Equal(sharing.OrderBy(i => i, StringComparer.Ordinal), store.FindIds(sharing.Key.ToString(), 100));
        Assert.Null(store.Get("not-an-id"));
        Assert.Null(store.Get("%"));
        Assert.Empty(store.FindIds("zz", 10));
    }

    [StoreFact]
    public void Search_ignores_case_and_diacritics_on_both_sides()
    {
        var store = Open();
        store.Save([StoreSamples.Rich(), .. StoreSamples.Many(20)]);
        var id = StoreSamples.Rich().Document.Id;

        foreach (var query in new[] { "duong hai hung", "dương hải hưng", "DƯƠNG Hải hung", "da nang", "Đà Nẵng" })
        {
            var hit = Assert.Single(store.Search(query, null, 10));
            Assert.Equal(id, hit.DocumentId);
        }
    }

    [StoreFact]
    public void Search_snippets_are_original_text_around_the_match()
    {
        var store = Open();
        var rich = StoreSamples.Rich();
        store.Save([rich]);

        var hit = Assert.Single(store.Search("thuong mai 12", null, 5));

        Assert.Equal("Ông nói: “Thương mại hai chiều đạt 6,2 tỷ USD, tăng hơn 12%.”", hit.Snippet);
        Assert.Equal(hit.Snippet, hit.SnippetSpan.Slice(rich.Document.Text));
        Assert.Equal("Hội nghị hợp tác tại Đà Nẵng", hit.Title);
        Assert.Equal("vi", hit.Language);
        Assert.Equal("/news/vi/hoi-nghi.txt", hit.File);
        Assert.True(hit.Score > 0);
    }

    [StoreFact]
    public void Search_requires_every_word_and_keeps_quoted_phrases_in_order()
    {
        var store = Open();
        var inOrder = StoreSamples.Simple("The joint committee met in Rome to review the plan.", "Committee");
        var reversed = StoreSamples.Simple("The plan was reviewed; Rome hosted a committee that was joint.", "Plan");
        store.Save([inOrder, reversed]);

        Assert.Equal(2, store.Search("joint committee", null, 10).Count);
        Assert.Equal(inOrder.Document.Id, Assert.Single(store.Search("\"joint committee\"", null, 10)).DocumentId);
        Assert.Empty(store.Search("joint committee jakarta", null, 10));
    }

    [StoreFact]
    public void Search_ranks_title_matches_first_and_honours_limit_and_language()
    {
        var store = Open();
        var inTitle = StoreSamples.Simple("A long report about many things, among them the partnership.", "Partnership review", "en");
        var inBody = StoreSamples.Simple("Ministers spoke about the budget and, briefly, the partnership.", "Budget talks", "en");
        var italian = StoreSamples.Simple("Il partnership è stato discusso a Roma.", "Roma", "it");
        store.Save([inBody, italian, inTitle]);

        var hits = store.Search("partnership", null, 10);
        Assert.Equal(3, hits.Count);
        Assert.Equal(inTitle.Document.Id, hits[0].DocumentId);
        Assert.True(hits[0].Score >= hits[1].Score && hits[1].Score >= hits[2].Score);
        Assert.Single(store.Search("partnership", null, 1));
        Assert.Equal(italian.Document.Id, Assert.Single(store.Search("partnership", "it", 10)).DocumentId);
        Assert.Empty(store.Search("partnership", "th", 10));
    }

    [StoreFact]
    public void Search_ranks_only_the_newest_matches_when_very_many_match()
    {
        var store = Open();
        var oldest = StoreSamples.Simple("Common words, common again, common thrice.", "Common common common");
        store.Save([oldest]);
        foreach (var chunk in StoreSamples.Many(DocumentStores.MaxRanked + 10, "Common").Chunk(500))
        {
            store.Save(chunk);
        }

        var hits = store.Search("common", null, 5);

        Assert.Equal(5, hits.Count);
        Assert.DoesNotContain(oldest.Document.Id, hits.Select(h => h.DocumentId));
        Assert.Equal(oldest.Document.Id, Assert.Single(store.Search("common thrice", null, 5)).DocumentId);
    }

    [StoreFact]
    public void Search_treats_query_syntax_as_words()
    {
        var store = Open();
        store.Save([StoreSamples.Simple("Trade AND investment grew (slightly) near the port.", "Port")]);

        foreach (var query in new[] { "AND", "trade OR", "NEAR(trade port)", "trade*", "\"unbalanced", "-port", "port:", "'; DROP TABLE documents; --", "^trade", "{title}: port" })
        {
            _ = store.Search(query, null, 5);
        }

        Assert.Single(store.Search("NEAR(trade port)", null, 5));
        Assert.Empty(store.Search("   ", null, 5));
        Assert.Empty(store.Search("!!! ---", null, 5));
        Assert.Equal(1, store.Count);
    }

    [StoreFact]
    public void Stats_count_languages_sources_origins_problems_and_dates()
    {
        var store = Open();
        var early = StoreSamples.Simple("Early report.", source: "VNA") with { };
        early = early with { Document = early.Document with { Published = PartialDate.OfHalf(2019, 1), Origins = [StoreSamples.File("e.txt")] } };
        var late = StoreSamples.Simple("Late report.", language: "it") with { };
        late = late with { Document = late.Document with { Published = PartialDate.OfMonth(2025, 11, inferred: true), Origins = [StoreSamples.File("l.txt"), StoreSamples.File("l2.txt")] } };
        store.Save([early, late, StoreSamples.Rich()]);
        store.RecordRejected(new Problem(ProblemCodes.Binary, "not text", "/x.bin"));

        var stats = store.Stats();

        Assert.Equal(3, stats.Documents);
        Assert.Equal(new Dictionary<string, long> { ["en"] = 1, ["it"] = 1, ["vi"] = 1 }, stats.Languages);
        Assert.Equal(new Dictionary<string, long> { ["VNA"] = 1, ["TTXVN"] = 1, [""] = 1 }, stats.Sources);
        Assert.Equal(5, stats.Origins);
        Assert.Equal(2, stats.Problems);
        Assert.Equal(1, stats.Rejected);
        Assert.Equal("2019-H1", stats.Earliest?.ToString());
        Assert.Equal(("2025-11", true), (stats.Latest?.ToString(), stats.Latest?.Inferred));
    }

    [StoreFact]
    public void An_empty_store_has_empty_stats()
    {
        var stats = Open().Stats();

        Assert.Equal(0, stats.Documents);
        Assert.Empty(stats.Languages);
        Assert.Null(stats.Earliest);
        Assert.Null(stats.Latest);
    }

    [StoreFact]
    public void All_streams_every_document_in_ingest_order()
    {
        var store = Open();
        var batches = StoreSamples.Many(600).Chunk(250).ToList();
        foreach (var batch in batches)
        {
            store.Save(batch);
        }

        var ids = store.All().Select(d => d.Document.Id).ToList();

        Assert.Equal(batches.SelectMany(b => b).Select(b => b.Document.Id), ids);
        Assert.Equal(600, store.Count);
        Assert.Equal("/corpus/report-00599.txt", store.All().Last().Document.File);
    }

    [StoreFact]
    public void Mentions_can_be_found_by_entity_key()
    {
        var store = Open();
        var rich = StoreSamples.Rich();
        store.Save([rich]);

        var mentions = store.FindMentions("duong hai hung");

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal((rich.Document.Id, EntityType.Person, "Dương Hải Hưng"), (m.DocumentId, m.Type, m.Name)));
        Assert.Equal(["Dương Hải Hưng", "Ông"], mentions.Select(m => m.Span.Slice(rich.Document.Text)));
        Assert.Empty(store.FindMentions("nobody"));
    }

    [StoreFact]
    public void A_batch_that_fails_half_way_leaves_nothing_and_can_be_rerun()
    {
        var store = Open();
        var first = StoreSamples.Many(10, "First").ToList();
        store.Save(first);
        var second = StoreSamples.Many(10, "Second").Append(first[0] with { Document = first[0].Document with { Origins = [StoreSamples.File("late-copy.txt")] } }).ToList();

        SetFault(store, i =>
        {
            if (i == 6)
            {
                throw new IOException("disk went away");
            }
        });
        Assert.Throws<IOException>(() => store.Save(second));

        Assert.Equal(10, store.Count);
        Assert.Empty(store.Search("second", null, 5));
        Assert.Empty(store.FindIds(second[0].Document.Id, 5));
        Assert.Single(store.Get(first[0].Document.Id)!.Origins);

        SetFault(store, null);
        var rerun = store.Save(second);
        Assert.Equal(10, rerun.Added);
        Assert.Equal(1, rerun.OriginAdded);
        Assert.Equal(20, store.Count);
        Assert.Equal(10, store.Search("second", null, 50).Count);
    }

    [StoreFact]
    public void An_ingest_stopped_between_batches_completes_when_rerun()
    {
        var corpus = StoreSamples.Many(100).Chunk(25).ToList();
        using (var store = OpenStore())
        {
            store.Save(corpus[0]);
            store.Save(corpus[1]);
        }

        var reopened = Open();
        var outcomes = corpus.Select(c => reopened.Save(c)).SelectMany(r => r.Outcomes).ToList();

        Assert.Equal(50, outcomes.Count(o => o.Status == SaveStatus.Known));
        Assert.Equal(50, outcomes.Count(o => o.Status == SaveStatus.Added));
        Assert.Equal(100, reopened.Count);
        Assert.Equal(corpus.SelectMany(c => c).Select(c => c.Document.Id), reopened.All().Select(d => d.Document.Id));
    }

    [StoreFact]
    public void Rejected_inputs_are_listed_counted_and_forgotten_once_ingested()
    {
        var store = Open();
        store.RecordRejected(new Problem(ProblemCodes.Encoding, "not UTF-8", "/in/bad.txt", new TextSpan(10, 12)));
        store.RecordRejected(new Problem(ProblemCodes.Empty, "empty", null));
        Clock.Now = Clock.Now.AddMinutes(5);
        store.RecordRejected(new Problem(ProblemCodes.Encoding, "still not UTF-8", "/in/bad.txt", new TextSpan(10, 12)));

        var rejected = store.Rejected();

        Assert.Equal(2, rejected.Count);
        var bad = rejected[0];
        Assert.Equal(new Problem(ProblemCodes.Encoding, "still not UTF-8", "/in/bad.txt", new TextSpan(10, 12)), bad.Problem);
        Assert.Equal((2, Clock.Now.AddMinutes(-5), Clock.Now), (bad.Times, bad.FirstSeen, bad.LastSeen));
        Assert.Null(rejected[1].Problem.Source);

        store.Save([StoreSamples.Simple("Fixed and readable now.", origins: StoreSamples.File("/in/bad.txt"))]);

        Assert.Equal(ProblemCodes.Empty, Assert.Single(store.Rejected()).Problem.Code);
    }

    [StoreFact]
    public void Empty_batches_and_missing_documents_are_harmless()
    {
        var store = Open();

        Assert.Empty(store.Save([]).Outcomes);
        Assert.Null(store.Get(new string('a', 64)));
        Assert.Null(store.Get(""));
        Assert.Empty(store.All());
        Assert.Equal(0, store.Count);
    }

    [StoreFact]
    public void Programmer_errors_throw_before_anything_is_written()
    {
        var store = Open();
        var good = StoreSamples.Simple("Good document.");
        var noId = StoreSamples.Simple("No id.") with { Document = new Document { Id = "", Text = "No id." } };

        Assert.Throws<ArgumentException>(() => store.Save([good, noId]));
        Assert.Throws<ArgumentNullException>(() => store.Save(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Search("x", null, 0));

        Assert.Equal(0, store.Count);
    }

    [StoreFact]
    public void Texts_in_every_script_round_trip_and_are_searchable()
    {
        var store = Open();
        var thai = StoreSamples.Simple("ความร่วมมือ อาเซียน อิตาลี", "ไทย", "th");
        var emoji = StoreSamples.Simple("Summit 🇮🇹🤝🇻🇳 in Łódź and Ærøskøbing.", "Łódź", "en");
        store.Save([thai, emoji]);

        Assert.Equal(thai.Document.Text, store.Get(thai.Document.Id)!.Document.Text);
        Assert.Equal(emoji.Document.Text, store.Get(emoji.Document.Id)!.Document.Text);
        Assert.Equal(thai.Document.Id, Assert.Single(store.Search("อาเซียน", null, 5)).DocumentId);
        Assert.Equal(emoji.Document.Id, Assert.Single(store.Search("lodz aeroskobing", null, 5)).DocumentId);
    }

    [StoreFact]
    public void Companion_tables_live_beside_the_documents()
    {
        using (var store = OpenStore())
        {
            store.Save([StoreSamples.Simple("A document.")]);
            using var connection = store.OpenConnection();
            Execute(connection, "CREATE TABLE IF NOT EXISTS kb_probe (id TEXT PRIMARY KEY)");
            Execute(connection, "INSERT INTO kb_probe (id) VALUES ('x')");
        }

        var reopened = Open();
        using var again = reopened.OpenConnection();
        using var command = again.CreateCommand();
        command.CommandText = "SELECT count(*) FROM kb_probe";

        Assert.Equal(1L, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, reopened.Count);
    }

    private static void Execute(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
