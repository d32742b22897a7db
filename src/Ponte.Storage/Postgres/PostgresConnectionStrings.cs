using Npgsql;

namespace Ponte.Storage.Postgres;

/// <summary>Recognises and reads the two ways people write a PostgreSQL address: keywords or a postgres:// URI.</summary>
public static class PostgresConnectionStrings
{
    /// <summary>
    /// Whether <paramref name="setting"/> names a PostgreSQL server rather than a file: a <c>postgres://</c> or
    /// <c>postgresql://</c> URI, or <c>key=value;…</c> pairs with a <c>Host</c> (or <c>Server</c>) key.
    /// </summary>
    public static bool IsPostgres(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return false;
        }

        var s = setting.Trim();
        if (s.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var pair in s.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair[..eq].Trim() is var key &&
                (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A keyword connection string builder for <paramref name="setting"/>, converting a URI when given one.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string setting)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        var s = setting.Trim();
        if (!s.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(s);
        }

        if (!Uri.TryCreate(s, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new ArgumentException($"'{Redact(s)}' is not a postgres:// address.", nameof(setting));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.IdnHost };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':');
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            builder[UriKeyword(key)] = value;
        }

        return builder;
    }

    /// <summary>Where the server is, for people: host, port and database, never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";

    // libpq's URI parameter names, mapped to Npgsql's keywords; anything else is passed as is.
    private static string UriKeyword(string key) => key.ToLowerInvariant() switch
    {
        "sslmode" => "SSL Mode",
        "application_name" => "Application Name",
        "connect_timeout" => "Timeout",
        "options" => "Options",
        "search_path" => "Search Path",
        _ => key,
    };

    private static string Redact(string s)
    {
        var at = s.IndexOf('@');
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        return at > scheme && scheme >= 0 ? s[..(scheme + 3)] + "…" + s[at..] : s;
    }
}
