using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ponte.Core.Model;

namespace Ponte.Core.Serialization;

/// <summary>
/// Writes Ponte's findings in the shapes of the output contract (shared/spec/output-contract.md). Field names and meanings
/// here are a promise to other tools: add fields, never rename or drop them; unknown values are null or [], never omitted.
/// </summary>
public static class ContractJson
{
    /// <summary>Writer options for one-object-per-line output: compact, non-ASCII kept readable.</summary>
    public static JsonWriterOptions LineOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Serialises one analysed document as the line <c>ponte extract --json</c> prints.</summary>
    public static string Document(DocumentAnalysis analysis, string? file = null) =>
        Line(w => WriteDocument(w, analysis, file));

    /// <summary>Runs <paramref name="write"/> on a writer with <see cref="LineOptions"/> and returns the one line of JSON it wrote.</summary>
    public static string Line(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, LineOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes one analysed document in the contract's <c>extract</c> shape.</summary>
    public static void WriteDocument(Utf8JsonWriter w, DocumentAnalysis a, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        var d = a.Document;
        w.WriteStartObject();
        w.WriteString("file", file ?? d.File);
        w.WriteString("id", d.Id);
        w.WriteString("language", d.Language.Code);
        w.WriteNumber("language_confidence", Math.Round(d.Language.Confidence, 4));
        w.WriteString("title", d.Title);
        w.WriteString("author", d.Author);
        w.WriteString("source", d.Source);
        w.WritePropertyName("published");
        WriteDate(w, d.Published, withInferred: true);
        w.WritePropertyName("dateline");
        if (d.Dateline is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartObject();
            w.WriteString("place", d.Dateline.Place);
            w.WriteString("source", d.Dateline.Source);
            w.WriteString("date_text", d.Dateline.DateText);
            WriteSpan(w, d.Dateline.Span);
            w.WriteEndObject();
        }

        WriteStrings(w, "origins", d.Origins.Select(o => o.Location));
        w.WriteString("text", d.Text);

        w.WriteStartArray("entities");
        foreach (var e in a.Entities)
        {
            WriteEntity(w, e);
        }

        w.WriteEndArray();

        w.WriteStartArray("dates");
        foreach (var date in a.Dates)
        {
            w.WriteStartObject();
            WriteQuoted(w, date.Text, date.Span);
            w.WriteString("value", date.Value.ToString());
            w.WriteString("precision", date.Value.PrecisionName);
            w.WriteBoolean("inferred", date.Value.Inferred);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("figures");
        foreach (var f in a.Figures)
        {
            w.WriteStartObject();
            WriteQuoted(w, f.Text, f.Span);
            w.WriteString("kind", Lower(f.Kind));
            w.WriteNumber("value", f.Value);
            w.WriteString("currency", f.Currency);
            w.WriteString("unit", f.Unit);
            w.WriteString("qualifier", f.Qualifier);
            if (f.Year is { } year)
            {
                w.WriteNumber("year", year);
            }
            else
            {
                w.WriteNull("year");
            }

            w.WriteString("about", f.About);
            w.WriteString("change", f.Change);
            if (f.ChangeOf is { } changed)
            {
                w.WriteStartObject("change_of");
                w.WriteNumber("start", changed.Start);
                w.WriteNumber("end", changed.End);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("change_of");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in a.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("speaker", q.Speaker);
            WriteQuoted(w, q.Text, q.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var ev in a.Events)
        {
            w.WriteStartObject();
            w.WriteString("type", Lower(ev.Type));
            w.WriteString("what", ev.What);
            w.WritePropertyName("date");
            WriteDate(w, ev.Date, withInferred: true);
            w.WriteString("place", ev.Place);
            WriteStrings(w, "participants", ev.Participants);
            WriteSpan(w, ev.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("problems");
        foreach (var p in a.Problems)
        {
            WriteProblem(w, p);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes one entity in the contract's shape.</summary>
    public static void WriteEntity(Utf8JsonWriter w, Entity e)
    {
        w.WriteStartObject();
        w.WriteString("type", Lower(e.Type));
        w.WriteString("name", e.Name);
        w.WriteString("key", e.Key);
        WriteStrings(w, "roles", e.Roles);
        WriteStrings(w, "aliases", e.Aliases);
        w.WriteStartArray("mentions");
        foreach (var m in e.Mentions)
        {
            w.WriteStartObject();
            WriteQuoted(w, m.Text, m.Span);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes an array property of strings: <c>"name": ["a", "b"]</c>, empty when there are none.</summary>
    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(values);
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a span's <c>start</c> and <c>end</c> (UTF-16 offsets, end exclusive).</summary>
    public static void WriteSpan(Utf8JsonWriter w, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
    }

    /// <summary>Writes the words a finding quotes from the text (<c>text</c>) and where they stand (<c>start</c>, <c>end</c>).</summary>
    private static void WriteQuoted(Utf8JsonWriter w, string text, TextSpan span)
    {
        w.WriteString("text", text);
        WriteSpan(w, span);
    }

    /// <summary>Writes a problem: code, message, and the input it concerns.</summary>
    public static void WriteProblem(Utf8JsonWriter w, Problem p)
    {
        w.WriteStartObject();
        w.WriteString("code", p.Code);
        w.WriteString("message", p.Message);
        w.WriteString("source", p.Source);
        w.WriteEndObject();
    }

    /// <summary>Writes a partial date as <c>{ value, precision[, inferred] }</c>, or null.</summary>
    public static void WriteDate(Utf8JsonWriter w, PartialDate? date, bool withInferred)
    {
        if (date is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("value", date.ToString());
        w.WriteString("precision", date.PrecisionName);
        if (withInferred)
        {
            w.WriteBoolean("inferred", date.Inferred);
        }

        w.WriteEndObject();
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLower(CultureInfo.InvariantCulture);
}
