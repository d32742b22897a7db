using System.Text.Json;
using Ponte.Core.Model;
using Ponte.Storage.Postgres;
using Ponte.Storage.Serialization;

namespace Ponte.Tests.Storage;

public sealed class StoreJsonTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new PartialDateJsonConverter(), new TextSpanJsonConverter() } };

    public static TheoryData<string, bool> Dates => new()
    {
        { "2023", false }, { "2023-H2", true }, { "2023-Q1", false }, { "2023-11", true }, { "2024-02-29", false }, { "0001-01-01", true },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Partial_dates_keep_precision_and_inference(string value, bool inferred)
    {
        var date = PartialDate.TryParse(value)! with { Inferred = inferred };

        var json = JsonSerializer.Serialize(date, Options);
        var back = JsonSerializer.Deserialize<PartialDate>(json, Options)!;

        Assert.Equal(date, back);
        Assert.Equal((value, date.PrecisionName, inferred), (back.ToString(), back.PrecisionName, back.Inferred));
        Assert.Contains($"\"precision\":\"{date.PrecisionName}\"", json);
    }

    [Theory]
    [InlineData("{\"value\":\"2023-13\"}")]
    [InlineData("{\"value\":null}")]
    [InlineData("{}")]
    [InlineData("42")]
    [InlineData("\"someday\"")]
    public void Malformed_dates_are_json_errors(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartialDate>(json, Options));

    [Fact]
    public void Spans_are_compact_pairs()
    {
        Assert.Equal("[3,9]", JsonSerializer.Serialize(new TextSpan(3, 9), Options));
        Assert.Equal(new TextSpan(3, 9), JsonSerializer.Deserialize<TextSpan>("[3,9]", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TextSpan>("[3,9,12]", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TextSpan>("{\"start\":3}", Options));
    }

    [Fact]
    public void The_analysis_column_round_trips_and_spells_enums_like_the_contract()
    {
        var rich = StoreSamples.Rich();

        var json = StoreJson.Serialize(rich);
        var back = StoreJson.Deserialize(json).ToAnalysis(rich.Document with { Dateline = null });

        Assert.Equal(StoreSamples.Snapshot(rich), StoreSamples.Snapshot(back));
        Assert.Contains("\"type\":\"person\"", json);
        Assert.Contains("\"kind\":\"money\"", json);
        Assert.DoesNotContain(rich.Document.Text, json);
    }

    [Fact]
    public void Mentions_are_kept_as_offsets_and_read_back_from_the_text()
    {
        const string Text = "Dr. Lan Pham spoke. Pham said the Forum would return.";
        var entity = new Entity
        {
            Type = EntityType.Person,
            Name = "Lan Pham",
            Key = "lan pham",
            Mentions = [new Mention("Lan Pham", new TextSpan(4, 12)), new Mention("Pham", new TextSpan(20, 24)), new Mention("she", new TextSpan(25, 29))],
        };
        var analysis = StoreSamples.Simple(Text, "Forum") with { Entities = [entity] };

        var json = StoreJson.Serialize(analysis);
        var back = StoreJson.Deserialize(json).ToAnalysis(analysis.Document).Entities.Single();

        Assert.Contains("\"at\":[4,12,20,24,25,29]", json);
        Assert.Contains("\"texts\":{\"2\":\"she\"}", json);
        Assert.DoesNotContain("\"roles\"", json);
        Assert.DoesNotContain("\"quotes\"", json);
        Assert.Equal(entity.Mentions, back.Mentions);
        Assert.Empty(back.Roles);
        Assert.Empty(back.Aliases);
    }

    [Fact]
    public void Letters_of_every_script_are_written_as_they_are_and_specials_still_escaped()
    {
        const string Text = "Thủ tướng นายกรัฐมนตรี dell'ASEAN said \"yes\".";
        var entity = new Entity
        {
            Type = EntityType.Person,
            Name = "Thủ tướng นายกรัฐมนตรี dell'ASEAN \"x\"\n",
            Key = "k",
            Mentions = [new Mention("Thủ tướng", new TextSpan(0, 9))],
        };
        var analysis = StoreSamples.Simple(Text) with { Entities = [entity] };

        var json = StoreJson.Serialize(analysis);
        var back = StoreJson.Deserialize(json).ToAnalysis(analysis.Document).Entities.Single();

        Assert.Contains("Thủ tướng นายกรัฐมนตรี dell'ASEAN", json);
        Assert.Contains("\\\"x\\\"\\n", json);
        Assert.Equal(entity.Name, back.Name);
    }

    [Fact]
    public void Offsets_outside_the_text_are_a_json_error()
    {
        var body = StoreJson.Deserialize("""{"entities":[{"type":"location","name":"Hue","key":"hue","at":[3,40]}]}""");

        var error = Assert.Throws<JsonException>(() => body.ToAnalysis(StoreSamples.Simple("Short text.").Document));
        Assert.Contains("outside the document's text", error.Message);
    }

    [Theory]
    [InlineData("{\"a\":\"x\\u0000y\"}", "{\"a\":\"x\\uFFFDy\"}")]
    [InlineData("{\"a\":\"\\\\u0000\"}", "{\"a\":\"\\\\u0000\"}")]
    [InlineData("{\"a\":\"\\\\\\u0000\"}", "{\"a\":\"\\\\\\uFFFD\"}")]
    [InlineData("{\"a\":\"plain\"}", "{\"a\":\"plain\"}")]
    public void Nul_escapes_are_replaced_only_where_they_are_escapes(string json, string expected) =>
        Assert.Equal(expected, PostgresDocumentStore.CleanJson(json));
}
