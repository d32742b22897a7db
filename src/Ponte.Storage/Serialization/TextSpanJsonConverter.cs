using System.Text.Json;
using System.Text.Json.Serialization;
using Ponte.Core.Model;

namespace Ponte.Storage.Serialization;

/// <summary>Writes a span as the two-number array <c>[start, end]</c>: spans are the most repeated value in an analysis.</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    /// <inheritdoc />
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadSpan(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options) => WriteSpan(writer, value);

    internal static TextSpan ReadSpan(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
        {
            throw new JsonException("A span is [start, end].");
        }

        var start = reader.GetInt32();
        reader.Read();
        var end = reader.GetInt32();
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A span is [start, end].");
        }

        return new TextSpan(start, end);
    }

    internal static void WriteSpan(Utf8JsonWriter writer, TextSpan value)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}

/// <summary>Writes a sentence as its span, <c>[start, end]</c>.</summary>
public sealed class SentenceJsonConverter : JsonConverter<Sentence>
{
    /// <inheritdoc />
    public override Sentence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(TextSpanJsonConverter.ReadSpan(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Sentence value, JsonSerializerOptions options) =>
        TextSpanJsonConverter.WriteSpan(writer, value.Span);
}
