using CsCheck;
using Ponte.Core.Model;
using Ponte.Core.Text;
using Ponte.Languages;
using Ponte.Pipeline.Extraction;
using Ponte.Pipeline.Extraction.Events;
using Ponte.Pipeline.Extraction.Quotes;
using Ponte.Tests.Extraction.Quotes;

namespace Ponte.Tests.Extraction.Events;

/// <summary>Random texts built from the pieces quotes and events are made of, with random entities and dates: never a throw, spans in bounds.</summary>
public sealed class QuoteEventPropertyTests
{
    private static readonly string[] Pieces =
    [
        "“", "”", "\"", "«", "»", "„", "‘", "’", "'", " — ", " – ", " - ", ", ", ". ", ": ", "; ", "!", "?", "\n", "\n\n", " ", "  ",
        "said", "he said", "Kao said", "said Kao", "according to", "ha detto", "ha detto il ministro", "secondo", "katanya", "kata", "menurut",
        "ujar", "sabi ni", "ayon kay", "nói", "ông", "theo", "cho biết", "กล่าว", "กล่าวว่า", "เขา", "ระบุ",
        "meeting", "met", "chaired", "meetings with", "working session", "Dialogue", "High-Level", "visit", "visited", "signed",
        "agreement", "founded", "became", "Partner", "member", "cuộc họp", "chủ trì", "Đối thoại", "trở thành", "Đối tác", "thành lập",
        "ký", "thư ký", "thăm", "dò", "incontro", "vertice", "accordo", "è diventata", "membro", "pertemuan", "bertemu", "menjadi",
        "rakan", "pulong", "kasunduan", "ประชุม", "เยือน", "ลงนาม", "in", "at", "tại", "a", "di", "sa", "ที่", "the same day",
        "cùng ngày", "will", "slated", "dự kiến", "akan", "Rome", "Bangkok, Thailand", "Kao Kim Hourn", "Prodi", "Italy's", "region’s",
        "9th", "2023", "on Thursday", "in October", "tháng 9/2020", "We will open new offices", "x", "é", "ọ", "\u0301", "\t",
    ];

    private static readonly string[] Languages = ["en", "vi", "it", "ms", "id", "tl", "th", "und", "xx"];

    private static readonly Gen<string> Texts = Gen.OneOf(Pieces).Array[0, 120].Select(parts => string.Concat(parts));

    private static readonly Gen<(string Text, string Language, int[] Cuts, int Seed)> Cases =
        Gen.Select(Texts, Gen.OneOf(Languages), Gen.Int[-5, 400].Array[0, 30], Gen.Int[0, 1000]);

    [Fact]
    public void Quote_and_event_stages_never_throw_and_keep_spans_in_bounds()
    {
        int quotes = 0, events = 0;
        Cases.Sample(c =>
        {
            var context = Build(c.Text, c.Language, c.Cuts, c.Seed);
            new QuoteExtractor().Extract(context);
            new EventExtractor().Extract(context);
            Interlocked.Add(ref quotes, context.Quotes.Count);
            Interlocked.Add(ref events, context.Events.Count);
            foreach (var q in context.Quotes)
            {
                Assert.InRange(q.Span.Start, 0, c.Text.Length);
                Assert.InRange(q.Span.End, q.Span.Start, c.Text.Length);
                Assert.False(string.IsNullOrEmpty(q.Text));
            }

            foreach (var e in context.Events)
            {
                Assert.InRange(e.Span.Start, 0, c.Text.Length);
                Assert.InRange(e.Span.End, e.Span.Start, c.Text.Length);
                Assert.False(string.IsNullOrWhiteSpace(e.What));
            }
        }, iter: 400);

        // The generator must reach the interesting paths, or the property says nothing.
        Assert.True(quotes > 0 && events > 0, $"quotes {quotes}, events {events}");
    }

    /// <summary>A context whose entities and dates sit on random (even out-of-range or overlapping) spans.</summary>
    private static ExtractionContext Build(string text, string language, int[] cuts, int seed)
    {
        var document = new Document { Id = "p", Text = text, Language = new LanguageTag(language, 1) };
        var sentences = seed % 3 == 0 ? [] : DocBuilder.SplitSentences(text);
        var context = new ExtractionContext(document, LanguagePacks.Get(language), sentences, [])
        {
            Published = seed % 2 == 0 ? PartialDate.OfDay(2023, 2, 20, inferred: true) : null,
        };
        var types = Enum.GetValues<EntityType>();
        for (var i = 0; i + 1 < cuts.Length; i += 2)
        {
            var span = new TextSpan(Math.Min(cuts[i], cuts[i + 1]), Math.Max(cuts[i], cuts[i + 1]));
            var inText = span.Start >= 0 && span.End <= text.Length;
            var surface = inText ? span.Slice(text) : "?";
            if (i % 4 == 0)
            {
                context.Dates.Add(new DateMention(surface, span, PartialDate.OfMonth(2020 + (i % 5), 1 + (i % 12), inferred: i % 3 == 0)));
                continue;
            }

            var type = types[(i + seed) % types.Length];
            context.Entities.Add(new Entity
            {
                Type = type,
                Name = surface.Length > 0 ? surface : "?",
                Key = NameFolder.Fold(surface),
                Roles = seed % 2 == 0 ? ["minister of something"] : [],
                Mentions = [new Mention(surface, span)],
            });
        }

        return context;
    }
}
