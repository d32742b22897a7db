using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ponte.Core.Model;

namespace Ponte.Tests.Storage;

/// <summary>Analyses to store, built by hand so every field of the model carries a value worth round-tripping.</summary>
internal static class StoreSamples
{
    public static string IdOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static Origin File(string path) => new(path, Origin.FileKind);

    /// <summary>A small document with just text, title and language.</summary>
    public static DocumentAnalysis Simple(string text, string? title = null, string language = "en", string? source = null, params Origin[] origins) => new()
    {
        Document = new Document
        {
            Id = IdOf(text),
            Text = text,
            Title = title,
            Source = source,
            Language = new LanguageTag(language, 0.9),
            Origins = origins,
        },
    };

    /// <summary>Many small, distinct documents.</summary>
    public static IEnumerable<DocumentAnalysis> Many(int count, string prefix = "Report") =>
        Enumerable.Range(0, count).Select(i => Simple(
            $"{prefix} number {i}: delegates met in Hanoi and Rome to discuss trade worth {i * 7} million euros.",
            $"{prefix} {i}",
            i % 3 == 0 ? "vi" : "en",
            i % 2 == 0 ? "VNA" : "Bernama",
            File($"/corpus/{prefix.ToLowerInvariant()}-{i:D5}.txt")));

    /// <summary>A Vietnamese report with every kind of finding, spans pointing at real text.</summary>
    public static DocumentAnalysis Rich()
    {
        const string text =
            "ĐÀ NẴNG, 20/2 (TTXVN) – Đại sứ Dương Hải Hưng cho biết hội nghị tại Đà Nẵng sẽ diễn ra vào quý II năm 2024.\n" +
            "Ông nói: “Thương mại hai chiều đạt 6,2 tỷ USD, tăng hơn 12%.”\n" +
            "Hai bên ký biên bản ghi nhớ vào nửa đầu năm 2023 và gặp lại vào tháng 3.";
        var document = new Document
        {
            Id = IdOf(text),
            Text = text,
            Title = "Hội nghị hợp tác tại Đà Nẵng",
            Source = "TTXVN",
            Author = "Phóng viên",
            Published = PartialDate.OfDay(2024, 2, 20, inferred: true),
            Language = new LanguageTag("vi", 0.97),
            Dateline = new Dateline("ĐÀ NẴNG", "TTXVN", "20/2", Span(text, "ĐÀ NẴNG, 20/2 (TTXVN) –")),
            Origins = [File("/news/vi/hoi-nghi.txt"), new Origin("https://example.org/hoi-nghi", Origin.UrlKind)],
        };
        return new DocumentAnalysis
        {
            Document = document,
            Sentences = [new Sentence(new TextSpan(0, text.IndexOf('\n'))), new Sentence(Span(text, "Ông nói: “Thương mại hai chiều đạt 6,2 tỷ USD, tăng hơn 12%.”"))],
            Entities =
            [
                new Entity
                {
                    Type = EntityType.Person,
                    Name = "Dương Hải Hưng",
                    Key = "duong hai hung",
                    Roles = ["Đại sứ"],
                    RoleMentions = [new RoleMention("Đại sứ", null, Span(text, "Đại sứ"))],
                    Aliases = ["Ông"],
                    Mentions = [new Mention("Dương Hải Hưng", Span(text, "Dương Hải Hưng")), new Mention("Ông", Span(text, "Ông"))],
                },
                new Entity
                {
                    Type = EntityType.Location,
                    Name = "Đà Nẵng",
                    Key = "da nang",
                    Mentions = [new Mention("ĐÀ NẴNG", Span(text, "ĐÀ NẴNG")), new Mention("Đà Nẵng", Span(text, "Đà Nẵng"))],
                },
            ],
            Dates =
            [
                new DateMention("20/2", Span(text, "20/2"), PartialDate.OfDay(2024, 2, 20, inferred: true)),
                new DateMention("quý II năm 2024", Span(text, "quý II năm 2024"), PartialDate.OfQuarter(2024, 2)),
                new DateMention("nửa đầu năm 2023", Span(text, "nửa đầu năm 2023"), PartialDate.OfHalf(2023, 1)),
                new DateMention("2024", Span(text, "2024"), PartialDate.OfYear(2024)),
                new DateMention("tháng 3", Span(text, "tháng 3"), PartialDate.OfMonth(2024, 3, inferred: true)),
            ],
            Figures =
            [
                new Figure
                {
                    Text = "6,2 tỷ USD", Span = Span(text, "6,2 tỷ USD"), Kind = FigureKind.Money, Value = 6_200_000_000m,
                    Currency = "USD", Year = 2023, About = "thương mại hai chiều",
                },
                new Figure { Text = "hơn 12%", Span = Span(text, "hơn 12%"), Kind = FigureKind.Percent, Value = 12.5m, Qualifier = "more than" },
            ],
            Quotes = [new Quote("Dương Hải Hưng", "Thương mại hai chiều đạt 6,2 tỷ USD, tăng hơn 12%.", Span(text, "Thương mại hai chiều đạt 6,2 tỷ USD, tăng hơn 12%."))],
            Events =
            [
                new Event
                {
                    Type = EventType.Meeting, What = "hội nghị tại Đà Nẵng", Date = PartialDate.OfQuarter(2024, 2), Place = "Đà Nẵng",
                    Participants = ["Dương Hải Hưng"], Span = Span(text, "hội nghị tại Đà Nẵng sẽ diễn ra vào quý II năm 2024"),
                },
                new Event { Type = EventType.Agreement, What = "ký biên bản ghi nhớ", Span = Span(text, "ký biên bản ghi nhớ") },
            ],
            Problems = [new Problem(ProblemCodes.LanguageUnsure, "mixed scripts", "/news/vi/hoi-nghi.txt", new TextSpan(0, 3)), new Problem(ProblemCodes.Extractor, "quotes extractor failed")],
        };
    }

    /// <summary>Every public property, as the default serializer sees them: equal strings mean equal analyses.</summary>
    public static string Snapshot(DocumentAnalysis analysis) => JsonSerializer.Serialize(analysis, SnapshotOptions);

    private static readonly JsonSerializerOptions SnapshotOptions = new() { WriteIndented = true };

    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the sample text.");
        }

        return TextSpan.FromLength(start, part.Length);
    }
}

/// <summary>A clock tests set: whole seconds, so both stores keep the instant exactly.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
