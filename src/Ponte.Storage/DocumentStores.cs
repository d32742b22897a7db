using Ponte.Storage.Postgres;
using Ponte.Storage.Sqlite;

namespace Ponte.Storage;

/// <summary>Opens the store a <c>--db</c> setting names.</summary>
public static class DocumentStores
{
    /// <summary>The environment variable consulted when no setting is given.</summary>
    public const string EnvironmentVariable = "PONTE_DB";

    /// <summary>
    /// Matches a search ranks: when more documents match, only the newest this many are ranked and returned. Ranking
    /// reads every match, so this keeps a search for a word that nearly every document contains within milliseconds.
    /// </summary>
    public const int MaxRanked = 1_000;

    /// <summary>
    /// Opens the store <paramref name="dbSetting"/> names, or <c>PONTE_DB</c>, or <c>ponte.db</c>: a PostgreSQL connection
    /// string (<c>Host=…;Database=…</c> or <c>postgres://…</c>) opens the server store, anything else is a SQLite file path.
    /// Throws <see cref="StoreException"/> when the store exists but cannot be used.
    /// </summary>
    public static IDocumentStore Open(string? dbSetting = null, TimeProvider? time = null)
    {
        var setting = Resolve(dbSetting, Environment.GetEnvironmentVariable(EnvironmentVariable));
        return PostgresConnectionStrings.IsPostgres(setting)
            ? new PostgresDocumentStore(setting, time)
            : new SqliteDocumentStore(setting, time);
    }

    /// <summary>The setting that applies: the explicit one, else the environment's, else <c>ponte.db</c>.</summary>
    internal static string Resolve(string? dbSetting, string? environment) =>
        !string.IsNullOrWhiteSpace(dbSetting) ? dbSetting.Trim()
        : !string.IsNullOrWhiteSpace(environment) ? environment.Trim()
        : SqliteDocumentStore.DefaultPath;
}
