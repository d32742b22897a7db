using Npgsql;
using Ponte.Core.Model;
using Ponte.Storage;
using Ponte.Storage.Postgres;

namespace Ponte.Tests.Storage;

/// <summary>Where the PostgreSQL tests find their server, and a private schema per test so they can run in parallel.</summary>
internal static class PostgresStore
{
    public const string Variable = "PONTE_TEST_PG";
    public const string Hint = "run `eval \"$(.ci/postgres.sh)\"` to run the store tests on PostgreSQL too";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);

    /// <summary>Creates an empty schema and returns a connection string whose search path is it.</summary>
    public static (string Schema, string ConnectionString) CreateSchema()
    {
        var schema = "ponte_test_" + Guid.NewGuid().ToString("N")[..12];
        Execute($"CREATE SCHEMA {schema}");
        var builder = PostgresConnectionStrings.Parse(ConnectionString!);
        builder.SearchPath = schema;
        return (schema, builder.ConnectionString);
    }

    public static void DropSchema(string schema) => Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");

    public static void Execute(string sql, string? connectionString = null)
    {
        using var connection = new NpgsqlConnection(connectionString ?? PostgresConnectionStrings.Parse(ConnectionString!).ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string sql, string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }
}

/// <summary>The store contract on a real PostgreSQL server, plus its migrations.</summary>
[RequiresEnvironment(PostgresStore.Variable, PostgresStore.Hint)]
public sealed class PostgresDocumentStoreTests : DocumentStoreContract
{
    private readonly string? schema;
    private readonly string connectionString = "";

    public PostgresDocumentStoreTests()
    {
        if (PostgresStore.ConnectionString is not null)
        {
            (schema, connectionString) = PostgresStore.CreateSchema();
        }
    }

    protected override IDocumentStore OpenStore() => new PostgresDocumentStore(connectionString, Clock);

    protected override void SetFault(IDocumentStore store, Action<int>? afterDocument) =>
        ((PostgresDocumentStore)store).AfterDocumentWritten = afterDocument;

    public override void Dispose()
    {
        base.Dispose();
        NpgsqlConnection.ClearAllPools();
        if (schema is not null)
        {
            PostgresStore.DropSchema(schema);
        }
    }

    [StoreFact]
    public void An_older_schema_is_migrated()
    {
        PostgresDocumentStore.CreateAtVersion(connectionString, 1);
        Assert.Equal(1, PostgresStore.Scalar("SELECT max(version) FROM schema_version", connectionString));

        using var store = OpenStore();
        store.RecordRejected(new Problem(ProblemCodes.Empty, "empty", "e.txt"));

        Assert.Equal(PostgresDocumentStore.SchemaVersion, PostgresStore.Scalar("SELECT max(version) FROM schema_version", connectionString));
        Assert.Single(store.Rejected());
    }

    [StoreFact]
    public void A_schema_from_a_newer_ponte_is_refused_clearly()
    {
        OpenStore().Dispose();
        PostgresStore.Execute("INSERT INTO schema_version VALUES (99, 'from the future', now())", connectionString);

        var error = Assert.Throws<StoreException>(OpenStore);

        Assert.Contains("schema version 99", error.Message);
        Assert.DoesNotContain("Password", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [StoreFact]
    public void Nul_characters_are_kept_as_replacement_characters_at_the_same_offsets()
    {
        var store = Open();
        var text = "Before\0after the NUL.";
        var analysis = StoreSamples.Simple(text, "Title\0") with
        {
            Entities = [new Entity { Type = EntityType.Organization, Name = "after\0", Key = "after", Mentions = [new Mention("\0after", new TextSpan(6, 12))] }],
        };

        store.Save([analysis]);
        var stored = store.Get(analysis.Document.Id)!;

        Assert.Equal("Before\uFFFDafter the NUL.", stored.Document.Text);
        Assert.Equal("\uFFFDafter", stored.Analysis.Entities[0].Mentions[0].Span.Slice(stored.Document.Text));
        Assert.Equal("\uFFFDafter", stored.Analysis.Entities[0].Mentions[0].Text);
    }

    [StoreFact]
    public void Two_processes_saving_the_same_texts_store_them_once()
    {
        using var a = OpenStore();
        using var b = OpenStore();
        var batch = StoreSamples.Many(100).ToList();

        var results = new[] { a, b }.AsParallel().Select(s => s.Save(batch)).ToList();

        Assert.Equal(100, a.Count);
        Assert.Equal(100, results.Sum(r => r.Added));
    }
}
