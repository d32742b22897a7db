using System.Text.Json;
using System.Text.Json.Serialization;
using Ponte.Core.Model;

namespace Ponte.Storage.Serialization;

/// <summary>
/// Writes a partial date as <c>{"value":"2023-02","precision":"month","inferred":true}</c>, the output contract's shape,
/// and reads it back from <c>value</c> and <c>inferred</c> (the precision is implied by the value).
/// </summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc />
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Parse(reader.GetString());
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A partial date is an object or a string.");
        }

        string? value = null;
        var inferred = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Malformed partial date.");
            }

            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "value":
                    value = reader.GetString();
                    break;
                case "inferred":
                    inferred = reader.GetBoolean();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return Parse(value) with { Inferred = inferred };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("value", value.ToString());
        writer.WriteString("precision", value.PrecisionName);
        writer.WriteBoolean("inferred", value.Inferred);
        writer.WriteEndObject();
    }

    private static PartialDate Parse(string? value) =>
        PartialDate.TryParse(value) ?? throw new JsonException($"'{value}' is not a partial date.");
}
