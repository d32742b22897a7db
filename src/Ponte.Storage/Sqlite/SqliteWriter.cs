using Microsoft.Data.Sqlite;
using Ponte.Core.Model;

namespace Ponte.Storage.Sqlite;

/// <summary>
/// The prepared statements one save uses, built once per store and re-bound to each batch's transaction: preparing SQL
/// costs more than running these small inserts.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly SqliteCommand findDocument;
    private readonly SqliteCommand insertDocument;
    private readonly SqliteCommand insertText;
    private readonly SqliteCommand insertOrigin;
    private readonly SqliteCommand insertEntityKey;
    private readonly SqliteCommand clearRejected;

    public SqliteWriter(SqliteConnection connection)
    {
        findDocument = Command(connection, "SELECT seq FROM documents WHERE id = $id", "$id");
        insertDocument = Command(connection, """
            INSERT INTO documents (id, language, language_confidence, source, title, author, published, published_precision,
                published_inferred, published_start, published_end, problem_count, ingested_at, text, analysis)
            VALUES ($id, $language, $confidence, $source, $title, $author, $published, $precision,
                $inferred, $start, $end, $problems, $now, $text, $analysis)
            RETURNING seq
            """,
            "$id", "$language", "$confidence", "$source", "$title", "$author", "$published", "$precision",
            "$inferred", "$start", "$end", "$problems", "$now", "$text", "$analysis");
        insertText = Command(connection, "INSERT INTO document_text (rowid, title, body) VALUES ($seq, $title, $body)",
            "$seq", "$title", "$body");
        insertOrigin = Command(connection, """
            INSERT INTO origins (document_seq, location, kind, first_seen) VALUES ($seq, $location, $kind, $now)
            ON CONFLICT (document_seq, location, kind) DO NOTHING
            """,
            "$seq", "$location", "$kind", "$now");
        insertEntityKey = Command(connection, "INSERT INTO entity_documents (entity_key, document_seq) VALUES ($key, $seq)",
            "$key", "$seq");
        clearRejected = Command(connection, "DELETE FROM rejected WHERE source = $source", "$source");
    }

    /// <summary>Runs the following statements inside <paramref name="transaction"/>.</summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        findDocument.Transaction = transaction;
        insertDocument.Transaction = transaction;
        insertText.Transaction = transaction;
        insertOrigin.Transaction = transaction;
        insertEntityKey.Transaction = transaction;
        clearRejected.Transaction = transaction;
    }

    /// <summary>Whether a document with this id is stored.</summary>
    public bool Exists(string id) => Find(id) is not null;

    /// <summary>
    /// Stores one document of the current batch and says what happened; <paramref name="row"/> is its column values when they
    /// were computed beforehand.
    /// </summary>
    public SaveStatus Save(DocumentAnalysis analysis, DocumentRow? row, string now)
    {
        var document = analysis.Document;
        var found = Find(document.Id);
        SaveStatus status;
        if (found is long existing)
        {
            var originAdded = false;
            foreach (var origin in document.Origins)
            {
                originAdded |= InsertOrigin(existing, origin, now);
            }

            status = originAdded ? SaveStatus.OriginAdded : SaveStatus.Known;
        }
        else
        {
            var seq = InsertDocument(row ?? DocumentRow.From(analysis), now);
            foreach (var origin in document.Origins)
            {
                InsertOrigin(seq, origin, now);
            }

            status = SaveStatus.Added;
        }

        foreach (var origin in document.Origins)
        {
            clearRejected.Parameters[0].Value = origin.Location;
            clearRejected.ExecuteNonQuery();
        }

        return status;
    }

    public void Dispose()
    {
        findDocument.Dispose();
        insertDocument.Dispose();
        insertText.Dispose();
        insertOrigin.Dispose();
        insertEntityKey.Dispose();
        clearRejected.Dispose();
    }

    private object? Find(string id)
    {
        findDocument.Parameters[0].Value = id;
        return findDocument.ExecuteScalar();
    }

    private long InsertDocument(DocumentRow row, string now)
    {
        row.Bind(insertDocument.Parameters, now, static day => StoredDocuments.FormatDay(day), static text => text, static json => json);
        var seq = (long)insertDocument.ExecuteScalar()!;

        insertText.Parameters[0].Value = seq;
        insertText.Parameters[1].Value = row.FoldedTitle;
        insertText.Parameters[2].Value = row.FoldedText;
        insertText.ExecuteNonQuery();

        var k = insertEntityKey.Parameters;
        k[1].Value = seq;
        foreach (var key in row.EntityKeys(static key => key))
        {
            k[0].Value = key;
            insertEntityKey.ExecuteNonQuery();
        }

        return seq;
    }

    private bool InsertOrigin(long seq, Origin origin, string now)
    {
        var p = insertOrigin.Parameters;
        p[0].Value = seq;
        p[1].Value = origin.Location;
        p[2].Value = origin.Kind;
        p[3].Value = now;
        return insertOrigin.ExecuteNonQuery() > 0;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        }

        return command;
    }
}
