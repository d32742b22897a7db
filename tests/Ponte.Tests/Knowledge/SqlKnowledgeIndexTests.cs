using Microsoft.Data.Sqlite;
using Ponte.Cli;
using Ponte.Core.Knowledge;
using Ponte.Core.Model;
using Ponte.Pipeline.Ingest;
using Ponte.Pipeline.Linking;
using Ponte.Storage.Knowledge;

namespace Ponte.Tests.Knowledge;

/// <summary>
/// The SQLite knowledge index answers as the in-memory one does, whatever its cache holds: story keys give the stories
/// filed last and their exact count, entity keys the same ids before and after a flush, a reopen or an eviction; so the same
/// documents link the same way through either index.
/// </summary>
public sealed class SqlKnowledgeIndexTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ponte-kb-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private SqlKnowledgeIndex Open(int generation = 2, int similarFilings = 1000)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "kb.db")};Pooling=False");
        connection.Open();
        return new SqlKnowledgeIndex(connection, generation, similarFilings: similarFilings);
    }

    [Fact]
    public void Similarity_keys_give_the_stories_of_the_last_filings_newest_first_through_flushes_and_a_reopen()
    {
        const int Window = 10;
        var rng = new Random(3);
        var bands = Enumerable.Range(0, 6).Select(b => $"lsh:en:{b}:{b * 7919:x16}").ToArray();
        var filings = new List<(string Story, string[] Keys)>();
        using (var sql = Open(similarFilings: Window))
        {
            for (var i = 0; i < 40; i++)
            {
                // Stories come back (a new version joins them) with some of the bands they had.
                var story = $"s-{rng.Next(12):d2}";
                var keys = bands.Where(_ => rng.Next(3) == 0).Append("busy").ToArray();
                sql.PutStory(Story(story), keys);
                // A filing without similarity keys takes no place in the window.
                if (keys.Any(StoryKeys.IsSimilarity))
                {
                    filings.Add((story, keys.Where(StoryKeys.IsSimilarity).ToArray()));
                }

                if (i % 7 == 0)
                {
                    sql.Flush();
                }

                foreach (var band in bands)
                {
                    Assert.Equal(Expected(filings, Window, band), sql.StoriesByKey(band, 50).Ids);
                }
            }
        }

        using var reopened = Open(similarFilings: Window);
        foreach (var band in bands)
        {
            var expected = Expected(filings, Window, band);
            var (ids, total) = reopened.StoriesByKey(band, 3);
            Assert.Equal(expected.Take(3), ids);
            Assert.Equal(expected.Count, total);
        }

        Assert.Equal(0, reopened.StoriesByKey("lsh:en:9:00", 5).Total);
    }

    // The stories filed under the key among the last `window` filings, the latest filing first.
    private static List<string> Expected(List<(string Story, string[] Keys)> filings, int window, string key)
    {
        var ids = new List<string>();
        foreach (var (story, keys) in filings.TakeLast(window))
        {
            if (keys.Contains(key))
            {
                ids.Remove(story);
                ids.Add(story);
            }
        }

        ids.Reverse();
        return ids;
    }

    private static KbStory Story(string id) => new() { Id = id, Title = id, DocumentCount = 1 };

    [Fact]
    public void Story_keys_give_the_stories_filed_last_and_their_count_through_flushes_evictions_and_a_reopen()
    {
        var memory = new InMemoryKnowledgeIndex();
        var rng = new Random(11);
        // Ids in random order, so that the newest are not the greatest ids.
        var ids = Enumerable.Range(0, 300).Select(i => $"s-{rng.Next(1_000_000):x6}-{i}").ToArray();
        var keys = new[] { "busy", "quiet", "f:1500" };
        using (var sql = Open())
        {
            for (var i = 0; i < ids.Length; i++)
            {
                // Known stories come back under keys they are filed under already, some of them long ago.
                var id = i > 50 && i % 5 == 0 ? ids[rng.Next(i)] : ids[i];
                var filed = i % 7 == 0 ? keys : keys[..1];
                foreach (var index in new IKnowledgeIndex[] { memory, sql })
                {
                    index.PutStory(Story(id), filed);
                }

                // Small flushes first, then ones of more rows than a single insert statement takes.
                if (i < 150 ? i % 13 == 0 : i % 100 == 0)
                {
                    sql.Flush();
                }

                foreach (var key in keys)
                {
                    AssertSame(memory.StoriesByKey(key, 50), sql.StoriesByKey(key, 50), key);
                }
            }
        }

        using var reopened = Open();
        foreach (var key in keys)
        {
            AssertSame(memory.StoriesByKey(key, 50), reopened.StoriesByKey(key, 50), key);
            AssertSame(memory.StoriesByKey(key, 200), reopened.StoriesByKey(key, 200), key);
        }

        Assert.Equal(memory.StoryCount, reopened.StoryCount);
    }

    private static void AssertSame((IReadOnlyList<string> Ids, int Total) expected, (IReadOnlyList<string> Ids, int Total) actual, string key)
    {
        Assert.True(expected.Total == actual.Total, $"{key}: {actual.Total} stories, expected {expected.Total}");
        Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Entity_keys_give_the_same_ids_before_and_after_a_flush_an_eviction_and_a_reopen()
    {
        var rng = new Random(5);
        var expected = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using (var sql = Open())
        {
            for (var i = 0; i < 400; i++)
            {
                var id = $"org:{rng.Next(1_000_000):x6}-{i}";
                // An entity gains keys as it is merged: first one, then more; the shared key ends up with 400 entities.
                var keys = new List<string> { "org:c:association", "org:" + id };
                sql.PutEntity(new KbEntity { Id = id, Type = EntityType.Organization, Name = id, Keys = keys.ToArray() });
                keys.Add("org:c:" + (i % 3));
                sql.PutEntity(new KbEntity { Id = id, Type = EntityType.Organization, Name = id, Keys = keys.ToArray() });
                foreach (var key in keys)
                {
                    if (!expected.TryGetValue(key, out var set))
                    {
                        expected[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(id);
                }

                if (i % 17 == 0)
                {
                    sql.Flush();
                }
            }

            AssertEntities(expected, sql);
        }

        using var reopened = Open();
        AssertEntities(expected, reopened);
    }

    private static void AssertEntities(Dictionary<string, SortedSet<string>> expected, SqlKnowledgeIndex index)
    {
        foreach (var (key, ids) in expected)
        {
            Assert.Equal(ids.Take(64), index.EntitiesByKey(key));
            Assert.Equal(ids.Take(256), index.EntitiesByKey(key, 1000));
        }
    }

    [Fact]
    public void A_store_written_with_rowid_key_tables_opens_with_its_postings_and_files_on()
    {
        var memory = new InMemoryKnowledgeIndex();
        var rng = new Random(17);
        // Ids in random order, so that filing order and id order differ.
        var ids = Enumerable.Range(0, 120).Select(i => $"s-{rng.Next(1_000_000):x6}-{i}").ToArray();
        var keys = new[] { "busy", "quiet", "f:1500" };
        var entityKeys = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        using (var old = new SqliteConnection($"Data Source={Path.Combine(_folder, "kb.db")};Pooling=False"))
        {
            old.Open();
            // The key tables as the index created them before they lost their rowid.
            Execute(old, "CREATE TABLE kb_entity_key (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id))");
            Execute(old, "CREATE TABLE kb_story_key (key TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (key, id))");
            Execute(old, "CREATE TABLE kb_story (id TEXT PRIMARY KEY, json TEXT NOT NULL)");
            for (var i = 0; i < ids.Length; i++)
            {
                var filed = i % 3 == 0 ? keys : keys[..1];
                memory.PutStory(Story(ids[i]), filed);
                Execute(old, $"INSERT INTO kb_story (id, json) VALUES ('{ids[i]}', '{KnowledgeJson.Write(Story(ids[i]))}')");
                foreach (var key in filed)
                {
                    Execute(old, $"INSERT INTO kb_story_key (key, id) VALUES ('{key}', '{ids[i]}')");
                }

                var entity = $"org:{rng.Next(1000):d3}-{i}";
                var entityKey = "org:c:" + (i % 4);
                Execute(old, $"INSERT INTO kb_entity_key (key, id) VALUES ('{entityKey}', '{entity}')");
                if (!entityKeys.TryGetValue(entityKey, out var set))
                {
                    entityKeys[entityKey] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(entity);
            }
            // A text-similarity key filed with the others, as before they had their window.
            Execute(old, "INSERT INTO kb_story_key (key, id) VALUES ('lsh:en:1:00ff', 's-old')");
        }

        using (var sql = Open())
        {
            foreach (var key in keys)
            {
                AssertSame(memory.StoriesByKey(key, 50), sql.StoriesByKey(key, 50), key);
            }

            Assert.Equal(0, sql.StoriesByKey("lsh:en:1:00ff", 5).Total);
            AssertEntities(entityKeys, sql);
            // Filing goes on after the conversion, newest first: an old story filed again under a new key, new stories.
            foreach (var id in new[] { ids[5], "s-new-1", "s-new-2" })
            {
                memory.PutStory(Story(id), keys);
                sql.PutStory(Story(id), keys);
            }
        }

        using var reopened = Open();
        foreach (var key in keys)
        {
            AssertSame(memory.StoriesByKey(key, 50), reopened.StoriesByKey(key, 50), key);
            AssertSame(memory.StoriesByKey(key, 3), reopened.StoriesByKey(key, 3), key);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void The_samples_link_the_same_way_in_memory_and_through_sqlite_with_a_tiny_cache()
    {
        var pipeline = Composition.CreatePipeline();
        var linker = Composition.CreateLinker();
        var memory = new InMemoryKnowledgeIndex();
        using var sql = Open(generation: 8);
        var n = 0;
        foreach (var raw in new InputReader().Read(new InputSource(TestPaths.Samples)).SelectMany(r => r.Documents))
        {
            var analysis = pipeline.Analyze(raw);
            var expected = linker.Link(analysis, memory);
            var actual = linker.Link(analysis, sql);
            Assert.Equal(expected.StoryId, actual.StoryId);
            Assert.Equal(expected.EntityIds, actual.EntityIds);
            if (++n % 3 == 0)
            {
                sql.Flush();
            }
        }

        Assert.True(n >= 10, "the samples are there");
        Assert.Equal(memory.StoryCount, sql.StoryCount);
        Assert.Equal(
            memory.AllEntities().Select(e => e.Id + " " + string.Join('|', e.Keys)).Order(StringComparer.Ordinal),
            sql.AllEntities().Select(e => e.Id + " " + string.Join('|', e.Keys)).Order(StringComparer.Ordinal));
    }
}
