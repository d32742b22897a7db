namespace Ponte.Storage.Postgres;

/// <summary>The PostgreSQL schema, step by step; the same tables as the SQLite store, in PostgreSQL's types.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } = Migrations.Checked(
        new Migration(1, "documents, origins, folded full-text index, mentions", """
            CREATE TABLE documents (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text COLLATE "C" NOT NULL UNIQUE,
                language text NOT NULL,
                language_confidence double precision NOT NULL,
                source text,
                title text,
                author text,
                published text,
                published_precision text,
                published_inferred boolean NOT NULL DEFAULT false,
                published_start date,
                published_end date,
                problem_count integer NOT NULL DEFAULT 0,
                ingested_at timestamptz NOT NULL,
                text text NOT NULL,
                analysis jsonb NOT NULL
            );
            CREATE INDEX documents_language ON documents (language);
            CREATE INDEX documents_source ON documents (source);
            CREATE INDEX documents_published_start ON documents (published_start);
            CREATE INDEX documents_published_end ON documents (published_end);
            CREATE INDEX documents_problems ON documents (problem_count) WHERE problem_count > 0;

            CREATE TABLE origins (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_seq bigint NOT NULL REFERENCES documents (seq),
                location text NOT NULL,
                kind text NOT NULL,
                first_seen timestamptz NOT NULL,
                UNIQUE (document_seq, location, kind)
            );
            CREATE INDEX origins_location ON origins (location);

            CREATE TABLE document_text (
                document_seq bigint PRIMARY KEY REFERENCES documents (seq),
                search tsvector NOT NULL
            );
            CREATE INDEX document_text_search ON document_text USING gin (search);

            CREATE TABLE mentions (
                document_seq bigint NOT NULL REFERENCES documents (seq),
                entity_type text NOT NULL,
                entity_key text NOT NULL,
                name text NOT NULL,
                text text NOT NULL,
                span_start integer NOT NULL,
                span_end integer NOT NULL
            );
            CREATE INDEX mentions_entity_key ON mentions (entity_key);
            CREATE INDEX mentions_document ON mentions (document_seq);
            """),
        new Migration(2, "rejected inputs", """
            CREATE TABLE rejected (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                source text NOT NULL,
                code text NOT NULL,
                message text NOT NULL,
                span_start integer,
                span_end integer,
                first_seen timestamptz NOT NULL,
                last_seen timestamptz NOT NULL,
                times integer NOT NULL DEFAULT 1,
                UNIQUE (source, code)
            );
            """),
        new Migration(3, "entity_documents replaces mentions: one row per entity key and document", """
            CREATE TABLE entity_documents (
                entity_key text NOT NULL,
                document_seq bigint NOT NULL REFERENCES documents (seq),
                PRIMARY KEY (entity_key, document_seq)
            );
            INSERT INTO entity_documents (entity_key, document_seq) SELECT DISTINCT entity_key, document_seq FROM mentions;
            DROP TABLE mentions;
            """));
}
