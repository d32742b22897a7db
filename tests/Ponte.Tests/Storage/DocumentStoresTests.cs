using Ponte.Storage;
using Ponte.Storage.Postgres;
using Ponte.Storage.Sqlite;

namespace Ponte.Tests.Storage;

public sealed class DocumentStoresTests
{
    [Theory]
    [InlineData("Host=db.example;Database=ponte", true)]
    [InlineData("server = db.example ; database=ponte", true)]
    [InlineData("postgres://ponte:secret@db.example:5433/kb", true)]
    [InlineData("POSTGRESQL://db.example/kb", true)]
    [InlineData("ponte.db", false)]
    [InlineData("/data/knowledge base.db", false)]
    [InlineData("C:\\data\\ponte.db", false)]
    [InlineData("weird=name.db", false)]
    [InlineData("", false)]
    public void Settings_name_a_server_or_a_file(string setting, bool isPostgres) =>
        Assert.Equal(isPostgres, PostgresConnectionStrings.IsPostgres(setting));

    [Fact]
    public void The_explicit_setting_wins_then_the_environment_then_ponte_db()
    {
        Assert.Equal("kb.db", DocumentStores.Resolve("kb.db", "Host=x"));
        Assert.Equal("Host=x", DocumentStores.Resolve(null, "Host=x"));
        Assert.Equal("Host=x", DocumentStores.Resolve("  ", " Host=x "));
        Assert.Equal(SqliteDocumentStore.DefaultPath, DocumentStores.Resolve(null, null));
    }

    [Fact]
    public void Postgres_uris_become_keyword_connection_strings()
    {
        var builder = PostgresConnectionStrings.Parse("postgres://ponte:s%40cret@db.example:5433/knowledge%20base?sslmode=disable&application_name=ponte");

        Assert.Equal(("db.example", 5433, "ponte", "s@cret", "knowledge base"), (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database));
        Assert.Equal(Npgsql.SslMode.Disable, builder.SslMode);
        Assert.Equal("ponte", builder.ApplicationName);
        Assert.Equal("PostgreSQL db.example:5433/knowledge base", PostgresConnectionStrings.Describe(builder));
    }

    [Fact]
    public void Open_makes_a_sqlite_file_for_a_path()
    {
        var folder = Directory.CreateTempSubdirectory("ponte-open-").FullName;
        try
        {
            var path = Path.Combine(folder, "kb.db");
            using (var store = DocumentStores.Open(path))
            {
                Assert.IsType<SqliteDocumentStore>(store);
                Assert.Equal($"SQLite {path}", store.Description);
            }

            Assert.True(File.Exists(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unreachable_server_is_a_store_error_without_the_password()
    {
        var error = Assert.Throws<StoreException>(() =>
            DocumentStores.Open("Host=127.0.0.1;Port=1;Database=none;Username=u;Password=topsecret;Timeout=2"));

        Assert.Contains("127.0.0.1:1/none", error.Message);
        Assert.DoesNotContain("topsecret", error.Message);
    }

    [PostgresFact]
    public void Open_connects_to_postgres_for_keywords_and_uris()
    {
        var (schema, connectionString) = PostgresStore.CreateSchema();
        try
        {
            using (var store = DocumentStores.Open(connectionString))
            {
                Assert.IsType<PostgresDocumentStore>(store);
                store.Save([StoreSamples.Simple("Stored on the server.")]);
            }

            var b = PostgresConnectionStrings.Parse(connectionString);
            var uri = $"postgres://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password!)}@{b.Host}:{b.Port}/{Uri.EscapeDataString(b.Database!)}?search_path={schema}";
            using var again = DocumentStores.Open(uri);
            Assert.Equal(1, again.Count);
            Assert.Equal($"PostgreSQL {b.Host}:{b.Port}/{b.Database}", again.Description);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            PostgresStore.DropSchema(schema);
        }
    }
}
