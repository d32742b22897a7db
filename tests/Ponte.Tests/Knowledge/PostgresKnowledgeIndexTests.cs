using Npgsql;
using Ponte.Core.Knowledge;
using Ponte.Core.Model;
using Ponte.Storage.Knowledge;
using Ponte.Tests.Storage;

namespace Ponte.Tests.Knowledge;

/// <summary>
/// On PostgreSQL, which keeps no filing order, the knowledge index still answers the same whatever its cache holds: a
/// tiny cache and an ample one give the same story and entity postings, before and after flushes and a reopen.
/// </summary>
[RequiresEnvironment(PostgresStore.Variable, PostgresStore.Hint)]
public sealed class PostgresKnowledgeIndexTests : IDisposable
{
    private readonly string _schema;
    private readonly string _tiny;
    private readonly string _ample;

    public PostgresKnowledgeIndexTests()
    {
        if (PostgresStore.ConnectionString is null)
        {
            _schema = _tiny = _ample = string.Empty;
            return;
        }

        (_schema, _tiny) = PostgresStore.CreateSchema();
        string ampleSchema;
        (ampleSchema, _ample) = PostgresStore.CreateSchema();
        _schema += "," + ampleSchema;
    }

    public void Dispose()
    {
        foreach (var schema in _schema.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            PostgresStore.DropSchema(schema);
        }
    }

    private static SqlKnowledgeIndex Open(string connectionString, int generation)
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return new SqlKnowledgeIndex(connection, generation);
    }

    [StoreFact]
    public void Postings_do_not_depend_on_the_cache()
    {
        var rng = new Random(3);
        // Ids with punctuation, which PostgreSQL's default collation orders differently from ordinal order.
        var ids = Enumerable.Range(0, 260).Select(i => $"s-{rng.Next(1_000_000):x6}-{i}").ToArray();
        // More keys than the tiny cache holds, each met now and then: it forgets them and reads them back.
        var keys = new[] { "k0", "k1", "k2", "k3", "k4", "k5", "k6" };
        using (var tiny = Open(_tiny, 2))
        using (var ample = Open(_ample, 100_000))
        {
            for (var i = 0; i < ids.Length; i++)
            {
                var id = i > 40 && i % 5 == 0 ? ids[rng.Next(i)] : ids[i];
                string[] filed = [keys[0], keys[1 + i % 6]];
                var entity = new KbEntity { Id = $"org:a-{rng.Next(1000):d3}.{i}", Type = EntityType.Organization, Name = "x", Keys = ["org:c:shared"] };
                foreach (var index in new[] { tiny, ample })
                {
                    index.PutStory(new KbStory { Id = id, Title = id, DocumentCount = 1 }, filed);
                    index.PutEntity(entity);
                }

                if (i % 2 == 0)
                {
                    tiny.Flush();
                }

                foreach (var key in filed)
                {
                    AssertSame(ample.StoriesByKey(key, 50), tiny.StoriesByKey(key, 50));
                }

                Assert.Equal(ample.EntitiesByKey("org:c:shared", 300), tiny.EntitiesByKey("org:c:shared", 300));
            }
        }

        using var reopened = Open(_tiny, 2);
        using var fresh = Open(_ample, 2);
        foreach (var key in keys)
        {
            AssertSame(fresh.StoriesByKey(key, 120), reopened.StoriesByKey(key, 120));
        }

        Assert.Equal(fresh.EntitiesByKey("org:c:shared", 300), reopened.EntitiesByKey("org:c:shared", 300));
        Assert.Equal(256, reopened.EntitiesByKey("org:c:shared", 300).Count);
    }

    private static void AssertSame((IReadOnlyList<string> Ids, int Total) expected, (IReadOnlyList<string> Ids, int Total) actual)
    {
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Ids, actual.Ids);
    }
}
