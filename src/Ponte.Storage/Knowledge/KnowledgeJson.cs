using System.Text.Json;
using System.Text.Json.Serialization;
using Ponte.Core.Model;

namespace Ponte.Storage.Knowledge;

/// <summary>JSON forms of store-wide entities, stories and links, as kept in the knowledge tables.</summary>
internal static class KnowledgeJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new PartialDateText(), new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("empty knowledge row");

    /// <summary>A partial date as its printed value ("2023-02", "2023-H1"), with a trailing "~" when inferred.</summary>
    private sealed class PartialDateText : JsonConverter<PartialDate>
    {
        public override PartialDate? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            if (text is null)
            {
                return null;
            }

            var inferred = text.EndsWith('~');
            var date = PartialDate.TryParse(inferred ? text[..^1] : text);
            return date is null ? null : date with { Inferred = inferred };
        }

        public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Inferred ? value + "~" : value.ToString());
    }
}
